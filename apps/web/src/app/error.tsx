"use client";

import { Button } from "@/components/ui/button";

/**
 * A page that could not be rendered — most often because the database behind the session is away
 * for a moment. Production builds hide the server's error, so this says what the user can do:
 * nothing saved is lost, and Try again renders the page anew from the server.
 */
export default function PageError({ retry }: { error: unknown; retry: () => void }) {
  return (
    <main className="mx-auto flex min-h-dvh max-w-sm flex-col justify-center px-4 py-12">
      <div role="alert">
        <h1 className="font-semibold text-2xl tracking-tight">This page could not be loaded</h1>
        <p className="mt-2 text-neutral-600 dark:text-neutral-400">
          Something went wrong on our side. Your tasks are safe; try again in a moment.
        </p>
      </div>
      <Button className="mt-6 self-start" onClick={retry}>
        Try again
      </Button>
    </main>
  );
}
