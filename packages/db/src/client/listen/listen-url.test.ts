import { describe, expect, it } from "vitest";
import { listenUrlFor } from "./listen-url";

describe("listenUrlFor", () => {
  const pooled = "postgres://app:secret@ep-cool-rain-123456-pooler.eu-central-1.aws.neon.tech/todo?sslmode=require";
  const direct = "postgres://app:secret@ep-cool-rain-123456.eu-central-1.aws.neon.tech/todo?sslmode=require";

  it("listens on the database's own URL when it is a direct one", () => {
    expect(listenUrlFor(direct, {})).toBe(direct);
    expect(listenUrlFor("postgres://postgres@127.0.0.1:5432/todo", {})).toBe("postgres://postgres@127.0.0.1:5432/todo");
  });

  it("cannot listen through Neon's pooler (PgBouncer in transaction mode): null, so the app polls", () => {
    expect(listenUrlFor(pooled, {})).toBeNull();
    expect(listenUrlFor(pooled.replace("ep-cool-rain-123456-pooler", "EP-Cool-Rain-123456-POOLER"), {})).toBeNull();
  });

  it("listens on the unpooled URL when one is given, whatever the main one", () => {
    expect(listenUrlFor(pooled, { listenUrl: direct })).toBe(direct);
  });

  it("never listens when told not to, even with an unpooled URL", () => {
    expect(listenUrlFor(direct, { listen: false, listenUrl: direct })).toBeNull();
  });
});
