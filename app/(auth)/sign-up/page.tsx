import type { Metadata } from "next";
import Link from "next/link";
import { redirect } from "next/navigation";
import { getOptionalUser } from "@/components/auth/get-optional-user";
import { nextQuery, safeNextPath } from "@/components/auth/next-path";
import { SignUpForm } from "@/components/auth/sign-up-form";
import { Card, CardBody } from "@/components/ui/card";

export const metadata: Metadata = { title: "Create your account" };

type Props = { searchParams: Promise<Record<string, string | string[] | undefined>> };

export default async function SignUpPage({ searchParams }: Props) {
  const next = safeNextPath((await searchParams).next, "/profile");
  if (await getOptionalUser()) redirect(next);
  const signInHref = `/sign-in${nextQuery(next, "/profile")}`;

  return (
    <div className="space-y-6">
      <div className="space-y-1 text-center">
        <h1 className="text-2xl font-semibold tracking-tight">Create your account</h1>
        <p className="text-sm text-ink-muted">Free and open source. Takes under a minute.</p>
      </div>
      <Card>
        <CardBody className="p-6">
          <SignUpForm next={next} signInHref={signInHref} />
        </CardBody>
      </Card>
      <p className="text-center text-sm text-ink-muted">
        Already have an account?{" "}
        <Link href={signInHref} className="font-medium text-accent-ink hover:underline">
          Sign in
        </Link>
      </p>
    </div>
  );
}
