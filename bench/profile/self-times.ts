/** The parts of V8's `.cpuprofile` (`node --cpu-prof`) that self time needs. */
export interface CallFrame {
  functionName: string;
  url: string;
  /** 0-based, where the function starts in its script. */
  lineNumber: number;
  columnNumber: number;
}

export interface CpuProfile {
  nodes: { id: number; callFrame: CallFrame }[];
  /** Microseconds on the monotonic clock (CLOCK_MONOTONIC on Linux: `process.hrtime` reads the same one). */
  startTime: number;
  samples: number[];
  /** Microseconds before each sample since the one before it (the first since `startTime`). */
  timeDeltas: number[];
}

/** A span of the monotonic clock in microseconds, as `process.hrtime.bigint() / 1000n` reads it. */
export interface Window {
  from: number;
  to: number;
}

/**
 * Each node's self time in ms: a sample stands for the time until the next one (as Chrome's DevTools counts it),
 * so a node's time is the sum over its samples, not its hit count times a nominal interval. With `window`, only
 * the samples taken within it count: a load run's, without the start-up and warm-up around it.
 */
export function selfTimes(profile: CpuProfile, window?: Window): { callFrame: CallFrame; ms: number }[] {
  const microseconds = new Map<number, number>();
  let at = profile.startTime;
  for (let i = 0; i < profile.samples.length - 1; i++) {
    at += profile.timeDeltas[i] ?? 0;
    if (window && (at < window.from || at >= window.to)) continue;
    const id = profile.samples[i] as number;
    microseconds.set(id, (microseconds.get(id) ?? 0) + (profile.timeDeltas[i + 1] ?? 0));
  }
  return profile.nodes
    .filter((node) => microseconds.has(node.id))
    .map((node) => ({ callFrame: node.callFrame, ms: (microseconds.get(node.id) as number) / 1000 }));
}
