"use client";
import Link from "next/link";
import { useRouter } from "next/navigation";
import { useState, type FormEvent, type ReactNode } from "react";
import { Alert } from "@/components/ui/alert";
import { Button } from "@/components/ui/button";
import { Field } from "@/components/ui/field";
import { Input } from "@/components/ui/input";
import { signUp } from "@/lib/auth-client";
import { authErrorMessage } from "./auth-error-message";
import { PasswordInput } from "./password-input";

const MIN_PASSWORD = 8;
const MAX_PASSWORD = 128;

type FieldErrors = { name?: string; email?: string; password?: string };

function validate(name: string, email: string, password: string): FieldErrors {
  const errors: FieldErrors = {};
  if (!name) errors.name = "Enter your name.";
  if (!email) errors.email = "Enter your email address.";
  else if (!/^\S+@\S+\.\S+$/.test(email)) errors.email = "Enter an email address like name@example.com.";
  if (password.length < MIN_PASSWORD) errors.password = `Use at least ${MIN_PASSWORD} characters for your password.`;
  else if (password.length > MAX_PASSWORD) errors.password = `Use at most ${MAX_PASSWORD} characters for your password.`;
  return errors;
}

export function SignUpForm({ next, signInHref }: { next: string; signInHref: string }) {
  const router = useRouter();
  const [pending, setPending] = useState(false);
  const [error, setError] = useState<ReactNode>(null);
  const [fieldErrors, setFieldErrors] = useState<FieldErrors>({});

  async function onSubmit(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    const form = event.currentTarget;
    const data = new FormData(form);
    const name = String(data.get("name") ?? "").trim();
    const email = String(data.get("email") ?? "").trim();
    const password = String(data.get("password") ?? "");

    const errors = validate(name, email, password);
    setFieldErrors(errors);
    if (Object.keys(errors).length > 0) {
      setError(Object.values(errors).join(" "));
      const firstInvalid = form.elements.namedItem(Object.keys(errors)[0]);
      if (firstInvalid instanceof HTMLElement) firstInvalid.focus();
      return;
    }

    setError(null);
    setPending(true);
    try {
      const result = await signUp.email({ name, email, password });
      if (result.error) {
        const message = authErrorMessage(result.error, "sign-up");
        const exists = message.startsWith("An account with this email");
        setError(
          exists ? (
            <>
              {message}{" "}
              <Link href={signInHref} className="font-semibold underline underline-offset-2">
                Go to sign in
              </Link>
            </>
          ) : (
            message
          ),
        );
        setPending(false);
        return;
      }
      router.push(next);
      router.refresh();
    } catch {
      setError(authErrorMessage({ status: 0 }, "sign-up"));
      setPending(false);
    }
  }

  return (
    <form onSubmit={onSubmit} noValidate className="space-y-5" aria-label="Create account">
      {error ? (
        <Alert tone="error" data-testid="auth-error">
          {error}
        </Alert>
      ) : null}
      <Field label="Name" error={fieldErrors.name}>
        {(p) => <Input {...p} name="name" autoComplete="name" required data-testid="signup-name" />}
      </Field>
      <Field label="Email" hint="Your morning digest goes here." error={fieldErrors.email}>
        {(p) => (
          <Input
            {...p}
            name="email"
            type="email"
            inputMode="email"
            autoComplete="email"
            autoCapitalize="none"
            spellCheck={false}
            required
            data-testid="signup-email"
          />
        )}
      </Field>
      <Field label="Password" hint={`At least ${MIN_PASSWORD} characters.`} error={fieldErrors.password}>
        {(p) => (
          <PasswordInput
            {...p}
            name="password"
            autoComplete="new-password"
            minLength={MIN_PASSWORD}
            maxLength={MAX_PASSWORD}
            required
            data-testid="signup-password"
          />
        )}
      </Field>
      <Button type="submit" block loading={pending} data-testid="signup-submit">
        Create account
      </Button>
    </form>
  );
}
