import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { HttpError } from "./errors";
import { decodeDeclared } from "./parse";

/**
 * windows-1252's bytes 0x80–0x9F, from the Encoding Standard's index-windows-1252 (written out here as code points,
 * apart from the table the decoder uses): the five it leaves undefined map to the C1 controls of the same number.
 */
const HIGH = [
  0x20ac, 0x81, 0x201a, 0x192, 0x201e, 0x2026, 0x2020, 0x2021, 0x2c6, 0x2030, 0x160, 0x2039, 0x152, 0x8d, 0x17d, 0x8f,
  0x90, 0x2018, 0x2019, 0x201c, 0x201d, 0x2022, 0x2013, 0x2014, 0x2dc, 0x2122, 0x161, 0x203a, 0x153, 0x9d, 0x17e, 0x178,
];

/** What a byte means in windows-1252. */
const windows1252 = (byte: number) =>
  String.fromCodePoint(byte >= 0x80 && byte < 0xa0 ? (HIGH[byte - 0x80] ?? 0) : byte);

/** A byte order mark opening the body says how it is encoded; it is not part of the text. */
const withoutBom = (text: string) => text.replace(/^\ufeff/, "");

const refusal = (bytes: Buffer, contentType: string) => {
  try {
    decodeDeclared(bytes, contentType);
  } catch (error) {
    return error instanceof HttpError ? { status: error.status, detail: error.detail } : error;
  }
  return undefined;
};

describe("decodeDeclared", () => {
  it("reads every byte of windows-1252 as the Encoding Standard maps it, under each of its labels", () => {
    const labels = ["windows-1252", "WINDOWS-1252", "iso-8859-1", "ISO_8859-1", "latin1", "us-ascii", "cp1252"];
    for (const label of labels)
      fc.assert(
        fc.property(fc.uint8Array({ maxLength: 64 }), (bytes) => {
          const expected = Array.from(bytes, windows1252).join("");
          expect(decodeDeclared(Buffer.from(bytes), `text/csv; charset=${label}`)).toBe(expected);
        }),
      );
  });

  it("reads 0x80–0x9F as €, curly quotes and dashes, not as C1 controls", () => {
    const bytes = Buffer.from([0x80, 0x20, 0x93, 0x71, 0x94, 0x20, 0x96, 0x20, 0x85, 0x81]);
    expect(decodeDeclared(bytes, "text/csv; charset=windows-1252")).toBe("€ “q” – …\u0081");
  });

  it("takes the charset in any case, quoted or not, among other parameters", () => {
    const bytes = Buffer.from([0x63, 0x61, 0x66, 0xe9]);
    for (const contentType of [
      "text/csv;charset=ISO-8859-1",
      'text/csv; Charset="iso-8859-1"',
      "TEXT/CSV; header=present; CHARSET=latin1",
    ])
      expect(decodeDeclared(bytes, contentType)).toBe("café");
  });

  it("reads UTF-8 when the type names no charset or names UTF-8, and refuses bytes that are not UTF-8", () => {
    fc.assert(
      fc.property(fc.string({ unit: "grapheme" }), (text) => {
        const bytes = Buffer.from(text, "utf8");
        expect(decodeDeclared(bytes, "text/csv")).toBe(withoutBom(text));
        expect(decodeDeclared(bytes, "text/csv; charset=UTF-8")).toBe(withoutBom(text));
        expect(decodeDeclared(bytes, "text/csv; charset=utf8")).toBe(withoutBom(text));
      }),
    );
    expect(refusal(Buffer.from([0x63, 0x61, 0x66, 0xe9]), "text/csv")).toEqual({
      status: 400,
      detail: "The body is not valid UTF-8",
    });
  });

  it("drops the byte order mark that opens a body, and keeps one further in", () => {
    expect(decodeDeclared(Buffer.from("\ufeffa,\ufeffb", "utf8"), "text/csv")).toBe("a,\ufeffb");
    expect(decodeDeclared(Buffer.from("\ufeffa", "utf16le"), "text/csv; charset=utf-16")).toBe("a");
  });

  it("reads UTF-16 in either byte order, and refuses a lone surrogate or an odd byte", () => {
    fc.assert(
      fc.property(fc.string({ unit: "grapheme" }), (text) => {
        const little = Buffer.from(text, "utf16le");
        expect(decodeDeclared(little, "text/csv; charset=utf-16le")).toBe(withoutBom(text));
        expect(decodeDeclared(little, "text/csv; charset=utf-16")).toBe(withoutBom(text));
        expect(decodeDeclared(Buffer.from(little).swap16(), "text/csv; charset=utf-16be")).toBe(withoutBom(text));
      }),
    );
    expect(refusal(Buffer.from("a\ud800b", "utf16le"), "text/csv; charset=utf-16le")).toEqual({
      status: 400,
      detail: "The body is not valid utf-16le",
    });
    expect(refusal(Buffer.from([0x61, 0x00, 0x62]), "text/csv; charset=utf-16le")).toMatchObject({ status: 400 });
  });

  it("refuses with 415 a charset it does not know, naming it", () => {
    for (const charset of ["klingon", "utf-7", "x-user-defined-nope", ""])
      expect(refusal(Buffer.from("a"), `text/csv; charset=${charset}`)).toEqual({
        status: 415,
        detail: `The charset "${charset}" is not one this server reads: send UTF-8`,
      });
  });
});
