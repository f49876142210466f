import { randomUUID } from "node:crypto";
import { asc, eq, inArray, type SQL, sql } from "drizzle-orm";
import { describe, expect, it } from "vitest";
import { session, user } from "../../src/schema";
import type { DatabaseContext } from "./use-database";

const ROWS = 40;

/**
 * Counts the reads of a selected SQL field's decoder: the drizzle-orm patch (patches/drizzle-orm@0.45.4.patch,
 * `decodersOf`) finds each field's decoder once per list of selected columns, where Drizzle looked it up again for
 * every row.
 */
function countDecoderReads(field: SQL): { reads: () => number } {
  let reads = 0;
  // Drizzle's own property, which its types keep to itself.
  const decoder: unknown = Reflect.get(field, "decoder");
  Object.defineProperty(field, "decoder", {
    get() {
      reads += 1;
      return decoder;
    },
    configurable: true,
  });
  return { reads: () => reads };
}

/**
 * How Drizzle turns the driver's rows into objects, with the decoder patch: columns (a timestamp into a Date), SQL
 * fields with their own decoders (`mapWith`), aliased ones (`.as`), nested objects, and a left join's table as
 * null when it matched nothing. Here, beside the repository's suites, to share their database per driver.
 */
export function describeRowMapping(ctx: DatabaseContext) {
  describe("row mapping", () => {
    it("decodes every field of many rows, nested and joined, and finds each decoder once per query, not per row", async () => {
      const db = ctx.db();
      const marker = randomUUID();
      const names = Array.from(
        { length: ROWS },
        (_, i) => `${marker} ${String(i).padStart(2, "0")} ${"é".repeat(i % 5)}`,
      );
      const users = await db
        .insert(user)
        .values(names.map((name) => ({ name, email: `${randomUUID()}@example.test` })))
        .returning({ id: user.id, name: user.name });
      // Every third user has a session; the others' left-joined session must come back as null, not as an object of nulls.
      const withSession = users.filter((_, i) => i % 3 === 0);
      await db.insert(session).values(
        withSession.map(({ id }) => ({
          userId: id,
          token: randomUUID(),
          expiresAt: new Date("2030-01-02T03:04:05Z"),
          updatedAt: new Date(),
        })),
      );

      const length = sql<number>`char_length(${user.name})`.mapWith(Number);
      const shout = sql<string>`upper(${user.name})`.mapWith((value: string) => `${value}!`);
      const lengthReads = countDecoderReads(length);
      const shoutReads = countDecoderReads(shout);
      const query = db
        .select({
          id: user.id,
          profile: { name: user.name, length, verified: user.emailVerified },
          shout: shout.as("shout"),
          session: { expiresAt: session.expiresAt, token: session.token },
        })
        .from(user)
        .leftJoin(session, eq(session.userId, user.id))
        .where(
          inArray(
            user.id,
            users.map((u) => u.id),
          ),
        )
        .orderBy(asc(user.name));

      const executions = 2;
      for (let run = 0; run < executions; run++) {
        const rows = await query;
        expect(rows).toHaveLength(ROWS);
        rows.forEach((row, i) => {
          const name = names[i] as string;
          const joined = withSession.some((u) => u.id === row.id);
          expect(row).toEqual({
            id: users.find((u) => u.name === name)?.id,
            profile: { name, length: [...name].length, verified: false },
            shout: `${name.toUpperCase()}!`,
            session: joined ? { expiresAt: new Date("2030-01-02T03:04:05Z"), token: expect.any(String) } : null,
          });
        });
      }
      // Without the patch: one read per row and execution (ROWS × executions).
      expect({ length: lengthReads.reads(), shout: shoutReads.reads() }).toEqual({
        length: executions,
        shout: executions,
      });
    });

    it("keeps each query's decoders apart when two selects of the same table list their fields differently", async () => {
      const db = ctx.db();
      const name = `${randomUUID()} mapping`;
      const [created] = await db
        .insert(user)
        .values({ name, email: `${randomUUID()}@example.test` })
        .returning({ id: user.id });
      const id = created?.id as string;
      const first = await db
        .select({ a: user.createdAt, b: sql<number>`1`.mapWith(Number), c: user.name })
        .from(user)
        .where(eq(user.id, id));
      const second = await db
        .select({ a: user.name, b: sql<string>`'x'`.mapWith(String), c: user.createdAt })
        .from(user)
        .where(eq(user.id, id));
      expect(first).toEqual([{ a: expect.any(Date), b: 1, c: name }]);
      expect(second).toEqual([{ a: name, b: "x", c: expect.any(Date) }]);
    });
  });
}
