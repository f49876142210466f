import type { BetterAuthOptions } from "better-auth";
import { env } from "@/env";
import { log } from "../log";

/**
 * Better Auth's own messages as our JSON lines (its default prints plain text): the message and
 * the stack of an error passed along, never its other arguments, which may hold user data.
 */
export const authLogger: BetterAuthOptions["logger"] = {
  level: env.DEBUG ? "debug" : "warn",
  log: (level, message, ...args) => {
    const error = args.find((arg) => arg instanceof Error);
    log(level, "auth_library", { message, ...(error && { error: error.stack ?? error.message }) });
  },
};
