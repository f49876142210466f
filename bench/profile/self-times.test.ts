import { assert, describe, it } from "vitest";
import { type CallFrame, type CpuProfile, selfTimes } from "./self-times";

const frame = (functionName: string): CallFrame => ({ functionName, url: "", lineNumber: 0, columnNumber: 0 });

// Samples at 1000, 1100, 1400, 1500 and 2000 µs: a(100) b(300) a(100) b(500), the last one's length unknown.
const profile: CpuProfile = {
  nodes: [
    { id: 1, callFrame: frame("a") },
    { id: 2, callFrame: frame("b") },
    { id: 3, callFrame: frame("never sampled") },
  ],
  startTime: 0,
  samples: [1, 2, 1, 2, 1],
  timeDeltas: [1000, 100, 300, 100, 500],
};

const byName = (times: ReturnType<typeof selfTimes>) =>
  Object.fromEntries(times.map(({ callFrame, ms }) => [callFrame.functionName, ms]));

describe("selfTimes", () => {
  it("gives each sample the time until the next one, summed per node", () => {
    assert.deepEqual(byName(selfTimes(profile)), { a: 0.2, b: 0.8 });
  });

  it("counts only the samples taken within the window", () => {
    assert.deepEqual(byName(selfTimes(profile, { from: 1100, to: 1500 })), { a: 0.1, b: 0.3 });
  });
});
