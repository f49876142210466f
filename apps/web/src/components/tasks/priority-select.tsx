import { TASK_PRIORITIES, type TaskPriority } from "@todo/contracts";
import { PRIORITY_LABELS } from "./priority";

interface PrioritySelectProps {
  id: string;
  value: TaskPriority;
  onChange: (priority: TaskPriority) => void;
  className: string;
}

export function PrioritySelect({ id, value, onChange, className }: PrioritySelectProps) {
  return (
    <select id={id} value={value} onChange={(e) => onChange(e.target.value as TaskPriority)} className={className}>
      {TASK_PRIORITIES.map((p) => (
        <option key={p} value={p}>
          {PRIORITY_LABELS[p]}
        </option>
      ))}
    </select>
  );
}
