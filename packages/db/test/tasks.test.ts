import { sql } from "drizzle-orm";
import { describe, expect, it } from "vitest";
import { queryRows } from "./query-rows";
import { describeAttempts } from "./repository/attempts-suite";
import { describeCaseKeys } from "./repository/case-key-suite";
import { describeChangeLog } from "./repository/change-log-suite";
import { describeDeltaReplayProperty } from "./repository/delta-replay-property-suite";
import { describeListFilters } from "./repository/list-filter-suite";
import { describeListSort } from "./repository/list-sort-suite";
import { describeLists } from "./repository/lists-suite";
import { describeMoveProperty } from "./repository/move-property-suite";
import { describePaginationProperty } from "./repository/pagination-property-suite";
import { describePagination } from "./repository/pagination-suite";
import { describePreconditions } from "./repository/precondition-suite";
import { describeReplace } from "./repository/replace-suite";
import { describeRespacing } from "./repository/respacing-suite";
import { describeRowMapping } from "./repository/row-mapping-suite";
import { describeTasksInLists } from "./repository/task-lists-suite";
import { describeTransactions } from "./repository/transaction-suite";
import { describeUpdatedAt } from "./repository/updated-at-suite";
import { useDatabase } from "./repository/use-database";
import { describeWrites } from "./repository/writes-suite";
import { testDrivers } from "./test-drivers";

// One database per driver for the whole suite: PGlite's first open costs seconds and ~1 GB.
describe.each(testDrivers.map((driver) => [driver.name, driver] as const))("task repository on %s", (name, driver) => {
  const ctx = useDatabase(driver);

  it(`runs on the ${name} driver${name === "neon" ? ", through the WebSocket proxy" : ""}`, async () => {
    const { handle, proxiedConnections } = ctx.opened();
    const rows = await queryRows(handle.db, sql`select 1 + 1 as two`);
    expect({ driver: handle.driver, rows, proxied: proxiedConnections() > 0 }).toEqual({
      driver: name,
      rows: [{ two: 2 }],
      proxied: name === "neon",
    });
  });

  describeWrites(ctx);
  describeReplace(ctx);
  describeRespacing(ctx);
  describeUpdatedAt(ctx);
  describePreconditions(ctx);
  describeListFilters(ctx);
  describeCaseKeys(ctx);
  describeListSort(ctx);
  describePagination(ctx);
  describePaginationProperty(ctx);
  describeTransactions(ctx);
  describeAttempts(ctx);
  describeLists(ctx);
  describeTasksInLists(ctx);
  describeMoveProperty(ctx);
  describeChangeLog(ctx);
  describeDeltaReplayProperty(ctx);
  describeRowMapping(ctx);
});
