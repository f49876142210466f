"use client";

import { useDroppable } from "@dnd-kit/core";
import { SortableContext, useSortable, verticalListSortingStrategy } from "@dnd-kit/sortable";
import { CSS } from "@dnd-kit/utilities";
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
import dynamic from "next/dynamic";
import Link from "next/link";
import { useRouter } from "next/navigation";
import { type ReactNode, useState } from "react";
import { listDragId } from "@/components/tasks/task-drag";
import { scopePath, type TaskScope } from "@/components/tasks/task-scope";
import { Button } from "@/components/ui/button";
import {
  DropdownMenu,
  DropdownMenuContent,
  DropdownMenuItem,
  DropdownMenuTrigger,
} from "@/components/ui/dropdown-menu";
import { useListWrites } from "@/hooks/lists/use-list-writes";
import { useMoveList } from "@/hooks/lists/use-move-list";
import { useOpenedOnce } from "@/hooks/use-opened-once";
import { cn } from "@/lib/utils";

// The list dialogs load when first opened, not with the page (see the JavaScript budget).
const ListDialog = dynamic(() => import("./list-dialog").then((m) => m.ListDialog), { loading: () => null });
const DeleteListDialog = dynamic(() => import("./delete-list-dialog").then((m) => m.DeleteListDialog), {
  loading: () => null,
});

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
  const moveList = useMoveList(userId);
  const [editing, setEditing] = useState<List | "new" | null>(null);
  const [deleting, setDeleting] = useState<List | null>(null);
  const editLoaded = useOpenedOnce(editing !== null);
  const deleteLoaded = useOpenedOnce(deleting !== null);
  const inbox = lists?.find((l) => l.isInbox);
  const own = lists?.filter((l) => !l.isInbox) ?? [];

  const views: { scope: TaskScope; label: string; icon: typeof InboxIcon; count?: number | undefined }[] = [
    { scope: { kind: "inbox" }, label: "Inbox", icon: InboxIcon, count: inbox?.openTasks },
    { scope: { kind: "today" }, label: "Today", icon: SunIcon },
    { scope: { kind: "upcoming" }, label: "Upcoming", icon: CalendarDaysIcon },
  ];

  return (
    <nav aria-label="Lists" className="flex flex-col gap-4 text-sm">
      <ul className="grid grid-cols-1 gap-0.5">
        {views.map(({ scope: target, label, icon: Icon, count }) => (
          <li key={label}>
            <InboxDrop view={label} inbox={target.kind === "inbox" ? inbox : undefined}>
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
            </InboxDrop>
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
        <ul className="grid grid-cols-1 gap-0.5" aria-label="My lists">
          <SortableContext items={own.map((l) => listDragId(l.id))} strategy={verticalListSortingStrategy}>
            {own.map((list, index) => (
              <SidebarListItem
                key={list.id}
                list={list}
                current={scope.kind === "list" && scope.listId === list.id}
                onNavigate={onNavigate}
                onEdit={() => setEditing(list)}
                onDelete={() => setDeleting(list)}
                onMoveKey={(direction) => {
                  const neighbour = own[index + direction];
                  if (neighbour) moveList(list, direction < 0 ? { before: neighbour.id } : { after: neighbour.id });
                }}
              />
            ))}
          </SortableContext>
        </ul>
      </div>
      {editLoaded && (
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
      )}
      {deleteLoaded && (
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
      )}
    </nav>
  );
}

/** The Inbox's link takes a dragged task (moved into the Inbox); the views beside it take nothing. */
function InboxDrop({ view, inbox, children }: { view: string; inbox: List | undefined; children: ReactNode }) {
  // Each view its own id: dnd-kit tells droppables apart by it, disabled or not.
  const drop = useDroppable({
    id: inbox ? listDragId(inbox.id) : `view-${view}`,
    disabled: !inbox,
    data: inbox && { list: inbox },
  });
  return (
    <div ref={drop.setNodeRef} className={cn("rounded-md", drop.isOver && "ring-2 ring-ring")}>
      {children}
    </div>
  );
}

interface SidebarListItemProps {
  list: List;
  current: boolean;
  onNavigate: (() => void) | undefined;
  onEdit: () => void;
  onDelete: () => void;
  onMoveKey: (direction: -1 | 1) => void;
}

/** One of the user's lists: a link (a place to drop a task; dragged, or Alt+↑/↓, to reorder) and its menu. */
function SidebarListItem({ list, current, onNavigate, onEdit, onDelete, onMoveKey }: SidebarListItemProps) {
  const drag = useSortable({ id: listDragId(list.id), data: { list } });
  return (
    <li
      ref={drag.setNodeRef}
      style={{ transform: CSS.Translate.toString(drag.transform), transition: drag.transition }}
      className={cn("group relative rounded-md", drag.isOver && !drag.isDragging && "ring-2 ring-ring")}
    >
      <Link
        href={scopePath({ kind: "list", listId: list.id })}
        onClick={onNavigate}
        aria-current={current ? "page" : undefined}
        aria-keyshortcuts="Alt+ArrowUp Alt+ArrowDown"
        onKeyDown={(event) => {
          if (!event.altKey || (event.key !== "ArrowUp" && event.key !== "ArrowDown")) return;
          event.preventDefault();
          onMoveKey(event.key === "ArrowUp" ? -1 : 1);
        }}
        className={cn(linkClass, "pr-9")}
        // Pointer listeners only: the link keeps its own role and tab stop (Alt+↑/↓ reorders by keyboard).
        {...drag.listeners}
      >
        <HashIcon className="size-4 shrink-0" style={{ color: list.color ?? undefined }} aria-hidden="true" />
        <span className="flex-1 truncate">{list.name}</span>
        {list.openTasks > 0 && (
          <span className="text-muted-foreground text-xs tabular-nums group-focus-within:invisible group-hover:invisible">
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
            className="absolute top-0.5 right-0.5 text-muted-foreground data-[state=open]:opacity-100 pointer-coarse:top-1.5 pointer-fine:opacity-0 pointer-fine:group-focus-within:opacity-100 pointer-fine:group-hover:opacity-100"
          >
            <MoreHorizontalIcon aria-hidden="true" />
          </Button>
        </DropdownMenuTrigger>
        <DropdownMenuContent align="start">
          <DropdownMenuItem onSelect={onEdit}>
            <PencilIcon aria-hidden="true" /> Edit list
          </DropdownMenuItem>
          <DropdownMenuItem variant="destructive" onSelect={onDelete}>
            <Trash2Icon aria-hidden="true" className="text-destructive" /> Delete list
          </DropdownMenuItem>
        </DropdownMenuContent>
      </DropdownMenu>
    </li>
  );
}
