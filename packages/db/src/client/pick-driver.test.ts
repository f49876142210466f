import { describe, expect, it } from "vitest";
import { pickDriver } from "./pick-driver";

describe("pickDriver", () => {
  it.each([
    "postgres://user:secret@ep-cool-rain-123456.eu-central-1.aws.neon.tech/todo?sslmode=require",
    "postgresql://user@ep-cool-rain-123456-pooler.us-east-2.aws.neon.tech:5432/todo",
    "postgres://user@neon.tech/todo",
    // Scheme and host are case-insensitive (RFC 3986).
    "POSTGRES://user@EP-Cool-Rain-123456.EU-Central-1.AWS.Neon.Tech/todo",
  ])("picks the Neon driver for a Neon host: %s", (url) => {
    expect(pickDriver(url)).toBe("neon");
  });

  it.each([
    "postgres://postgres@127.0.0.1:5432/todo",
    "postgresql://app:secret@db.internal/todo",
    "postgres://user@notneon.tech/todo",
    "postgres://user@neon.tech.example.com/todo",
  ])("picks node-postgres for any other PostgreSQL host: %s", (url) => {
    expect(pickDriver(url)).toBe("node-postgres");
  });

  it.each([
    ["mysql://root@127.0.0.1/todo", "DATABASE_URL must be a postgres:// URL, not mysql://…"],
    ["https://ep-cool-rain-123456.neon.tech/sql", "DATABASE_URL must be a postgres:// URL, not https://…"],
  ])("refuses a URL that is not postgres:// with a clear error: %s", (url, message) => {
    expect(() => pickDriver(url)).toThrowError(new Error(message));
  });

  it("refuses a host:port without a scheme rather than guessing", () => {
    expect(() => pickDriver("localhost:5432/todo")).toThrowError(
      new Error("DATABASE_URL must be a postgres:// URL, not localhost://…"),
    );
  });
});
