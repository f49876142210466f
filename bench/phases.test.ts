import { assert, describe, it } from "vitest";
import { selectPhases } from "./phases";

describe("selectPhases", () => {
  it("runs every phase when none is named", () => {
    assert.deepEqual([...selectPhases([])], ["api", "lighthouse", "live"]);
    assert.deepEqual([...selectPhases(["--"])], ["api", "lighthouse", "live"]);
  });

  it("runs only the phases named", () => {
    assert.deepEqual([...selectPhases(["lighthouse"])], ["lighthouse"]);
    assert.deepEqual([...selectPhases(["--", "api"])], ["api"]);
    assert.deepEqual([...selectPhases(["live", "lighthouse"])], ["live", "lighthouse"]);
  });

  it("refuses a phase it does not know, naming the ones it does", () => {
    assert.throws(
      () => selectPhases(["lighthouse", "speed"]),
      /unknown phase speed; the phases are api \(.*\), lighthouse \(.*\), live/,
    );
  });
});
