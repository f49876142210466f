"use client";

import { useState } from "react";

/** Rows whose checkboxes work once React has hydrated them. */
export function TaskList({ titles }: { titles: string[] }) {
  const [done, setDone] = useState<ReadonlySet<string>>(new Set());
  const toggle = (title: string) =>
    setDone((before) => {
      const after = new Set(before);
      if (!after.delete(title)) after.add(title);
      return after;
    });
  return (
    <ul style={{ listStyle: "none", padding: 0 }}>
      {titles.map((title) => (
        <li key={title} style={{ padding: "0.5rem 0" }}>
          <label>
            <input type="checkbox" checked={done.has(title)} onChange={() => toggle(title)} /> {title}
          </label>
        </li>
      ))}
    </ul>
  );
}
