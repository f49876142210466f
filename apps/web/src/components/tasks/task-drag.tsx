"use client";

import {
  type Announcements,
  type CollisionDetection,
  DndContext,
  type DragEndEvent,
  PointerSensor,
  pointerWithin,
  rectIntersection,
  TouchSensor,
  useSensor,
  useSensors,
} from "@dnd-kit/core";
import type { List, MoveList, MoveTask, Task } from "@todo/contracts";
import type { ReactNode } from "react";

/** The drag-and-drop id of a list in the sidebar: a place to drop a task, and a list to reorder. */
export function listDragId(id: number): string {
  return `list-${id}`;
}

type Dragged = { task: Task } | { list: List };

interface TaskDragProps {
  onMoveTask: (task: Task, move: MoveTask) => void;
  onMoveList: (list: List, move: MoveList) => void;
  children: ReactNode;
}

function nameOf(data: unknown): string {
  const dragged = data as Dragged | undefined;
  if (!dragged) return "item";
  return "task" in dragged ? `task “${dragged.task.title}”` : `list “${dragged.list.name}”`;
}

const announcements: Announcements = {
  onDragStart: ({ active }) => `Picked up ${nameOf(active.data.current)}.`,
  onDragOver: ({ active, over }) =>
    over ? `${nameOf(active.data.current)} is over ${nameOf(over.data.current)}.` : undefined,
  onDragEnd: ({ active, over }) =>
    over ? `${nameOf(active.data.current)} dropped on ${nameOf(over.data.current)}.` : "Dropped where it was.",
  onDragCancel: ({ active }) => `Moving ${nameOf(active.data.current)} was cancelled.`,
};

/**
 * Where a drag is over: the sidebar's list under the pointer, if any, else what the dragged item's box overlaps
 * most (a row). By overlap alone a task's box, as wide as the list, overlaps the rows beside a sidebar list more
 * than the list's own link, so only the lists above the first row could ever take a task.
 */
const listUnderPointerFirst: CollisionDetection = (args) => {
  const lists = args.droppableContainers.filter((container) => {
    const data = container.data.current as Dragged | undefined;
    return data !== undefined && "list" in data;
  });
  const onList = pointerWithin({ ...args, droppableContainers: lists });
  return onList.length > 0 ? onList : rectIntersection(args);
};

/**
 * Drag and drop across the page: a task onto another reorders it (manual order), onto a list in the
 * sidebar moves it there; a sidebar list onto another reorders the lists. A short movement (or a
 * press held on a touch screen) starts a drag, so clicks and taps stay clicks and taps.
 */
export function TaskDrag({ onMoveTask, onMoveList, children }: TaskDragProps) {
  const sensors = useSensors(
    useSensor(PointerSensor, { activationConstraint: { distance: 6 } }),
    useSensor(TouchSensor, { activationConstraint: { delay: 250, tolerance: 6 } }),
  );

  function onDragEnd({ active, over, delta }: DragEndEvent) {
    if (!over || over.id === active.id) return;
    const from = active.data.current as Dragged | undefined;
    const to = over.data.current as Dragged | undefined;
    if (!from || !to) return;
    if ("task" in from && "list" in to) {
      if (from.task.listId !== to.list.id) onMoveTask(from.task, { listId: to.list.id });
    } else if ("task" in from && "task" in to) {
      // Dropped on a row: above it when dragged upwards, below it when downwards.
      onMoveTask(from.task, delta.y < 0 ? { before: to.task.id } : { after: to.task.id });
    } else if ("list" in from && "list" in to && !to.list.isInbox) {
      onMoveList(from.list, delta.y < 0 ? { before: to.list.id } : { after: to.list.id });
    }
  }

  return (
    <DndContext
      sensors={sensors}
      collisionDetection={listUnderPointerFirst}
      onDragEnd={onDragEnd}
      accessibility={{ announcements }}
    >
      {children}
    </DndContext>
  );
}
