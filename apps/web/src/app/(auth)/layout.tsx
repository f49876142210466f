import Link from "next/link";
import { redirect } from "next/navigation";
import { connection } from "next/server";
import type { ReactNode } from "react";
import { currentSession } from "@/server/auth/session";

export default async function AuthLayout({ children }: { children: ReactNode }) {
  // Per request, never prerendered: the session (and the database behind it) exists only at request time.
  await connection();
  if (await currentSession()) redirect("/");
  return (
    <main className="mx-auto flex min-h-dvh max-w-sm flex-col justify-center px-4 py-12">
      <Link href="/" className="mb-8 font-semibold text-indigo-700 text-lg dark:text-indigo-300">
        Todo
      </Link>
      {children}
    </main>
  );
}
