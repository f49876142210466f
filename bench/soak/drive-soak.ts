// The soak's load: a fixed number of loops, one request in flight each, until the time is up.
import { httpClient } from "./http-client";
import { runOperation, SOAK_MIX } from "./soak-operations";
import { randomItem, type SoakState } from "./soak-state";
import { SOAK_OPERATIONS, type SoakOperation, type SoakTally } from "./soak-tally";

/** An operation drawn at the mix's odds. */
function drawOperation(): SoakOperation {
  let roll = Math.random() * 100;
  for (const operation of SOAK_OPERATIONS) {
    roll -= SOAK_MIX[operation];
    if (roll < 0) return operation;
  }
  return "list";
}

/**
 * `connections` loops, each sending one request at a time over its own keep-alive connection, every
 * request by a user drawn at random, every answer counted in `tally`; requests still in flight at
 * the end are waited for.
 */
export async function driveSoak(
  url: string,
  state: SoakState,
  tally: SoakTally,
  options: { connections: number; seconds: number },
): Promise<void> {
  const http = httpClient(url, options.connections);
  const context = { http, state, tally };
  const end = performance.now() + options.seconds * 1000;
  const loop = async () => {
    while (performance.now() < end) await runOperation(context, drawOperation(), randomItem(state.users));
  };
  await Promise.all(Array.from({ length: options.connections }, loop));
  http.close();
}
