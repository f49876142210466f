import { describe, expect, inject, it } from "vitest";
import { readDocument } from "./support/document";

const baseUrl = inject("appUrl");

describe("the API reference at /docs", () => {
  it("is HTML that loads nothing from another host", async () => {
    const response = await fetch(`${baseUrl}/docs`);
    expect(response.status).toBe(200);
    expect(response.headers.get("content-type")).toMatch(/^text\/html/);
    const html = await response.text();
    expect(html).not.toMatch(/https?:\/\//);
    expect(html).not.toMatch(/\bsrc="\/\//);
    expect(html).toContain('"url": "/openapi.json"');
    expect(html).toContain('"withDefaultFonts": false');
    const scripts = [...html.matchAll(/<script[^>]*\bsrc="([^"]+)"/g)].map((m) => m[1]);
    expect(scripts).toEqual(["/docs/scalar.js"]);
  });

  it("serves Scalar's bundle from the app itself", async () => {
    const response = await fetch(`${baseUrl}/docs/scalar.js`);
    expect(response.status).toBe(200);
    expect(response.headers.get("content-type")).toMatch(/^text\/javascript/);
    expect(await response.text()).toContain("createApiReference");
  });

  it("reads the generated document at /openapi.json", async () => {
    const response = await fetch(`${baseUrl}/openapi.json`);
    expect(response.status).toBe(200);
    expect(response.headers.get("content-type")).toMatch(/^application\/json/);
    expect(await response.json()).toEqual(readDocument());
  });
});
