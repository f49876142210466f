import "server-only";
import type { Mail } from "./send-mail";

interface Recipient {
  email: string;
  name: string;
}

const greeting = (user: Recipient) => `Hello ${user.name || user.email},`;

export function resetPasswordMail(user: Recipient, url: string): Mail {
  return {
    to: user.email,
    subject: "Reset your Todo password",
    text: [
      greeting(user),
      "",
      "Someone (we hope you) asked to reset the password of your Todo account. Choose a new one here:",
      "",
      url,
      "",
      "The link works once, for one hour. If you did not ask, ignore this mail: your password stays as it is.",
    ].join("\n"),
  };
}

export function verifyEmailMail(user: Recipient, url: string): Mail {
  return {
    to: user.email,
    subject: "Confirm your email address for Todo",
    text: [
      greeting(user),
      "",
      "Confirm that this address is yours by opening this link:",
      "",
      url,
      "",
      "If you did not sign up for Todo or change your address there, ignore this mail.",
    ].join("\n"),
  };
}

/** To the owner of an address someone signed up with again: the sign-up's answer could not say it is taken. */
export function existingAccountMail(user: Recipient, appUrl: string): Mail {
  return {
    to: user.email,
    subject: "You already have a Todo account",
    text: [
      greeting(user),
      "",
      "Someone (we hope you) tried to create a Todo account with this address, which already has one. Sign in here:",
      "",
      `${appUrl}/sign-in`,
      "",
      `Forgot your password? Choose a new one at ${appUrl}/forgot-password. If it was not you, ignore this mail.`,
    ].join("\n"),
  };
}
