import { createRequire } from "node:module";

/** The few node-postgres calls the benchmark makes. */
export interface SqlClient {
  query<R = Record<string, unknown>>(text: string, params?: unknown[]): Promise<{ rows: R[] }>;
  end(): Promise<void>;
}

// bench/ is no workspace package: borrow node-postgres from the db package, which depends on it.
const requireFromDb = createRequire(new URL("../../packages/db/package.json", import.meta.url));

/** One connection (so that session settings hold) to the benchmark's database. */
export function sqlClient(url: string): SqlClient {
  const { Pool } = requireFromDb("pg") as { Pool: new (options: object) => SqlClient };
  return new Pool({ connectionString: url, max: 1 });
}
