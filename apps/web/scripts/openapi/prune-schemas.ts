import type { OpenApiDocument } from "./types";

const SCHEMA_REF = /"#\/components\/schemas\/([^"]+)"/g;

function refsIn(value: unknown): string[] {
  return [...JSON.stringify(value ?? null).matchAll(SCHEMA_REF)].map((match) => match[1] as string);
}

/**
 * Keeps only the component schemas the operations reach. The generator converts every Zod export it finds in
 * `schemaDir` (sign-in forms, test fixtures, path and query objects it has already spread into parameters).
 */
export function pruneSchemas(doc: OpenApiDocument): void {
  const schemas = doc.components?.schemas;
  if (!schemas) return;
  const { schemas: _, ...otherComponents } = doc.components ?? {};
  const pending = [...refsIn(doc.paths), ...refsIn(otherComponents), ...refsIn(doc.webhooks)];
  const reached = new Set<string>();
  while (pending.length > 0) {
    const name = pending.pop() as string;
    if (reached.has(name)) continue;
    reached.add(name);
    pending.push(...refsIn(schemas[name]));
  }
  for (const name of Object.keys(schemas)) {
    if (!reached.has(name)) delete schemas[name];
  }
}
