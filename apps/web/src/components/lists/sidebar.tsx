"use client";

import type { List } from "@todo/contracts";
import {
  CalendarDaysIcon,
  HashIcon,
  InboxIcon,
  MoreHorizontalIcon,
  PencilIcon,
  PlusIcon,
  SunIcon,
  Trash2Icon,
} from "lucide-react";
import Link from "next/link";
import { useRouter } from "next/navigation";
import { useState } from "react";
import { scopePath, type TaskScope } from "@/components/tasks/task-scope";
import { Button } from "@/components/ui/button";
import {
  DropdownMenu,
  DropdownMenuContent,
  DropdownMenuItem,
  DropdownMenuTrigger,
} from "@/components/ui/dropdown-menu";
import { useListWrites } from "@/hooks/lists/use-list-writes";
import { cn } from "@/lib/utils";
import { DeleteListDialog } from "./delete-list-dialog";
import { ListDialog } from "./list-dialog";

interface SidebarProps {
  userId: string;
  lists: List[] | null;
  scope: TaskScope;
  /** Called after a link is followed (the phone's drawer closes). */
  onNavigate?: () => void;
}

function isCurrent(scope: TaskScope, target: TaskScope): boolean {
  return scopePath(scope) === scopePath(target);
}

const linkClass =
  "flex h-9 items-center gap-2.5 rounded-md px-2 text-sm outline-none hover:bg-accent focus-visible:ring-[3px] focus-visible:ring-ring/50 aria-[current=page]:bg-accent aria-[current=page]:font-medium pointer-coarse:h-11";

/** Inbox, Today, Upcoming, then the user's lists with their open counts; lists are made and changed here. */
export function Sidebar({ userId, lists, scope, onNavigate }: SidebarProps) {
  const router = useRouter();
  const writes = useListWrites(userId);
  const [editing, setEditing] = useState<List | "new" | null>(null);
  const [deleting, setDeleting] = useState<List | null>(null);
  const inbox = lists?.find((l) => l.isInbox);
  const own = lists?.filter((l) => !l.isInbox) ?? [];

  const views: { scope: TaskScope; label: string; icon: typeof InboxIcon; count?: number | undefined }[] = [
    { scope: { kind: "inbox" }, label: "Inbox", icon: InboxIcon, count: inbox?.openTasks },
    { scope: { kind: "today" }, label: "Today", icon: SunIcon },
    { scope: { kind: "upcoming" }, label: "Upcoming", icon: CalendarDaysIcon },
  ];

  return (
    <nav aria-label="Lists" className="flex flex-col gap-4 text-sm">
      <ul className="grid gap-0.5">
        {views.map(({ scope: target, label, icon: Icon, count }) => (
          <li key={label}>
            <Link
              href={scopePath(target)}
              onClick={onNavigate}
              aria-current={isCurrent(scope, target) ? "page" : undefined}
              className={linkClass}
            >
              <Icon className="size-4 text-primary" aria-hidden="true" />
              <span className="flex-1">{label}</span>
              {count ? <span className="text-muted-foreground text-xs tabular-nums">{count}</span> : null}
            </Link>
          </li>
        ))}
      </ul>
      <div>
        <div className="flex items-center justify-between px-2 pb-1">
          <h2 className="font-medium text-muted-foreground text-xs uppercase tracking-wide">My lists</h2>
          <Button variant="ghost" size="icon-sm" aria-label="Add a list" onClick={() => setEditing("new")}>
            <PlusIcon aria-hidden="true" />
          </Button>
        </div>
        {lists && own.length === 0 && (
          <p className="px-2 text-muted-foreground text-xs">Group tasks by project or place: add a list.</p>
        )}
        <ul className="grid gap-0.5" aria-label="My lists">
          {own.map((list) => {
            const target: TaskScope = { kind: "list", listId: list.id };
            return (
              <li key={list.id} className="group relative">
                <Link
                  href={scopePath(target)}
                  onClick={onNavigate}
                  aria-current={isCurrent(scope, target) ? "page" : undefined}
                  className={cn(linkClass, "pr-9")}
                >
                  <HashIcon className="size-4 shrink-0" style={{ color: list.color ?? undefined }} aria-hidden="true" />
                  <span className="flex-1 truncate">{list.name}</span>
                  {list.openTasks > 0 && (
                    <span className="text-muted-foreground text-xs tabular-nums group-hover:invisible group-focus-within:invisible">
                      {list.openTasks}
                    </span>
                  )}
                </Link>
                <DropdownMenu>
                  <DropdownMenuTrigger asChild>
                    <Button
                      variant="ghost"
                      size="icon-sm"
                      aria-label={`More actions for list ${list.name}`}
                      className="absolute top-0.5 right-0.5 text-muted-foreground pointer-fine:opacity-0 pointer-fine:group-focus-within:opacity-100 pointer-fine:group-hover:opacity-100 data-[state=open]:opacity-100 pointer-coarse:top-1.5"
                    >
                      <MoreHorizontalIcon aria-hidden="true" />
                    </Button>
                  </DropdownMenuTrigger>
                  <DropdownMenuContent align="start">
                    <DropdownMenuItem onSelect={() => setEditing(list)}>
                      <PencilIcon aria-hidden="true" /> Edit list
                    </DropdownMenuItem>
                    <DropdownMenuItem variant="destructive" onSelect={() => setDeleting(list)}>
                      <Trash2Icon aria-hidden="true" className="text-destructive" /> Delete list
                    </DropdownMenuItem>
                  </DropdownMenuContent>
                </DropdownMenu>
              </li>
            );
          })}
        </ul>
      </div>
      <ListDialog
        list={editing === "new" ? null : editing}
        open={editing !== null}
        onOpenChange={(open) => !open && setEditing(null)}
        onSubmit={async (input) => {
          if (editing === "new") {
            const list = await writes.create(input);
            router.push(scopePath({ kind: "list", listId: list.id }));
            onNavigate?.();
          } else if (editing) await writes.update({ id: editing.id, change: input });
        }}
      />
      <DeleteListDialog
        userId={userId}
        list={deleting}
        onCancel={() => setDeleting(null)}
        onConfirm={(list) => {
          setDeleting(null);
          // A refusal is told by a toast (useListWrites); the list then stays where it is.
          writes.remove(list.id).then(
            () => scope.kind === "list" && scope.listId === list.id && router.push("/"),
            () => {},
          );
        }}
      />
    </nav>
  );
}
