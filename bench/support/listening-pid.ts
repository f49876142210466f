import { readdirSync, readFileSync, readlinkSync } from "node:fs";

function listeningInode(port: number): string | undefined {
  const hexPort = port.toString(16).toUpperCase().padStart(4, "0");
  for (const file of ["/proc/net/tcp", "/proc/net/tcp6"]) {
    const lines = readFileSync(file, "utf8").trim().split("\n").slice(1);
    for (const line of lines) {
      const [, local, , state, , , , , , inode] = line.trim().split(/\s+/);
      // 0A is TCP_LISTEN.
      if (state === "0A" && local?.endsWith(`:${hexPort}`)) return inode;
    }
  }
  return undefined;
}

/**
 * The process listening on a TCP port, found through /proc: `next start` forks `next-server`, and
 * that child, not the process we spawned, is the one serving requests.
 */
export function listeningPid(port: number): number {
  const inode = listeningInode(port);
  if (!inode) throw new Error(`Nothing listens on port ${port}`);
  const socket = `socket:[${inode}]`;
  for (const pid of readdirSync("/proc").filter((name) => /^\d+$/.test(name))) {
    let fds: string[];
    try {
      fds = readdirSync(`/proc/${pid}/fd`);
    } catch {
      continue;
    }
    for (const fd of fds) {
      try {
        if (readlinkSync(`/proc/${pid}/fd/${fd}`) === socket) return Number(pid);
      } catch {}
    }
  }
  throw new Error(`No process owns the socket listening on port ${port}`);
}

/** A process's command line, for the report. */
export function commandLine(pid: number): string {
  return readFileSync(`/proc/${pid}/cmdline`, "utf8").split("\0").join(" ").trim();
}
