import { describe, expect, it } from "vitest";
import { z } from "zod";
import { readResponse } from "./read-response";

const Thing = z.object({ n: z.number() });
const problemHeaders = { "Content-Type": "application/problem+json" };

describe("readResponse", () => {
  it("parses a success body with its schema and keeps the ETag", async () => {
    const response = Response.json({ n: 1 }, { headers: { ETag: '"5"' } });
    expect(await readResponse(response, Thing)).toEqual({ ok: true, data: { n: 1 }, etag: '"5"' });
  });

  it("leaves etag out when none was sent, and data undefined for a 204", async () => {
    expect(await readResponse(Response.json({ n: 2 }), Thing)).toEqual({ ok: true, data: { n: 2 } });
    expect(await readResponse(new Response(null, { status: 204 }), null)).toEqual({ ok: true, data: undefined });
  });

  it("throws when a success body breaks the contract", async () => {
    await expect(readResponse(Response.json({ n: "1" }), Thing)).rejects.toThrow(z.ZodError);
  });

  it("answers the server's problem", async () => {
    const problem = { type: "about:blank", title: "Not Found", status: 404, detail: "No such task" };
    const response = new Response(JSON.stringify(problem), { status: 404, headers: problemHeaders });
    expect(await readResponse(response, Thing)).toEqual({ ok: false, problem });
  });

  it("keeps field errors", async () => {
    const errors = [{ path: "title", message: "Title must not be empty" }];
    const problem = { type: "about:blank", title: "Unprocessable Entity", status: 422, errors };
    const response = new Response(JSON.stringify(problem), { status: 422, headers: problemHeaders });
    expect(await readResponse(response, Thing)).toEqual({ ok: false, problem });
  });

  it.each([
    ["an HTML page", "<html>Bad gateway</html>"],
    ["JSON that is not a problem", '{"error":"nope"}'],
    ["no body", null],
  ])("makes a problem from the status when the error body is %s", async (_name, body) => {
    const response = new Response(body, { status: 502, statusText: "Bad Gateway" });
    expect(await readResponse(response, Thing)).toEqual({
      ok: false,
      problem: { type: "about:blank", title: "Bad Gateway", status: 502 },
    });
  });

  it("names the status when there is no status text", async () => {
    expect(await readResponse(new Response("x", { status: 500 }), Thing)).toEqual({
      ok: false,
      problem: { type: "about:blank", title: "HTTP 500", status: 500 },
    });
  });
});
