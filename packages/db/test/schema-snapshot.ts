import { sql } from "drizzle-orm";
import type { Database } from "../src/client";
import { queryRows } from "./query-rows";

/** Everything the migrations create in `public`, by name and definition, never by oid. */
export async function captureSchema(db: Database) {
  const [tables, columns, indexes, constraints, enums, sequences, functions, triggers] = await Promise.all([
    queryRows(
      db,
      sql`select table_name, table_type from information_schema.tables where table_schema = 'public' order by 1`,
    ),
    queryRows(
      db,
      // A column's place among its table's columns (what `select *` gives), not its number, which counts dropped
      // ones: a rollback that drops a column and adds back the one it replaced gives back the same table.
      sql`select table_name, column_name,
            (row_number() over (partition by table_name order by ordinal_position))::int as ordinal_position,
            data_type, udt_name, column_default, is_nullable, datetime_precision::int, is_identity, identity_generation,
            is_generated, generation_expression
          from information_schema.columns where table_schema = 'public' order by table_name, ordinal_position`,
    ),
    queryRows(db, sql`select tablename, indexname, indexdef from pg_indexes where schemaname = 'public' order by 1, 2`),
    queryRows(
      db,
      sql`select conrelid::regclass::text as table_name, conname, contype::text, pg_get_constraintdef(oid) as definition
          from pg_constraint
          -- PostgreSQL 18 (PGlite) also lists NOT NULL here; columns already say it, as 15 does.
          where connamespace = 'public'::regnamespace and contype <> 'n' order by 1, 2`,
    ),
    queryRows(
      db,
      sql`select t.typname, string_agg(e.enumlabel, ',' order by e.enumsortorder) as labels
          from pg_type t join pg_enum e on e.enumtypid = t.oid
          where t.typnamespace = 'public'::regnamespace group by t.typname order by 1`,
    ),
    queryRows(
      db,
      sql`select sequencename as sequence_name, data_type::text, start_value::text, min_value::text,
            max_value::text, increment_by::text, cache_size::text
          from pg_sequences where schemaname = 'public' order by 1`,
    ),
    // Ours only: an extension's functions come and go with it.
    queryRows(
      db,
      sql`select p.proname, pg_get_function_identity_arguments(p.oid) as arguments, pg_get_functiondef(p.oid) as definition
          from pg_proc p
          where p.pronamespace = 'public'::regnamespace
            and not exists (select from pg_depend d where d.classid = 'pg_proc'::regclass and d.objid = p.oid and d.deptype = 'e')
          order by 1, 2`,
    ),
    // Ours only: a foreign key's own triggers are internal.
    queryRows(
      db,
      sql`select tgrelid::regclass::text as table_name, tgname, pg_get_triggerdef(oid) as definition
          from pg_trigger where not tgisinternal
            and tgrelid in (select oid from pg_class where relnamespace = 'public'::regnamespace)
          order by 1, 2`,
    ),
  ]);
  return { tables, columns, indexes, constraints, enums, sequences, functions, triggers };
}

export type SchemaSnapshot = Awaited<ReturnType<typeof captureSchema>>;

/** What a database holds once every migration is applied, in outline. */
export function outline(schema: SchemaSnapshot) {
  const names = (rows: unknown[], key: string) => rows.map((row) => (row as Record<string, string>)[key]).sort();
  return {
    tables: names(schema.tables, "table_name"),
    indexes: names(schema.indexes, "indexname"),
    constraints: names(schema.constraints, "conname"),
    enums: schema.enums,
    sequences: names(schema.sequences, "sequence_name"),
    functions: names(schema.functions, "proname"),
    triggers: names(schema.triggers, "tgname"),
  };
}
