import { assert, describe, it } from "vitest";
import { median } from "../support/median";
import { pairedRatio } from "./paired-ratio";

describe("pairedRatio", () => {
  it("is the median of each round's own ratio, not the ratio of the medians", () => {
    // Rounds 1 and 2 give 0.9 (round 2 on a busy machine, both sides alike), round 3 a noisy 1.04. The
    // medians taken apart would pair the app's run of round 3 (250) with the bare handler's (240): 1.04.
    const app = [270, 135, 250];
    const bare = [300, 150, 240];
    assert.closeTo(pairedRatio(app, bare), 0.9, 1e-9);
    assert.closeTo(median(app) / median(bare), 1.04, 0.01);
  });

  it("is unchanged when both sides of a round slow down alike, whatever each round's slowdown", () => {
    const app = [270, 135, 250, 310, 90];
    const bare = [300, 150, 240, 280, 120];
    for (const slowdown of [
      [1, 0.5, 0.8, 0.3, 1],
      [0.1, 1, 1, 0.7, 0.25],
      [0.9, 0.9, 0.2, 1, 0.6],
    ]) {
      const slowed = (values: number[]) => values.map((value, index) => value * (slowdown[index] as number));
      assert.closeTo(pairedRatio(slowed(app), slowed(bare)), pairedRatio(app, bare), 1e-9);
    }
  });

  it("refuses runs that do not pair up", () => {
    assert.throws(() => pairedRatio([1, 2], [1]), /paired ratio of 2 and 1 runs/);
    assert.throws(() => pairedRatio([], []), /paired ratio of 0 and 0 runs/);
  });
});
