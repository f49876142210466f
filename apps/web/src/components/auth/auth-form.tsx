"use client";

import { SignInSchema, SignUpSchema } from "@todo/contracts";
import Link from "next/link";
import { useRouter, useSearchParams } from "next/navigation";
import { type FormEvent, useState } from "react";
import { Button } from "@/components/ui/button";
import { Field } from "@/components/ui/field";
import { authClient } from "@/lib/auth-client";
import { authErrorMessage } from "./auth-error-message";

type Mode = "sign-in" | "sign-up";
type Errors = Partial<Record<"name" | "email" | "password" | "form", string>>;

/** The sign-in and sign-up form: checked with the same contracts the server uses, errors shown in place. */
export function AuthForm({ mode }: { mode: Mode }) {
  const router = useRouter();
  const next = safeNext(useSearchParams().get("next"));
  const [errors, setErrors] = useState<Errors>({});
  const [busy, setBusy] = useState(false);

  async function onSubmit(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    const values = Object.fromEntries(new FormData(event.currentTarget));
    const parsed = (mode === "sign-up" ? SignUpSchema : SignInSchema).safeParse(values);
    if (!parsed.success) {
      const found: Errors = {};
      for (const issue of parsed.error.issues) found[issue.path[0] as keyof Errors] ??= issue.message;
      setErrors(found);
      return;
    }
    setErrors({});
    setBusy(true);
    let retryAfter: string | null = null;
    const fetchOptions = {
      onError: ({ response }: { response: Response }) => {
        retryAfter = response.headers.get("Retry-After");
      },
    };
    const { error } =
      mode === "sign-up"
        ? await authClient.signUp.email(parsed.data as { name: string; email: string; password: string }, fetchOptions)
        : await authClient.signIn.email(parsed.data, fetchOptions);
    setBusy(false);
    if (error) {
      setErrors(authErrorMessage(error, retryAfter));
      return;
    }
    router.replace(next);
    router.refresh();
  }

  const title = mode === "sign-up" ? "Create your account" : "Sign in";
  return (
    <form onSubmit={onSubmit} noValidate className="space-y-5" aria-labelledby="auth-title">
      <h1 id="auth-title" className="font-semibold text-2xl tracking-tight">
        {title}
      </h1>
      {errors.form && (
        <p
          role="alert"
          className="rounded-lg bg-red-50 px-3 py-2 text-red-800 text-sm dark:bg-red-950 dark:text-red-200"
        >
          {errors.form}
        </p>
      )}
      {mode === "sign-up" && <Field label="Name" name="name" autoComplete="name" error={errors.name} />}
      <Field label="Email" name="email" type="email" autoComplete="email" error={errors.email} />
      <Field
        label="Password"
        name="password"
        type="password"
        autoComplete={mode === "sign-up" ? "new-password" : "current-password"}
        error={errors.password}
      />
      <Button type="submit" disabled={busy} className="w-full">
        {busy ? "Please wait…" : mode === "sign-up" ? "Create account" : "Sign in"}
      </Button>
      <p className="text-center text-neutral-600 text-sm dark:text-neutral-400">
        {mode === "sign-up" ? "Already have an account? " : "New here? "}
        <Link
          href={mode === "sign-up" ? "/sign-in" : "/sign-up"}
          className="font-medium text-indigo-700 underline-offset-2 hover:underline dark:text-indigo-300"
        >
          {mode === "sign-up" ? "Sign in" : "Create an account"}
        </Link>
      </p>
    </form>
  );
}

/** Only same-site paths, so a crafted link cannot send the user elsewhere after signing in. */
function safeNext(next: string | null): string {
  return next?.startsWith("/") && !next.startsWith("//") ? next : "/";
}
