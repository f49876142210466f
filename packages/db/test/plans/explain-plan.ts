import type pg from "pg";

interface PlanNode {
  "Node Type": string;
  "Parent Relationship"?: string;
  "Relation Name"?: string;
  "Index Name"?: string;
  Filter?: string;
  Plans?: PlanNode[];
}

export interface PlanSummary {
  /** Scans of `task` that read the whole table. */
  seqScans: number;
  /** The indexes the plan reads `task` through, sorted. */
  indexes: string[];
  /** Sort nodes: none when an index gives the order. */
  sorts: number;
  /** Conditions on `task` checked row by row after the index, rather than bounding the index scan. */
  filters: string[];
  /**
   * The indexes read by InitPlans: uncorrelated subqueries run once before the scan, whose value the scan then
   * uses as a constant (its rows and filters are not counted above but in `indexes` and `seqScans`).
   */
  initPlans: string[];
}

function walk(node: PlanNode, summary: PlanSummary, initPlan: boolean): void {
  const once = initPlan || node["Parent Relationship"] === "InitPlan";
  if (node["Node Type"].includes("Seq Scan") && node["Relation Name"] === "task") summary.seqScans++;
  if (node["Index Name"]) summary.indexes.push(node["Index Name"]);
  if (node["Index Name"] && once) summary.initPlans.push(node["Index Name"]);
  if (node["Node Type"].includes("Sort") && !once) summary.sorts++;
  if (node.Filter && node["Relation Name"] === "task" && !once) summary.filters.push(node.Filter);
  for (const child of node.Plans ?? []) walk(child, summary, once);
}

/** What PostgreSQL would do for `query` with these parameters, as the app sends it. */
export async function explainPlan(
  client: pg.Pool | pg.PoolClient,
  query: string,
  params: unknown[],
): Promise<PlanSummary> {
  const result = await client.query<{ "QUERY PLAN": [{ Plan: PlanNode }] }>(`EXPLAIN (FORMAT JSON) ${query}`, params);
  const summary: PlanSummary = { seqScans: 0, indexes: [], sorts: 0, filters: [], initPlans: [] };
  const [root] = result.rows[0]?.["QUERY PLAN"] ?? [];
  if (!root) throw new Error(`EXPLAIN gave no plan for ${query}`);
  walk(root.Plan, summary, false);
  summary.indexes = [...new Set(summary.indexes)].sort();
  return summary;
}
