import { describe, expect, it } from "vitest";
import { READ_ATTEMPTS, readAfterWrites } from "./read-after-writes";

/** A read whose answer is its own number, during which `landed(n)` writes land. */
function reads(landed: (n: number) => number) {
  let writes = 0;
  let sent = 0;
  const read = async () => {
    sent++;
    writes += landed(sent);
    return sent;
  };
  return { read, writes: () => writes, sent: () => sent };
}

describe("readAfterWrites", () => {
  it("sends a read once when no write lands meanwhile", async () => {
    const r = reads(() => 0);
    expect(await readAfterWrites(r.read, r.writes)).toBe(1);
    expect(r.sent()).toBe(1);
  });

  it("sends it again while writes land during it, and answers with the first read that saw none", async () => {
    const r = reads((n) => (n <= 2 ? 1 : 0));
    expect(await readAfterWrites(r.read, r.writes)).toBe(3);
    expect(r.sent()).toBe(3);
  });

  it(`stops after ${READ_ATTEMPTS} reads when writes never stop, with the last answer`, async () => {
    const r = reads(() => 1);
    expect(await readAfterWrites(r.read, r.writes)).toBe(READ_ATTEMPTS);
    expect(r.sent()).toBe(READ_ATTEMPTS);
  });

  it("counts writes that landed before the read was sent as already seen", async () => {
    const r = reads(() => 0);
    await r.read();
    const before = r.sent();
    expect(await readAfterWrites(r.read, () => 7)).toBe(before + 1);
  });

  it("passes a failed read's rejection on without sending it again", async () => {
    let sent = 0;
    const failing = async () => {
      sent++;
      throw new Error("network down");
    };
    await expect(readAfterWrites(failing, () => 0)).rejects.toThrow("network down");
    expect(sent).toBe(1);
  });
});
