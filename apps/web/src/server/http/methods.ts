export const METHODS = ["GET", "POST", "PUT", "PATCH", "DELETE"] as const;
export type Method = (typeof METHODS)[number];

/** A route's `Allow`: the methods it implements, HEAD with GET, and OPTIONS. */
export function allowHeader(implemented: Method[]): string {
  return [...implemented, ...(implemented.includes("GET") ? ["HEAD"] : []), "OPTIONS"].join(", ");
}
