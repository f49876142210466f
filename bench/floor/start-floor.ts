import { spawn } from "node:child_process";
import path from "node:path";

export interface Floor {
  url: string;
  pid: number;
  stop: () => Promise<void>;
}

/** Starts the floor server (bench/floor/server.ts under tsx) beside the app, on the same database. */
export async function startFloor(env: { DATABASE_URL: string; APP_URL: string; PORT: number }): Promise<Floor> {
  const child = spawn(process.execPath, ["--import", "tsx", path.join(import.meta.dirname, "server.ts")], {
    cwd: path.resolve(import.meta.dirname, ".."),
    env: { ...process.env, NODE_ENV: "production", ...env, PORT: String(env.PORT) },
    stdio: ["ignore", "pipe", "inherit"],
  });
  await new Promise<void>((resolve, reject) => {
    child.once("exit", (code) => reject(new Error(`the floor server exited with ${code}`)));
    child.stdout?.on("data", (chunk: Buffer) => {
      if (chunk.toString().includes("floor listening")) resolve();
    });
  });
  return {
    url: `http://127.0.0.1:${env.PORT}`,
    pid: child.pid as number,
    stop: async () => {
      if (child.exitCode !== null) return;
      const exited = new Promise((resolve) => child.once("exit", resolve));
      child.kill("SIGTERM");
      await exited;
    },
  };
}
