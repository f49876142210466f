"use client";

import { DownloadIcon } from "lucide-react";
import { useState } from "react";
import { toast } from "sonner";
import { Button } from "@/components/ui/button";
import { useHydrated } from "@/hooks/use-hydrated";
import { apiCall } from "@/lib/api-call";
import { changeFailed } from "@/lib/problem-text";
import { ImportForm } from "./import-form";
import { SettingsSection } from "./settings-section";

/** Downloads everything of the account as one JSON file (the API's export, version 1), and imports one (or a Todoist CSV). */
export function ExportSection({ userId }: { userId: string }) {
  const [busy, setBusy] = useState(false);
  // Drawn by the server: a click before the page hydrates would do nothing, so the button waits until it can act.
  const hydrated = useHydrated();

  async function download() {
    setBusy(true);
    try {
      const document = await apiCall((api) => api.exportAccount(userId));
      const url = URL.createObjectURL(new Blob([JSON.stringify(document, null, 2)], { type: "application/json" }));
      const link = Object.assign(window.document.createElement("a"), {
        href: url,
        download: `todo-export-${document.exportedAt.slice(0, 10)}.json`,
      });
      link.click();
      URL.revokeObjectURL(url);
      toast.success(`Exported ${document.lists.length} lists and ${document.tasks.length} tasks`);
    } catch (error) {
      toast.error(`The export failed. ${changeFailed(error)}`);
    } finally {
      setBusy(false);
    }
  }

  return (
    <SettingsSection
      id="export"
      title="Your data"
      icon={DownloadIcon}
      description="Download every list, task, subtask, completion and setting as one JSON file (format documented in the API reference), or import one."
    >
      <Button variant="secondary" size="sm" onClick={download} disabled={busy || !hydrated}>
        {busy ? "Preparing…" : "Download export"}
      </Button>
      <ImportForm userId={userId} />
    </SettingsSection>
  );
}
