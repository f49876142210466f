// The soak's counts: every answer's status per operation, and every failure.
export const SOAK_OPERATIONS = ["list", "get", "create", "update", "replace", "complete", "delete"] as const;
export type SoakOperation = (typeof SOAK_OPERATIONS)[number];

export interface OperationTally {
  requests: number;
  /** Transport errors: refused or reset connections, timeouts. */
  errors: number;
  /** Answers with another status than the operation's own, or a body that is not what was asked for. */
  unexpected: number;
}

export type SoakTally = ReturnType<typeof soakTally>;

const KEPT_MESSAGES = 10;

export function soakTally() {
  const operations = Object.fromEntries(
    SOAK_OPERATIONS.map((operation) => [operation, { requests: 0, errors: 0, unexpected: 0 }]),
  ) as Record<SoakOperation, OperationTally>;
  const statuses: Record<string, number> = {};
  /** The first few failures, for the report: enough to start looking. */
  const failures: string[] = [];
  const keep = (operation: SoakOperation, message: string) => {
    if (failures.length < KEPT_MESSAGES) failures.push(`${operation}: ${message}`);
  };
  return {
    operations,
    statuses,
    failures,
    answered(operation: SoakOperation, status: number) {
      operations[operation].requests++;
      statuses[status] = (statuses[status] ?? 0) + 1;
    },
    error(operation: SoakOperation, message: string) {
      operations[operation].requests++;
      operations[operation].errors++;
      keep(operation, message);
    },
    unexpected(operation: SoakOperation, message: string) {
      operations[operation].unexpected++;
      keep(operation, message);
    },
    total(pick: (tally: OperationTally) => number): number {
      return Object.values(operations).reduce((sum, tally) => sum + pick(tally), 0);
    },
  };
}
