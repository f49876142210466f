import { caseKey } from "@todo/contracts";
import { sql } from "drizzle-orm";
import { describe, expect, it } from "vitest";
import { textKey } from "../../src/schema/text-key";
import { queryRows } from "../query-rows";
import type { DatabaseContext } from "./use-database";

// Where Node's ICU (Unicode 16) and a database's towlower() part: case pairs newer than the database's Unicode
// tables (Unicode 16 for Debian 12's glibc; 14 and 16 for PGlite's libc), and the circled letters Ⓐ–Ⓩ, which
// PGlite's libc does not lower. Nowhere else.
const NEWER_THAN_THE_DATABASE = [
  [0x1c89, 0x1c89],
  [0x24b6, 0x24cf],
  [0x2c2f, 0x2c2f],
  [0xa7c0, 0xa7dc],
  [0xa7f5, 0xa7f5],
  [0x10570, 0x10595],
  [0x10d50, 0x10d65],
  [0x16ea0, 0x16eb8],
];
const newer = (cp: number) => NEWER_THAN_THE_DATABASE.some(([from = 0, to = 0]) => cp >= from && cp <= to);

const isSurrogate = (cp: number) => cp >= 0xd800 && cp <= 0xdfff;

export function describeCaseKeys({ db }: DatabaseContext): void {
  describe("case keys (tags, list names)", () => {
    it("keys every code point as the database's textKey does, but for letters its Unicode tables lack", async () => {
      const lowered = await queryRows<{ cp: number; lower: string }>(
        db(),
        sql`select cp, ${textKey(sql`chr(cp)`)} as lower from generate_series(1, 1114111) cp
            where cp not between 55296 and 57343 and ${textKey(sql`chr(cp)`)} <> chr(cp)`,
      );
      const byDatabase = new Map(lowered.map((row) => [row.cp, row.lower]));
      const disagree: string[] = [];
      for (let cp = 1; cp <= 0x10ffff; cp++) {
        if (isSurrogate(cp) || newer(cp)) continue;
        const char = String.fromCodePoint(cp);
        if (caseKey(char) !== (byDatabase.get(cp) ?? char)) disagree.push(cp.toString(16));
      }
      expect({ lowered: byDatabase.size > 1000, disagree }).toEqual({ lowered: true, disagree: [] });
    });

    it.each([
      ["Ärger", "ärger"],
      ["ΣΑΣ", "σας"],
      ["İstanbul", "istanbul"],
      ["Café", "Cafe\u0301"],
      ["\u212bngström", "A\u030angstrom"],
    ])("keys %j and %j as the database does", async (a, b) => {
      const [row] = await queryRows<{ a: string; b: string }>(
        db(),
        sql`select ${textKey(sql`${a}::text`)} as a, ${textKey(sql`${b}::text`)} as b`,
      );
      expect([caseKey(a), caseKey(b)]).toEqual([row?.a, row?.b]);
    });

    it("keys texts that differ only in how their accents were typed alike, in the database and here", async () => {
      const [row] = await queryRows<{ same: boolean }>(
        db(),
        sql`select ${textKey(sql`${"CAFÉ"}::text`)} = ${textKey(sql`${"cafe\u0301"}::text`)} as same`,
      );
      expect([row?.same, caseKey("CAFÉ") === caseKey("cafe\u0301")]).toEqual([true, true]);
    });
  });
}
