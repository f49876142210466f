"use client";

import { useQueryClient } from "@tanstack/react-query";
import type { ImportSource, ImportSummary } from "@todo/contracts";
import { useId, useRef, useState } from "react";
import { toast } from "sonner";
import { Button } from "@/components/ui/button";
import { Input } from "@/components/ui/input";
import { Label } from "@/components/ui/label";
import { apiCall } from "@/lib/api-call";
import { changeFailed } from "@/lib/problem-text";

interface Chosen {
  name: string;
  source: ImportSource;
  preview: ImportSummary;
}

const plural = (n: number, one: string, many = `${one}s`) => `${n} ${n === 1 ? one : many}`;

/** The counts of an import's summary, in words: "2 lists, 5 tasks, 3 subtasks and 1 completion". */
export function describeCounts({ lists, tasks, subtasks, completions }: ImportSummary): string {
  const parts = [
    plural(lists, "list"),
    plural(tasks, "task"),
    plural(subtasks, "subtask"),
    plural(completions, "completion"),
  ];
  return `${parts.slice(0, -1).join(", ")} and ${parts.at(-1)}`;
}

/** A file's contents as the import takes them: a Todoist CSV by its name or type, else an export's JSON. */
async function sourceOf(file: File): Promise<ImportSource> {
  const text = await file.text();
  if (/\.csv$/i.test(file.name) || file.type === "text/csv") return { csv: text };
  try {
    return JSON.parse(text) as ImportSource;
  } catch {
    throw new Error("This file is not JSON: choose an export (.json) or a Todoist CSV export (.csv).");
  }
}

/**
 * Import: a chosen file is sent as a dry run first, and what the server answers (counts, the first titles,
 * warnings) is shown before anything is added; "Import" then adds it, all or nothing.
 */
export function ImportForm({ userId }: { userId: string }) {
  const queryClient = useQueryClient();
  const inputId = useId();
  const input = useRef<HTMLInputElement>(null);
  const [chosen, setChosen] = useState<Chosen | null>(null);
  const [error, setError] = useState<string | null>(null);
  const [busy, setBusy] = useState(false);

  function reset() {
    setChosen(null);
    if (input.current) input.current.value = "";
  }

  async function choose(file: File | undefined) {
    setChosen(null);
    setError(null);
    if (!file) return;
    setBusy(true);
    try {
      const source = await sourceOf(file);
      const preview = await apiCall((api) => api.importAccount(userId, source, { dryRun: true }));
      setChosen({ name: file.name, source, preview });
    } catch (caught) {
      setError(caught instanceof Error && !("problem" in caught) ? caught.message : changeFailed(caught));
    } finally {
      setBusy(false);
    }
  }

  async function confirm() {
    if (!chosen) return;
    setBusy(true);
    try {
      const summary = await apiCall((api) => api.importAccount(userId, chosen.source));
      toast.success(`Imported ${describeCounts(summary)}`);
      reset();
      await queryClient.invalidateQueries();
    } catch (caught) {
      setError(`The import failed; nothing was added. ${changeFailed(caught)}`);
    } finally {
      setBusy(false);
    }
  }

  return (
    <div className="space-y-3 border-t pt-4">
      <div className="space-y-2">
        <Label htmlFor={inputId}>Import a file</Label>
        <Input
          ref={input}
          id={inputId}
          type="file"
          accept=".json,.csv,application/json,text/csv"
          aria-describedby={`${inputId}-hint`}
          disabled={busy}
          onChange={(event) => void choose(event.target.files?.[0])}
        />
        <p id={`${inputId}-hint`} className="text-muted-foreground text-sm">
          An export of this app (.json) or a Todoist project's CSV export (.csv). Its lists and tasks are added to
          yours; nothing you have is changed.
        </p>
      </div>
      {error && (
        <p role="alert" className="text-destructive text-sm">
          {error}
        </p>
      )}
      {chosen && (
        <section aria-label="Import preview" className="space-y-2 rounded-md border p-3 text-sm">
          <p>
            <span className="font-medium">{chosen.name}</span> will add {describeCounts(chosen.preview)}.
          </p>
          {chosen.preview.titles.length > 0 && (
            <ul aria-label="First tasks" className="list-disc pl-5">
              {chosen.preview.titles.map((title, i) => (
                <li key={i}>{title}</li>
              ))}
            </ul>
          )}
          {chosen.preview.warnings.length > 0 && (
            <ul aria-label="Warnings" className="list-disc pl-5 text-muted-foreground">
              {chosen.preview.warnings.map((warning, i) => (
                <li key={i}>{warning}</li>
              ))}
            </ul>
          )}
          <div className="flex gap-2">
            <Button size="sm" onClick={confirm} disabled={busy}>
              {busy ? "Importing…" : "Import"}
            </Button>
            <Button size="sm" variant="ghost" onClick={reset} disabled={busy}>
              Cancel
            </Button>
          </div>
        </section>
      )}
    </div>
  );
}
