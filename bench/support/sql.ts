import pg from "pg";

/** The few node-postgres calls the benchmark makes. */
export interface SqlClient {
  query<R = Record<string, unknown>>(text: string, params?: unknown[]): Promise<{ rows: R[] }>;
  end(): Promise<void>;
}

/** One connection (so that session settings hold) to the benchmark's database. */
export function sqlClient(url: string): SqlClient {
  return new pg.Pool({ connectionString: url, max: 1 }) as SqlClient;
}
