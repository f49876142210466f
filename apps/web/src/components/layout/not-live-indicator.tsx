"use client";

import { CloudOffIcon } from "lucide-react";
import { Button } from "@/components/ui/button";
import { Tooltip, TooltipContent, TooltipTrigger } from "@/components/ui/tooltip";
import { reconnectNow, useLiveStatus } from "@/hooks/live/live-status";

const NOT_LIVE = "Not live: changes from your other tabs and devices show once reconnected";

/** A mark in the header while this tab's change stream is down; nothing while it is live. */
export function NotLiveIndicator() {
  const down = useLiveStatus() === "down";
  return (
    <span role="status" className="contents">
      {down && (
        <Tooltip>
          <TooltipTrigger asChild>
            <Button variant="ghost" size="icon" aria-label={NOT_LIVE} onClick={reconnectNow}>
              <CloudOffIcon aria-hidden="true" className="text-muted-foreground" />
            </Button>
          </TooltipTrigger>
          <TooltipContent>{NOT_LIVE}. Select to try now.</TooltipContent>
        </Tooltip>
      )}
    </span>
  );
}
