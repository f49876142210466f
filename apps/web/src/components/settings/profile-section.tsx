"use client";

import { UserIcon } from "lucide-react";
import { EmailForm } from "./email-form";
import { NameForm } from "./name-form";
import { SettingsSection } from "./settings-section";

/** Who the account is: its name and its email address. */
export function ProfileSection({ name, email }: { name: string; email: string }) {
  return (
    <SettingsSection
      id="profile"
      title="Profile"
      icon={UserIcon}
      description="Your name and the address you sign in with."
    >
      <div className="grid gap-6">
        <NameForm name={name} />
        <EmailForm email={email} />
      </div>
    </SettingsSection>
  );
}
