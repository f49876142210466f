import "server-only";
import { env } from "@/env";

/**
 * Whether the server may send to `endpoint`: an `https:` URL whose host (whatever the port) is one of
 * PUSH_ENDPOINT_HOSTS, or under a `*.domain` entry. Nothing else: the server never sends to an address a client
 * made up (an internal service, say).
 */
export function isAllowedEndpoint(endpoint: string, hosts: readonly string[] = env.PUSH_ENDPOINT_HOSTS): boolean {
  if (!URL.canParse(endpoint)) return false;
  const url = new URL(endpoint);
  if (url.protocol !== "https:" || url.username !== "" || url.password !== "") return false;
  const host = url.hostname.toLowerCase();
  return hosts.some((allowed) =>
    allowed.startsWith("*.") ? host.endsWith(allowed.slice(1)) && host.length > allowed.length - 1 : host === allowed,
  );
}
