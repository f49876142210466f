"use client";

import Link from "next/link";
import { useRouter, useSearchParams } from "next/navigation";
import { type ChangeEvent, type FormEvent, useEffect, useMemo, useRef, useState } from "react";
import { Button } from "@/components/ui/button";
import { answerOrNull, loadAuthClient, preloadAuthClient } from "@/lib/load-auth-client";
import { loadInputSchemas, preloadInputSchemas } from "@/lib/load-input-schemas";
import { NEXT_PARAM, safeNextPath, withNext } from "@/lib/next-path";
import { personalWords, weakPasswordMessage } from "@/lib/password-strength";
import { saveBrowserTimeZone } from "@/lib/save-time-zone";
import { authErrorMessage, UNREACHABLE_MESSAGE } from "./auth-error-message";
import { AuthField } from "./auth-field";
import { CheckInbox } from "./check-inbox";
import { FormAlert } from "./form-alert";
import { NewPasswordField } from "./new-password-field";
import { ResendVerification } from "./resend-verification";
import { usePasswordStrength } from "./use-password-strength";

type Mode = "sign-in" | "sign-up";
type Field = "name" | "email" | "password";
type Errors = Partial<Record<Field | "form", string>>;

const COPY = {
  "sign-in": {
    title: "Sign in",
    lead: "Welcome back. Your tasks are waiting.",
    submit: "Sign in",
    other: { question: "New here?", link: "Create an account", path: "/sign-up" },
  },
  "sign-up": {
    title: "Create your account",
    lead: "A clear list in under a minute.",
    submit: "Create account",
    other: { question: "Already have an account?", link: "Sign in", path: "/sign-in" },
  },
} as const;

/** What sign-in says when another page sent the user there (`?notice=`). */
const NOTICES: Record<string, string> = {
  "password-reset": "Your password was changed, and every device signed out. Sign in with the new one.",
  "account-deleted": "Your account and everything in it were deleted.",
};

function preloadFormModules() {
  preloadInputSchemas();
  preloadAuthClient();
}

/**
 * The sign-in and sign-up form: checked with the same contracts (and, for a new password, the
 * same estimator) the server uses, errors shown in place; once in, the user goes where `next` says.
 */
export function AuthForm({ mode }: { mode: Mode }) {
  const router = useRouter();
  const params = useSearchParams();
  const next = safeNextPath(params.get(NEXT_PARAM));
  const notice = mode === "sign-in" ? NOTICES[params.get("notice") ?? ""] : undefined;
  const [values, setValues] = useState<Record<Field, string>>({ name: "", email: "", password: "" });
  const [errors, setErrors] = useState<Errors>({});
  const [refusals, setRefusals] = useState(0);
  const [busy, setBusy] = useState(false);
  // The address a sign-up's link went to (verification required), or a sign-in refused until it is confirmed.
  const [mailedTo, setMailedTo] = useState<string | null>(null);
  const [unverified, setUnverified] = useState<string | null>(null);
  const form = useRef<HTMLFormElement>(null);
  const words = useMemo(() => personalWords({ email: values.email, name: values.name }), [values.email, values.name]);
  const password = usePasswordStrength(values.password, words);
  const copy = COPY[mode];

  // After a refusal, the first field in error takes the focus, so that its message is read out.
  useEffect(() => {
    if (refusals > 0) form.current?.querySelector<HTMLElement>("[aria-invalid='true']")?.focus();
  }, [refusals]);

  function refuse(found: Errors) {
    setErrors(found);
    setRefusals((count) => count + 1);
  }

  function change(field: Field, value: string) {
    setValues((current) => ({ ...current, [field]: value }));
    if (field === "email") setUnverified(null);
    if (errors[field] || errors.form) setErrors(({ [field]: _, form: __, ...rest }) => rest);
  }

  /** A field's name, value, error and change handler. */
  function bind(field: Field) {
    return {
      name: field,
      value: values[field],
      error: errors[field],
      onChange: (event: ChangeEvent<HTMLInputElement>) => change(field, event.target.value),
    };
  }

  async function onSubmit(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    // Busy from the press on: the checks and the auth client may still be loading.
    setBusy(true);
    await submit().finally(() => setBusy(false));
  }

  async function submit() {
    const [schemas, authClient] = await Promise.all([loadInputSchemas(), loadAuthClient()]).catch(() => []);
    if (!schemas || !authClient)
      return refuse({ form: "The form could not be checked: check your connection and try again" });
    const parsed = (mode === "sign-up" ? schemas.SignUpSchema : schemas.SignInSchema).safeParse(values);
    if (!parsed.success) {
      const found: Errors = {};
      for (const issue of parsed.error.issues) found[issue.path[0] as Field] ??= issue.message;
      return refuse(found);
    }
    // Not loaded yet (or not loadable): the server applies the same rule and says so.
    const strength = mode === "sign-up" ? password.checker?.(values.password, words) : undefined;
    if (strength && !strength.acceptable) return refuse({ password: weakPasswordMessage(strength) });
    setErrors({});
    let retryAfter: string | null = null;
    const fetchOptions = {
      onError: ({ response }: { response: Response }) => {
        retryAfter = response.headers.get("Retry-After");
      },
    };
    // No answer at all (offline): the fields keep what was typed, and the button works again.
    const answer = await answerOrNull(
      mode === "sign-up"
        ? authClient.signUp.email(
            { ...(parsed.data as { name: string; email: string; password: string }), callbackURL: next },
            fetchOptions,
          )
        : authClient.signIn.email(parsed.data, fetchOptions),
    );
    if (!answer) return refuse({ form: UNREACHABLE_MESSAGE });
    const { data, error } = answer;
    // No session until the mailed link is opened (REQUIRE_EMAIL_VERIFICATION): say where to look.
    if (!error && mode === "sign-up" && !data?.token) return setMailedTo(parsed.data.email);
    // A new account's dates are judged in the browser's time zone from the start.
    if (!error && mode === "sign-up" && data?.user) await saveBrowserTimeZone(data.user.id);
    if (error) {
      setUnverified(error.code === "EMAIL_NOT_VERIFIED" ? parsed.data.email : null);
      return refuse(authErrorMessage(error, retryAfter));
    }
    router.replace(next);
    router.refresh();
  }

  if (mailedTo) return <CheckInbox email={mailedTo} next={next} />;

  return (
    // The schemas and the auth client load as the form is first used (a field focused), not with the page.
    <form ref={form} onSubmit={onSubmit} onFocus={preloadFormModules} noValidate aria-labelledby="auth-title">
      <div className="mb-6 space-y-1.5 text-center">
        <h1 id="auth-title" className="font-semibold text-2xl tracking-tight">
          {copy.title}
        </h1>
        <p className="text-muted-foreground text-sm">{copy.lead}</p>
      </div>
      {notice && (
        <p role="status" className="mb-4 rounded-md border bg-muted/50 px-3 py-2 text-sm">
          {notice}
        </p>
      )}
      <div className="grid gap-3">
        {mode === "sign-up" && <AuthField label="Name" autoComplete="name" {...bind("name")} />}
        <AuthField label="Email" type="email" autoComplete="email" spellCheck={false} {...bind("email")} />
        {mode === "sign-up" ? (
          <NewPasswordField
            {...bind("password")}
            strength={password.strength}
            status={password.status}
            onFirstUse={password.load}
          />
        ) : (
          <div className="grid">
            <AuthField label="Password" type="password" autoComplete="current-password" {...bind("password")} />
            <Link
              href="/forgot-password"
              className="-mt-1 mb-1 justify-self-end text-primary text-sm underline-offset-4 hover:underline"
            >
              Forgot password?
            </Link>
          </div>
        )}
      </div>
      <Button type="submit" disabled={busy} className="mt-2 w-full">
        {busy ? "Please wait…" : copy.submit}
      </Button>
      <div className="mt-3">
        <FormAlert message={errors.form} />
      </div>
      {unverified && <ResendVerification email={unverified} callbackURL={next} />}
      <p className="mt-2 border-t pt-5 text-center text-muted-foreground text-sm">
        {copy.other.question}{" "}
        <Link
          href={withNext(copy.other.path, next)}
          className="font-medium text-primary underline-offset-4 hover:underline"
        >
          {copy.other.link}
        </Link>
      </p>
    </form>
  );
}
