import type { LucideIcon } from "lucide-react";
import type { ReactNode } from "react";

interface SettingsSectionProps {
  /** The section's anchor (`/settings#time-zone`). */
  id: string;
  title: string;
  icon: LucideIcon;
  description: string;
  children: ReactNode;
}

/** One section of the settings page: its heading, what it decides, and its controls. */
export function SettingsSection({ id, title, icon: Icon, description, children }: SettingsSectionProps) {
  return (
    <section id={id} aria-labelledby={`${id}-heading`} className="space-y-4 rounded-lg border bg-card p-5">
      <div className="space-y-1">
        <h2 id={`${id}-heading`} className="flex items-center gap-2 font-semibold text-lg">
          <Icon className="size-5 text-muted-foreground" aria-hidden="true" />
          {title}
        </h2>
        <p className="text-muted-foreground text-sm">{description}</p>
      </div>
      {children}
    </section>
  );
}
