"use client";

import { useMutation, useQuery, useQueryClient } from "@tanstack/react-query";
import { LaptopIcon } from "lucide-react";
import { toast } from "sonner";
import { UNREACHABLE_MESSAGE } from "@/components/auth/auth-error-message";
import { Button } from "@/components/ui/button";
import { Skeleton } from "@/components/ui/skeleton";
import { deviceName } from "@/lib/device-name";
import { withAuthClient } from "@/lib/load-auth-client";
import { timeAgo } from "@/lib/relative-time";
import { SettingsSection } from "./settings-section";

const SESSIONS_KEY = ["auth", "sessions"] as const;

interface DeviceSession {
  id: string;
  token: string;
  userAgent?: string | null;
  ipAddress?: string | null;
  createdAt: Date | string;
  updatedAt: Date | string;
}

async function listSessions(): Promise<DeviceSession[]> {
  const answer = await withAuthClient((authClient) => authClient.listSessions());
  if (!answer) throw new Error(UNREACHABLE_MESSAGE);
  const { data, error } = answer;
  if (error) throw new Error(error.message ?? "Your devices could not be loaded.");
  // Most recently active first; Better Auth answers in sign-in order.
  return [...(data as DeviceSession[])].sort((a, b) => +new Date(b.updatedAt) - +new Date(a.updatedAt));
}

/** Where the account is signed in (this device marked), with a sign-out for each and for all the others. */
export function DevicesSection({ currentSessionId }: { currentSessionId: string }) {
  const queryClient = useQueryClient();
  const sessions = useQuery({ queryKey: SESSIONS_KEY, queryFn: listSessions });
  const revoke = useMutation({
    mutationFn: async (target: { token: string } | "others") => {
      const answer = await withAuthClient((authClient) =>
        target === "others" ? authClient.revokeOtherSessions() : authClient.revokeSession(target),
      );
      if (!answer) throw new Error(UNREACHABLE_MESSAGE);
      const { error } = answer;
      if (error) throw new Error(error.message ?? "The device could not be signed out.");
    },
    onSuccess: (_data, target) => toast.success(target === "others" ? "Other devices signed out" : "Device signed out"),
    onError: (error) => toast.error(error.message),
    onSettled: () => queryClient.invalidateQueries({ queryKey: SESSIONS_KEY }),
  });
  const others = (sessions.data ?? []).filter((session) => session.id !== currentSessionId);

  return (
    <SettingsSection
      id="devices"
      title="Signed-in devices"
      icon={LaptopIcon}
      description="Browsers where your account is signed in. Sign out any you do not recognise, then change your password."
    >
      {sessions.isError ? (
        <div role="alert" className="space-y-2">
          <p className="text-sm">{sessions.error.message}</p>
          <Button variant="outline" size="sm" onClick={() => sessions.refetch()}>
            Try again
          </Button>
        </div>
      ) : !sessions.data ? (
        <Skeleton className="h-16">
          <span className="sr-only">Loading your devices…</span>
        </Skeleton>
      ) : (
        <div className="space-y-3">
          <ul aria-label="Devices" className="divide-y rounded-md border">
            {sessions.data.map((session) => {
              const current = session.id === currentSessionId;
              const name = deviceName(session.userAgent);
              return (
                <li key={session.id} className="flex items-center gap-3 px-3 py-2.5">
                  <div className="min-w-0 flex-1">
                    <p className="truncate font-medium text-sm">
                      {name}
                      {current && (
                        <span className="ml-2 rounded-full bg-primary/10 px-2 py-0.5 font-normal text-primary text-xs">
                          This device
                        </span>
                      )}
                    </p>
                    <p className="text-muted-foreground text-xs">
                      {current ? "Active now" : `Last active ${timeAgo(session.updatedAt)}`}
                      {session.ipAddress ? ` · ${session.ipAddress}` : ""} · signed in {timeAgo(session.createdAt)}
                    </p>
                  </div>
                  {!current && (
                    <Button
                      variant="outline"
                      size="sm"
                      disabled={revoke.isPending}
                      onClick={() => revoke.mutate({ token: session.token })}
                      aria-label={`Sign out ${name}, last active ${timeAgo(session.updatedAt)}`}
                    >
                      Sign out
                    </Button>
                  )}
                </li>
              );
            })}
          </ul>
          {others.length > 0 && (
            <Button variant="secondary" size="sm" disabled={revoke.isPending} onClick={() => revoke.mutate("others")}>
              Sign out all other devices
            </Button>
          )}
        </div>
      )}
    </SettingsSection>
  );
}
