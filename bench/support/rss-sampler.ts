import { readFileSync } from "node:fs";

function statusKb(pid: number, field: "VmRSS" | "VmHWM"): number {
  const match = readFileSync(`/proc/${pid}/status`, "utf8").match(new RegExp(`^${field}:\\s+(\\d+) kB`, "m"));
  if (!match?.[1]) throw new Error(`/proc/${pid}/status has no ${field}`);
  return Number(match[1]);
}

/**
 * Samples a process's resident set (VmRSS) while it is on; `peakMb` is the largest sample, `samplesMb`
 * every one taken, in order.
 */
export function rssSampler(pid: number, intervalMs = 200) {
  let peakKb = statusKb(pid, "VmRSS");
  const samplesKb: number[] = [];
  let timer: NodeJS.Timeout | undefined;
  // A sample that failed on the timer (the process gone) is thrown by stop(), where the run can handle it.
  let failure: unknown;
  const sample = () => {
    samplesKb.push(statusKb(pid, "VmRSS"));
    peakKb = Math.max(peakKb, samplesKb.at(-1) ?? 0);
  };
  const stop = () => {
    clearInterval(timer);
    timer = undefined;
  };
  return {
    start() {
      timer ??= setInterval(() => {
        try {
          sample();
        } catch (error) {
          failure ??= error;
          stop();
        }
      }, intervalMs);
    },
    stop() {
      stop();
      if (failure) throw new Error(`pid ${pid} is gone: the server it sampled exited`, { cause: failure });
      sample();
    },
    peakMb: () => Math.round(peakKb / 1024),
    samplesMb: () => samplesKb.map((kb) => kb / 1024),
    /** The kernel's own high-water mark over the process's life, start-up included. */
    lifetimePeakMb: () => Math.round(statusKb(pid, "VmHWM") / 1024),
  };
}
