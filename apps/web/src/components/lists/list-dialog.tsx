"use client";

import { type CreateList, CreateListSchema, LIST_NAME_MAX, type List } from "@todo/contracts";
import { CheckIcon } from "lucide-react";
import { RadioGroup } from "radix-ui";
import { type FormEvent, useId, useState } from "react";
import { Button } from "@/components/ui/button";
import {
  Dialog,
  DialogContent,
  DialogDescription,
  DialogFooter,
  DialogHeader,
  DialogTitle,
} from "@/components/ui/dialog";
import { Input } from "@/components/ui/input";
import { Label } from "@/components/ui/label";
import { ApiError } from "@/lib/api-call";
import { changeFailed } from "@/lib/problem-text";
import { LIST_COLORS } from "./list-colors";

interface ListDialogProps {
  /** The list to change, or null to create one. */
  list: List | null;
  open: boolean;
  onOpenChange: (open: boolean) => void;
  onSubmit: (input: CreateList) => Promise<unknown>;
}

/** Name and colour of a new list, or of one to change; a refusal (a name taken) shows in place. */
export function ListDialog({ list, open, onOpenChange, onSubmit }: ListDialogProps) {
  return (
    <Dialog open={open} onOpenChange={onOpenChange}>
      <DialogContent>
        {open && (
          <ListForm key={list?.id ?? "new"} list={list} onDone={() => onOpenChange(false)} onSubmit={onSubmit} />
        )}
      </DialogContent>
    </Dialog>
  );
}

function ListForm({
  list,
  onDone,
  onSubmit,
}: {
  list: List | null;
  onDone: () => void;
  onSubmit: ListDialogProps["onSubmit"];
}) {
  const [name, setName] = useState(list?.name ?? "");
  const [color, setColor] = useState<string | null>(list?.color ?? null);
  const [error, setError] = useState<string | null>(null);
  const [busy, setBusy] = useState(false);
  const id = useId();

  async function submit(event: FormEvent) {
    event.preventDefault();
    const parsed = CreateListSchema.safeParse({ name, color });
    if (!parsed.success) return setError(parsed.error.issues[0]?.message ?? "Check the name");
    setBusy(true);
    try {
      await onSubmit(parsed.data);
      onDone();
    } catch (failure) {
      setError(failure instanceof ApiError ? changeFailed(failure) : "The list could not be saved. Try again.");
    } finally {
      setBusy(false);
    }
  }

  return (
    <form onSubmit={submit} noValidate className="grid gap-4">
      <DialogHeader>
        <DialogTitle>{list ? "Edit list" : "New list"}</DialogTitle>
        <DialogDescription>
          {list ? "Rename it or change its colour." : "A name, and a colour if you like."}
        </DialogDescription>
      </DialogHeader>
      <div className="grid gap-2">
        <Label htmlFor={`${id}-name`}>Name</Label>
        <Input
          id={`${id}-name`}
          value={name}
          onChange={(e) => {
            setName(e.target.value);
            setError(null);
          }}
          maxLength={LIST_NAME_MAX + 50}
          autoComplete="off"
          aria-invalid={error ? true : undefined}
          aria-describedby={`${id}-error`}
        />
        <p id={`${id}-error`} role="alert" className="min-h-5 text-destructive text-sm">
          {error}
        </p>
      </div>
      <fieldset className="grid gap-2">
        <legend className="mb-2 font-medium text-sm">Colour</legend>
        <RadioGroup.Root
          value={color ?? "none"}
          onValueChange={(value) => setColor(value === "none" ? null : value)}
          className="flex flex-wrap gap-2"
          aria-label="Colour"
        >
          <RadioGroup.Item
            value="none"
            aria-label="No colour"
            className="flex size-8 items-center justify-center rounded-full border-2 border-dashed border-muted-foreground/50 outline-none focus-visible:ring-[3px] focus-visible:ring-ring/50"
          >
            <RadioGroup.Indicator>
              <CheckIcon className="size-4" aria-hidden="true" />
            </RadioGroup.Indicator>
          </RadioGroup.Item>
          {LIST_COLORS.map(([label, value]) => (
            <RadioGroup.Item
              key={value}
              value={value}
              aria-label={label}
              style={{ backgroundColor: value }}
              className="flex size-8 items-center justify-center rounded-full text-white outline-none focus-visible:ring-[3px] focus-visible:ring-ring/50"
            >
              <RadioGroup.Indicator>
                <CheckIcon className="size-4" aria-hidden="true" />
              </RadioGroup.Indicator>
            </RadioGroup.Item>
          ))}
        </RadioGroup.Root>
      </fieldset>
      <DialogFooter>
        <Button variant="outline" onClick={onDone}>
          Cancel
        </Button>
        <Button type="submit" disabled={busy}>
          {list ? "Save" : "Add list"}
        </Button>
      </DialogFooter>
    </form>
  );
}
