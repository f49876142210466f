import type { Metadata } from "next";
import { redirect } from "next/navigation";
import { connection } from "next/server";
import { AccessTokensSection } from "@/components/settings/access-tokens-section";
import { DeleteAccountSection } from "@/components/settings/delete-account-section";
import { DevicesSection } from "@/components/settings/devices-section";
import { ExportSection } from "@/components/settings/export-section";
import { NotificationsSection } from "@/components/settings/notifications-section";
import { PasswordSection } from "@/components/settings/password-section";
import { ProfileSection } from "@/components/settings/profile-section";
import { SettingsShell } from "@/components/settings/settings-shell";
import { TimeZoneSection } from "@/components/settings/time-zone-section";
import { signInForThisPage } from "@/server/auth/requested-page";
import { currentSession } from "@/server/auth/session";

export const metadata: Metadata = { title: "Settings" };

/** The account's settings, one section each: the session checked on the server, then the sections. */
export default async function SettingsPage() {
  // Per request, never prerendered: the session exists only at request time.
  await connection();
  const session = await currentSession();
  if (!session) redirect(await signInForThisPage());
  const { id, name, email } = session.user;
  return (
    <SettingsShell user={{ name, email }}>
      <ProfileSection name={name} email={email} />
      <TimeZoneSection userId={id} />
      <NotificationsSection userId={id} />
      <PasswordSection name={name} email={email} />
      <DevicesSection currentSessionId={session.session.id} />
      <AccessTokensSection userId={id} />
      <ExportSection userId={id} />
      <DeleteAccountSection />
    </SettingsShell>
  );
}
