import { signUpWithToken } from "@todo/test-support/accounts";
import { config } from "../config";
import { round, type ScaleResults } from "../report/results";
import { sqlClient } from "../support/sql";
import { COUNTED, measureCounts, measureScale } from "./measure-scale";
import { seedScale } from "./seed-scale";

/**
 * One user with 100,000 of 1,000,000 tasks, then list latency through the app's HTTP API: what a
 * client sees, the JSON of 50 tasks included; each list also with `Prefer: count=exact`, its COUNT added.
 */
export async function scalePhase(appUrl: string, databaseUrl: string, timings: Record<string, number>) {
  const { users, rows, bigUserRows, deepPages, samples } = config.scale;
  const user = await signUpWithToken(appUrl);
  const client = sqlClient(databaseUrl);
  try {
    let start = performance.now();
    const { parentId } = await seedScale(client, user.userId, { rows, bigUserRows, users });
    timings.scale_seed = round((performance.now() - start) / 1000, 1);
    console.log(`scale: seeded ${rows} tasks in ${timings.scale_seed} s`);
    start = performance.now();
    const { medians, total } = await measureScale(appUrl, user, { samples, deepPage: deepPages, parentId });
    const count = await measureCounts(client, user.userId, samples);
    timings.scale_measure = round((performance.now() - start) / 1000, 1);
    const ms = (name: string) => round(medians.get(name) ?? Number.NaN);
    const page1 = ms("page 1");
    // The target is about what a client gets by default: no count (it asks with Prefer: count=exact).
    const defaults = [...medians].filter(([name]) => !name.endsWith(COUNTED));
    const [worstShape, worst] = defaults.reduce((a, b) => (b[1] > a[1] ? b : a));
    const results: ScaleResults = {
      page1_ms: page1,
      deep_page_ms: ms(`page ${deepPages}, sort=created`),
      search_ms: ms("search"),
      tag_ms: ms("tag"),
      worst_ratio: round(worst / page1),
      worst_shape: worstShape,
      shapes_ms: Object.fromEntries([...medians].map(([name, value]) => [name, round(value)])),
      count: Object.fromEntries(
        Object.entries(count).map(([name, value]) => [name, { ...value, ms: round(value.ms) }]),
      ),
      rows,
      user_rows: bigUserRows,
      x_total_count: total,
    };
    return results;
  } finally {
    await client.end();
  }
}
