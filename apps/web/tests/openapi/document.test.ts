import { execFile } from "node:child_process";
import { mkdtemp, readFile, rm, writeFile } from "node:fs/promises";
import { tmpdir } from "node:os";
import path from "node:path";
import { promisify } from "node:util";
import { Validator } from "@seriousme/openapi-schema-validator";
import { CHANGES_LIMIT_MAX, LIST_LIMIT_DEFAULT, LIST_LIMIT_MAX, MAX_LIST_ID, MAX_TASK_ID } from "@todo/contracts";
import { describe, expect, it } from "vitest";
import { finishFile } from "../../scripts/openapi/finish-file";
import { type JsonObject, operations } from "../../scripts/openapi/types";
import { WEB_DIR } from "../support/web-dir";
import { DOCUMENT_FILE, readDocument } from "./support/document";
import { createChecker } from "./support/schema-checker";

const doc = readDocument();
const taskOperations = [...operations(doc)].filter((o) => o.path.startsWith("/api/{userId}/"));
const responseCodes = (operation: JsonObject) => Object.keys(operation.responses as JsonObject);

const BODY_ERRORS = ["400", "401", "403", "404", "412", "413", "415", "422", "429", "500", "503"];
// A write that may put the task under a parent full of subtasks.
const PLACING_ERRORS = ["400", "401", "403", "404", "409", "412", "413", "415", "422", "429", "500", "503"];
// What each handler can answer besides success (see src/server/http): a new route states its own here.
const EXPECTED_ERRORS = {
  listTasks: ["400", "401", "403", "404", "429", "500", "503"],
  createTask: ["400", "401", "403", "404", "409", "413", "415", "422", "429", "500", "503"],
  quickAddTask: ["400", "401", "403", "404", "413", "415", "422", "429", "500", "503"],
  getTask: ["401", "403", "404", "429", "500", "503"],
  replaceTask: PLACING_ERRORS,
  updateTask: PLACING_ERRORS,
  completeTask: BODY_ERRORS,
  moveTask: BODY_ERRORS,
  deleteTask: ["401", "403", "404", "412", "429", "500", "503"],
  listLists: ["401", "403", "429", "500", "503"],
  createList: ["400", "401", "403", "409", "413", "415", "422", "429", "500", "503"],
  getList: ["401", "403", "404", "429", "500", "503"],
  updateList: ["400", "401", "403", "404", "409", "413", "415", "422", "429", "500", "503"],
  deleteList: ["401", "403", "404", "409", "429", "500", "503"],
  listAccessTokens: ["401", "403", "429", "500", "503"],
  createAccessToken: ["400", "401", "403", "413", "415", "422", "429", "500", "503"],
  revokeAccessToken: ["401", "403", "404", "429", "500", "503"],
  exchangeAccessToken: ["401", "500", "503"],
  exportAccount: ["401", "403", "429", "500", "503"],
  importAccount: ["400", "401", "403", "413", "415", "422", "429", "500", "503"],
  moveList: ["400", "401", "403", "404", "409", "413", "415", "422", "429", "500", "503"],
  listCompletions: ["400", "401", "403", "404", "429", "500", "503"],
  undoCompletion: ["401", "403", "404", "409", "412", "429", "500", "503"],
  getSettings: ["401", "403", "429", "500", "503"],
  updateSettings: ["400", "401", "403", "412", "413", "415", "422", "429", "500", "503"],
  listChanges: ["400", "401", "403", "410", "429", "500", "503"],
  streamChanges: ["400", "401", "403", "410", "429", "500", "503"],
  listPushSubscriptions: ["401", "403", "429", "500", "503"],
  addPushSubscription: ["400", "401", "403", "413", "415", "422", "429", "500", "503"],
  removePushSubscription: ["400", "401", "403", "404", "413", "415", "422", "429", "500", "503"],
  testPushSubscription: ["400", "401", "403", "404", "413", "415", "422", "429", "500", "502", "503"],
  getPushPublicKey: ["500"],
  runReminderPass: ["401", "404", "500", "503"],
  runReminderPassGet: ["401", "404", "500", "503"],
  getLiveness: [],
  getReadiness: ["503"],
  getMetrics: ["401", "404"],
};

describe("public/openapi.json", () => {
  it("is a valid OpenAPI 3.1 document", async () => {
    const validator = new Validator();
    const result = await validator.validate(structuredClone(doc));
    expect(result.errors).toBeUndefined();
    expect(result.valid).toBe(true);
    expect(validator.version).toBe("3.1");
  });

  it("has schemas that compile as strict JSON Schema 2020-12", () => {
    const check = createChecker(doc);
    for (const name of Object.keys(doc.components?.schemas ?? {})) {
      expect(() => check({ $ref: `#/components/schemas/${name}` }, null), name).not.toThrow();
    }
  });

  it("is exactly what the generator and the finishing step produce from the current source", async () => {
    const dir = await mkdtemp(path.join(tmpdir(), "openapi-"));
    try {
      const config = JSON.parse(await readFile(path.join(WEB_DIR, "openapi-gen.config.json"), "utf8"));
      await writeFile(path.join(dir, "config.json"), JSON.stringify({ ...config, outputDir: dir }));
      await promisify(execFile)(
        path.join(WEB_DIR, "node_modules/.bin/openapi-gen"),
        ["generate", "--config", path.join(dir, "config.json"), "--fail-on", "warning"],
        { cwd: WEB_DIR, env: { ...process.env, OPENAPI_GEN_CACHE: "0" } },
      );
      await finishFile(path.join(dir, "openapi.json"));
      expect(await readFile(path.join(dir, "openapi.json"), "utf8")).toBe(await readFile(DOCUMENT_FILE, "utf8"));
    } finally {
      await rm(dir, { recursive: true, force: true });
    }
  }, 60_000);

  it("gives paths as the app serves them, under a same-origin server", () => {
    expect(doc.servers).toEqual([{ url: "/", description: expect.any(String) }]);
    expect(Object.keys(doc.paths ?? {}).every((p) => p.startsWith("/api/"))).toBe(true);
  });

  it("declares the bearer JWT scheme and requires it on every task operation", () => {
    expect(doc.components?.securitySchemes).toMatchObject({
      bearer: { type: "http", scheme: "bearer", bearerFormat: "JWT" },
    });
    expect(taskOperations.map((o) => o.operation.security)).toEqual(taskOperations.map(() => [{ bearer: [] }]));
  });

  it("documents every error each operation can give, as the shared problem+json responses", () => {
    const errors = Object.fromEntries(
      [...operations(doc)].map(({ operation }) => [
        operation.operationId,
        responseCodes(operation).filter((c) => c >= "400"),
      ]),
    );
    expect(errors).toEqual(EXPECTED_ERRORS);
    for (const { operation } of operations(doc)) {
      for (const code of responseCodes(operation).filter((c) => c >= "400")) {
        expect((operation.responses as JsonObject)[code]).toEqual({ $ref: `#/components/responses/${code}` });
      }
    }
    for (const [status, response] of Object.entries(doc.components?.responses as Record<string, JsonObject>)) {
      if (status < "400") continue;
      expect(Object.keys(response.content as JsonObject), status).toEqual(["application/problem+json"]);
    }
  });

  it("documents 304 with If-None-Match on exactly the reads that send an ETag", () => {
    const conditional = [...operations(doc)]
      .filter(({ operation }) => responseCodes(operation).includes("304"))
      .map(({ operation }) => operation.operationId);
    expect(conditional.sort()).toEqual(["getSettings", "getTask"]);
    for (const { operation } of operations(doc)) {
      const names = ((operation.parameters ?? []) as JsonObject[]).map((p) => p.$ref);
      const has304 = responseCodes(operation).includes("304");
      expect(names.includes("#/components/parameters/IfNoneMatch"), String(operation.operationId)).toBe(has304);
    }
    expect((doc.components?.responses as JsonObject | undefined)?.["304"]).not.toHaveProperty("content");
  });

  it("states the page size the contract enforces (the generator drops template-literal descriptions)", () => {
    const list = doc.paths?.["/api/{userId}/tasks"]?.get as { parameters: JsonObject[] };
    const limit = list.parameters.find((p) => p.name === "limit");
    expect(limit?.schema).toMatchObject({ type: "integer", minimum: 1, maximum: LIST_LIMIT_MAX });
    expect(limit?.description).toContain(`1–${LIST_LIMIT_MAX}; default ${LIST_LIMIT_DEFAULT}`);
  });

  it("states the largest list and task id the contract takes (PostgreSQL's integer), in bodies and the query", () => {
    const schemas = doc.components?.schemas as JsonObject;
    expect(schemas.ListIdSchema).toMatchObject({ type: "integer", minimum: 1, maximum: MAX_LIST_ID });
    expect(schemas.TaskIdSchema).toMatchObject({ type: "integer", minimum: 1, maximum: MAX_TASK_ID });
    const list = doc.paths?.["/api/{userId}/tasks"]?.get as { parameters: JsonObject[] };
    const listId = list.parameters.find((p) => p.name === "listId");
    expect(listId?.schema).toMatchObject({ type: "integer", minimum: 1, maximum: MAX_LIST_ID });
  });

  it("states the change log's page size the contract enforces", () => {
    const changes = doc.paths?.["/api/{userId}/changes"]?.get as { parameters: JsonObject[] };
    const limit = changes.parameters.find((p) => p.name === "limit");
    expect(limit?.schema).toMatchObject({ type: "integer", minimum: 1, maximum: CHANGES_LIMIT_MAX });
    expect(limit?.description).toContain(`1–${CHANGES_LIMIT_MAX}; default ${CHANGES_LIMIT_MAX}`);
  });

  it("documents the event stream as text/event-stream, taking Last-Event-ID, and no other operation so", () => {
    const streams: string[] = [];
    for (const { method, path, operation } of operations(doc)) {
      const ok = (operation.responses as JsonObject)["200"] as JsonObject | undefined;
      const types = Object.keys((ok?.content as JsonObject | undefined) ?? {});
      const takesLastEventId = JSON.stringify(operation.parameters ?? []).includes(
        "#/components/parameters/LastEventId",
      );
      expect(takesLastEventId, path).toBe(types.includes("text/event-stream"));
      if (takesLastEventId) streams.push(`${method.toUpperCase()} ${path} ${types.join()}`);
    }
    expect(streams).toEqual(["GET /api/{userId}/events text/event-stream"]);
  });

  it("takes If-Match on exactly the operations that can answer 412", () => {
    for (const { operation } of operations(doc)) {
      const takesIfMatch = JSON.stringify(operation.parameters ?? []).includes("#/components/parameters/IfMatch");
      expect(takesIfMatch).toBe(responseCodes(operation).includes("412"));
    }
  });

  it("takes Prefer: count=exact on exactly the operations that answer X-Total-Count", () => {
    const takers: string[] = [];
    for (const { method, path, operation } of operations(doc)) {
      if (JSON.stringify(operation.parameters ?? []).includes("#/components/parameters/PreferCount"))
        takers.push(`${method.toUpperCase()} ${path}`);
    }
    expect(takers).toEqual(["GET /api/{userId}/tasks"]);
    expect(JSON.parse(JSON.stringify(doc)).components.parameters.PreferCount).toMatchObject({
      name: "Prefer",
      in: "header",
      required: false,
    });
  });
});
