import type { Metadata } from "next";
import Link from "next/link";
import { redirect } from "next/navigation";
import { getOptionalUser } from "@/components/auth/get-optional-user";
import { nextQuery, safeNextPath } from "@/components/auth/next-path";
import { SignInForm } from "@/components/auth/sign-in-form";
import { Card, CardBody } from "@/components/ui/card";

export const metadata: Metadata = { title: "Sign in" };

type Props = { searchParams: Promise<Record<string, string | string[] | undefined>> };

export default async function SignInPage({ searchParams }: Props) {
  const next = safeNextPath((await searchParams).next, "/matches");
  if (await getOptionalUser()) redirect(next);

  return (
    <div className="space-y-6">
      <div className="space-y-1 text-center">
        <h1 className="text-2xl font-semibold tracking-tight">Welcome back</h1>
        <p className="text-sm text-ink-muted">Sign in to see today&apos;s matches.</p>
      </div>
      <Card>
        <CardBody className="p-6">
          <SignInForm next={next} />
        </CardBody>
      </Card>
      <p className="text-center text-sm text-ink-muted">
        New to JobMatch?{" "}
        <Link href={`/sign-up${nextQuery(next, "/matches")}`} className="font-medium text-accent-ink hover:underline">
          Create an account
        </Link>
      </p>
    </div>
  );
}
