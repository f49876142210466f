import { afterEach, beforeEach, describe, expect, it, vi } from "vitest";
import { whenIdle } from "./when-idle";

beforeEach(() => {
  vi.useFakeTimers();
});

afterEach(() => {
  vi.useRealTimers();
  vi.unstubAllGlobals();
});

describe("whenIdle", () => {
  it("asks the browser for its next idle moment, within the time given", () => {
    const asked: { timeout: number | undefined }[] = [];
    const callbacks: (() => void)[] = [];
    vi.stubGlobal("requestIdleCallback", (callback: () => void, options?: { timeout?: number }) => {
      asked.push({ timeout: options?.timeout });
      return callbacks.push(callback);
    });
    vi.stubGlobal("cancelIdleCallback", () => {});
    const run = vi.fn();
    whenIdle(run, 1_000);
    expect(asked).toEqual([{ timeout: 1_000 }]);
    expect(run).not.toHaveBeenCalled();
    callbacks[0]?.();
    expect(run).toHaveBeenCalledOnce();
  });

  it("cancels the idle callback it asked for", () => {
    const cancelled: number[] = [];
    vi.stubGlobal("requestIdleCallback", () => 7);
    vi.stubGlobal("cancelIdleCallback", (handle: number) => cancelled.push(handle));
    whenIdle(() => {}, 1_000)();
    expect(cancelled).toEqual([7]);
  });

  it("without requestIdleCallback (Safari), runs after a short timer, and not once cancelled", () => {
    vi.stubGlobal("requestIdleCallback", undefined);
    const run = vi.fn();
    whenIdle(run, 3_000);
    vi.advanceTimersByTime(199);
    expect(run).not.toHaveBeenCalled();
    vi.advanceTimersByTime(1);
    expect(run).toHaveBeenCalledOnce();

    const cancelled = vi.fn();
    whenIdle(cancelled, 3_000)();
    vi.advanceTimersByTime(10_000);
    expect(cancelled).not.toHaveBeenCalled();
  });
});
