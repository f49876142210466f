import { ListChecks } from "lucide-react";
import Link from "next/link";
import { redirect } from "next/navigation";
import { connection } from "next/server";
import type { ReactNode } from "react";
import { afterSignIn } from "@/server/auth/requested-page";
import { currentSession } from "@/server/auth/session";

export default async function AuthLayout({ children }: { children: ReactNode }) {
  // Per request, never prerendered: the session (and the database behind it) exists only at request time.
  await connection();
  if (await currentSession()) redirect(await afterSignIn());
  return (
    // From the top, not centred: a centred form would move up as the rest of its HTML arrives (layout shift).
    <main className="flex min-h-dvh flex-col items-center bg-muted/40 px-4 pt-[max(2.5rem,12dvh)] pb-10">
      <div className="w-full max-w-[26rem]">
        <Link
          href="/"
          className="mx-auto mb-6 flex w-fit items-center gap-2.5 rounded-md font-semibold text-lg tracking-tight outline-none focus-visible:ring-[3px] focus-visible:ring-ring/50"
        >
          <span className="grid size-9 place-items-center rounded-lg bg-primary text-primary-foreground shadow-sm">
            <ListChecks aria-hidden="true" className="size-5" />
          </span>
          Todo
        </Link>
        <div className="rounded-xl border bg-card p-6 text-card-foreground shadow-sm sm:p-8">{children}</div>
      </div>
    </main>
  );
}
