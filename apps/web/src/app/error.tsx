"use client";

import { Button } from "@/components/ui/button";
import { StatusPage } from "@/components/ui/status-page";

/**
 * A page that could not be rendered — most often because the database behind the session is away
 * for a moment. Production builds hide the server's error, so this says what the user can do:
 * nothing saved is lost, and Try again renders the page anew from the server.
 */
export default function PageError({ retry }: { error: unknown; retry: () => void }) {
  return (
    <StatusPage title="This page could not be loaded" action={<Button onClick={retry}>Try again</Button>}>
      Something went wrong on our side. Your tasks are safe; try again in a moment.
    </StatusPage>
  );
}
