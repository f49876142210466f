import { readFileSync } from "node:fs";
import path from "node:path";
import type { JsonObject, OpenApiDocument } from "../../../scripts/openapi/types";
import { WEB_DIR } from "../../support/web-dir";

export const DOCUMENT_FILE = path.join(WEB_DIR, "public/openapi.json");

export function readDocument(): OpenApiDocument {
  return JSON.parse(readFileSync(DOCUMENT_FILE, "utf8"));
}

/** Follows a local `$ref` such as `#/components/responses/401`. */
export function resolve(doc: OpenApiDocument, value: unknown): JsonObject {
  const ref = (value as { $ref?: string } | undefined)?.$ref;
  if (!ref) return value as JsonObject;
  return ref
    .slice(2)
    .split("/")
    .reduce<unknown>((node, key) => (node as JsonObject)?.[key], doc) as JsonObject;
}

/** The response an operation documents for a status, `$ref` resolved; undefined when it documents none. */
export function documentedResponse(doc: OpenApiDocument, route: string, status: number): JsonObject | undefined {
  const [method, routePath] = route.split(" ") as [string, string];
  const operation = doc.paths?.[routePath]?.[method.toLowerCase()] as { responses?: JsonObject } | undefined;
  const response = operation?.responses?.[String(status)];
  return response === undefined ? undefined : resolve(doc, response);
}
