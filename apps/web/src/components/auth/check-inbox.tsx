import { MailCheck } from "lucide-react";
import { AuthHeading } from "./auth-heading";
import { BackToSignIn } from "./back-to-sign-in";
import { ResendVerification } from "./resend-verification";

/**
 * What sign-up shows when the address must be confirmed first (REQUIRE_EMAIL_VERIFICATION): the same for an
 * address that already has an account, whose owner is mailed instead, so the page tells nothing about it.
 */
export function CheckInbox({ email, next }: { email: string; next: string }) {
  return (
    <div>
      <div role="status">
        <AuthHeading id="auth-title" title="Check your inbox" lead="One step left: confirm your email address." />
        <p className="mb-4 flex gap-3 text-sm">
          <MailCheck aria-hidden="true" className="mt-0.5 size-5 shrink-0 text-primary" />
          <span>
            We have sent a link to <strong className="break-all">{email}</strong>. Open it to confirm the address and
            sign in. Nothing there? Look in your spam folder, or send it again.
          </span>
        </p>
      </div>
      <ResendVerification email={email} callbackURL={next} />
      <BackToSignIn />
    </div>
  );
}
