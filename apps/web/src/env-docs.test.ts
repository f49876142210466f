import { readFileSync } from "node:fs";
import path from "node:path";
import { expect, it } from "vitest";
import { parseEnv } from "./env";

const ROOT = path.resolve(import.meta.dirname, "../../..");
// What the app reads from the environment: every key parseEnv gives, but those it derives from the others.
const DERIVED = new Set(["LOOPBACK_ORIGINS"]);
const READ = Object.keys(parseEnv({})).filter((name) => !DERIVED.has(name));

it("documents every variable it reads in README's Configuration table and in .env.example", () => {
  const readme = readFileSync(path.join(ROOT, "README.md"), "utf8");
  const configuration = readme.slice(readme.indexOf("## Configuration"), readme.indexOf("## Using it"));
  const tableRows = configuration.split("\n").filter((line) => line.startsWith("| `"));
  const example = readFileSync(path.join(ROOT, ".env.example"), "utf8");
  expect(READ.filter((name) => !tableRows.some((row) => row.includes(`\`${name}\``)))).toEqual([]);
  expect(READ.filter((name) => !new RegExp(`^# ${name}=`, "m").test(example))).toEqual([]);
});
