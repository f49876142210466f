import { mkdtempSync, writeFileSync } from "node:fs";
import os from "node:os";
import path from "node:path";
import { pathToFileURL } from "node:url";
import { assert, describe, it } from "vitest";
import { packageOf, sourceMapper } from "./source-mapper";

describe("packageOf", () => {
  it("names the package of the last node_modules folder in the path, scoped or not", () => {
    assert.equal(
      packageOf("../../node_modules/.pnpm/drizzle-orm@0.45.0_pg@8/node_modules/drizzle-orm/pg-core/dialect.js"),
      "drizzle-orm",
    );
    assert.equal(
      packageOf("/r/node_modules/.pnpm/@opentelemetry+api@1/node_modules/@opentelemetry/api/x.js"),
      "@opentelemetry/api",
    );
  });

  it("names the workspace package of a source outside node_modules", () => {
    assert.equal(packageOf("../../../../packages/db/src/tasks/list-tasks.ts"), "@todo/db");
    assert.equal(packageOf("[project]/apps/web/src/server/log.ts"), "@todo/web");
    assert.equal(packageOf("/work/repo/bench/bare-next/server/answer.ts"), "bench/bare-next");
    assert.equal(packageOf("webpack://next/./src/server/base-server.ts"), "next");
  });
});

describe("sourceMapper", () => {
  it("reads a minified function back to its source file, line and text through the map beside it", () => {
    const dir = mkdtempSync(path.join(os.tmpdir(), "source-mapper-"));
    const file = path.join(dir, "chunk.js");
    writeFileSync(file, "function a(){return 1}\n");
    // One segment: generated 0:0 is source 0's line 2 (0-based 1), column 0.
    const map = {
      version: 3,
      sources: ["../../packages/db/src/tasks/list-tasks.ts"],
      sourcesContent: ["// first line\n  export function listTasks(db: Database) {\n"],
      names: [],
      mappings: "AACA",
    };
    writeFileSync(`${file}.map`, JSON.stringify(map));
    const place = sourceMapper()({ functionName: "a", url: pathToFileURL(file).href, lineNumber: 0, columnNumber: 0 });
    assert.deepEqual(place, {
      name: "export function listTasks(db: Database) {",
      where: "packages/db/src/tasks/list-tasks.ts:2",
      pkg: "@todo/db",
    });
  });

  it("keeps V8's own entries and Node.js's internals as they are", () => {
    const mapper = sourceMapper();
    assert.deepEqual(mapper({ functionName: "(garbage collector)", url: "", lineNumber: -1, columnNumber: -1 }), {
      name: "(garbage collector)",
      where: "",
      pkg: "(garbage collector)",
    });
    assert.equal(mapper({ functionName: "emit", url: "node:events", lineNumber: 9, columnNumber: 0 }).pkg, "node");
  });
});
