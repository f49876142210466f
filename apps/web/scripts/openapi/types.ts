/** The parts of an OpenAPI 3.1 document the finishing steps read; everything else passes through. */
export type JsonObject = { [key: string]: unknown };

export interface OpenApiDocument extends JsonObject {
  paths?: Record<string, Record<string, unknown>>;
  components?: JsonObject & { schemas?: Record<string, JsonObject> };
}

export const HTTP_METHODS = ["get", "put", "post", "delete", "options", "head", "patch", "trace"] as const;

export function isObject(value: unknown): value is JsonObject {
  return typeof value === "object" && value !== null && !Array.isArray(value);
}

/** Every operation object in the document, with where it sits. */
export function* operations(doc: OpenApiDocument): Generator<{ path: string; method: string; operation: JsonObject }> {
  for (const [path, item] of Object.entries(doc.paths ?? {})) {
    for (const method of HTTP_METHODS) {
      const operation = item[method];
      if (isObject(operation)) yield { path, method, operation };
    }
  }
}
