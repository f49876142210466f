import type { ReactNode } from "react";

/** A page that stands in for one that cannot be shown: what happened, and what the user can do. */
export function StatusPage({ title, children, action }: { title: string; children: ReactNode; action: ReactNode }) {
  return (
    <main className="mx-auto flex min-h-dvh max-w-sm flex-col justify-center px-4 py-12">
      <div role="alert">
        <h1 className="font-semibold text-2xl tracking-tight">{title}</h1>
        <p className="mt-2 text-muted-foreground">{children}</p>
      </div>
      <div className="mt-6">{action}</div>
    </main>
  );
}
