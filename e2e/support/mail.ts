/** The port of the SMTP server the e2e app sends its mail to: E2E_SMTP_PORT, else the port after the app's. */
export function e2eSmtpPort(): number {
  return Number(process.env.E2E_SMTP_PORT ?? Number(process.env.E2E_PORT ?? 3100) + 1);
}
