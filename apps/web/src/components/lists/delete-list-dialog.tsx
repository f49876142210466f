"use client";

import { useQuery } from "@tanstack/react-query";
import type { List } from "@todo/contracts";
import {
  AlertDialog,
  AlertDialogAction,
  AlertDialogCancel,
  AlertDialogContent,
  AlertDialogDescription,
  AlertDialogFooter,
  AlertDialogHeader,
  AlertDialogTitle,
} from "@/components/ui/alert-dialog";
import { listKeys } from "@/hooks/lists/keys";
import { apiCall } from "@/lib/api-call";

interface DeleteListDialogProps {
  userId: string;
  list: List | null;
  onCancel: () => void;
  onConfirm: (list: List) => void;
}

/** Asks before a list goes, naming how many tasks go with it (counted when it opens). */
export function DeleteListDialog({ userId, list, onCancel, onConfirm }: DeleteListDialogProps) {
  const { data: total } = useQuery({
    queryKey: [...listKeys.all(userId), "task-count", { listId: list?.id }],
    queryFn: async () =>
      (await apiCall((api) => api.listTasks(userId, { listId: list?.id, limit: 1 }, { count: true }))).total,
    enabled: list !== null,
    staleTime: 0,
  });
  const tasks =
    total === undefined || total === null
      ? "Its tasks are deleted with it."
      : total === 0
        ? "It holds no tasks."
        : `Its ${total === 1 ? "1 task is" : `${total} tasks are`} deleted with it.`;
  return (
    <AlertDialog open={list !== null} onOpenChange={(open) => !open && onCancel()}>
      <AlertDialogContent>
        <AlertDialogHeader>
          <AlertDialogTitle>Delete “{list?.name}”?</AlertDialogTitle>
          <AlertDialogDescription data-testid="delete-list-count">
            {tasks} This cannot be undone.
          </AlertDialogDescription>
        </AlertDialogHeader>
        <AlertDialogFooter>
          <AlertDialogCancel>Cancel</AlertDialogCancel>
          <AlertDialogAction
            className="bg-destructive text-destructive-foreground hover:bg-destructive/90"
            onClick={() => list && onConfirm(list)}
          >
            Delete list
          </AlertDialogAction>
        </AlertDialogFooter>
      </AlertDialogContent>
    </AlertDialog>
  );
}
