"use client";
import { useRouter } from "next/navigation";
import { useState } from "react";
import { Button } from "@/components/ui/button";
import { LogOutIcon } from "@/components/ui/icons";
import { signOut } from "@/lib/auth-client";

export function SignOutButton({ className }: { className?: string }) {
  const router = useRouter();
  const [pending, setPending] = useState(false);

  async function onClick() {
    setPending(true);
    try {
      await signOut();
    } finally {
      // Even if the request failed, leave the app; the server guard decides what is shown next.
      router.push("/");
      router.refresh();
    }
  }

  return (
    <Button
      variant="ghost"
      size="sm"
      block
      loading={pending}
      onClick={onClick}
      icon={<LogOutIcon className="size-4" />}
      className={className}
      data-testid="sign-out"
    >
      Sign out
    </Button>
  );
}
