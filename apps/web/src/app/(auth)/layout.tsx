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
    <main className="flex min-h-dvh flex-col items-center justify-center bg-neutral-50 px-4 py-10 dark:bg-neutral-950">
      <div className="w-full max-w-[26rem]">
        <Link
          href="/"
          className="mx-auto mb-6 flex w-fit items-center gap-2.5 rounded-md font-semibold text-lg tracking-tight outline-none focus-visible:ring-[3px] focus-visible:ring-indigo-500/40"
        >
          <span className="grid size-9 place-items-center rounded-lg bg-indigo-600 text-white shadow-sm dark:bg-indigo-500">
            <ListChecks aria-hidden="true" className="size-5" />
          </span>
          Todo
        </Link>
        <div className="rounded-xl border border-neutral-200 bg-white p-6 shadow-sm sm:p-8 dark:border-neutral-800 dark:bg-neutral-900">
          {children}
        </div>
      </div>
    </main>
  );
}
