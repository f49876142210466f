import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { unreservedDecoded } from "./normalized-path";

const UNRESERVED = /^[A-Za-z0-9\-_~]$/;
const percentEscape = (char: string, upper: boolean) => {
  const hex = char.charCodeAt(0).toString(16).padStart(2, "0");
  return `%${upper ? hex.toUpperCase() : hex}`;
};

describe("unreservedDecoded", () => {
  it("writes each escaped letter, digit, '-', '_' and '~' as itself, in either case of hex", () => {
    expect(unreservedDecoded("/api/u/t%61sks")).toBe("/api/u/tasks");
    expect(unreservedDecoded("/%41%5a%61%7A%30%39%2D%5F%7e")).toBe("/AZaz09-_~");
  });

  it("leaves every other escape as sent, '.' and '/' among them, and says null when nothing changes", () => {
    expect(unreservedDecoded("/api/u/tasks/%2E%2E/%2F%25%20%C3%A9")).toBeNull();
    expect(unreservedDecoded("/api/u/tasks")).toBeNull();
    expect(unreservedDecoded("/a%2E%62")).toBe("/a%2Eb");
  });

  it("decodes exactly the unreserved escapes of any byte, whatever else the path holds", () => {
    fc.assert(
      fc.property(
        fc.array(
          fc.oneof(
            fc.string({ maxLength: 3 }).map(encodeURIComponent),
            fc
              .tuple(fc.integer({ min: 0, max: 255 }), fc.boolean())
              .map(([byte, upper]) => percentEscape(String.fromCharCode(byte), upper)),
          ),
        ),
        (parts) => {
          const path = `/${parts.join("")}`;
          const expected = path.replace(/%[0-9A-Fa-f]{2}/g, (hex) => {
            const char = String.fromCharCode(Number.parseInt(hex.slice(1), 16));
            return UNRESERVED.test(char) ? char : hex;
          });
          expect(unreservedDecoded(path) ?? path).toBe(expected);
        },
      ),
    );
  });
});
