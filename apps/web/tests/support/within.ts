/**
 * `promise`, or a failure saying what was awaited once `ms` pass without it settling: a test that waits on another
 * process says where it hung, rather than only that its own time ran out.
 */
export async function within<T>(ms: number, what: string | (() => string), promise: Promise<T>): Promise<T> {
  let timer: ReturnType<typeof setTimeout> | undefined;
  const late = new Promise<never>((_, reject) => {
    timer = setTimeout(
      () => reject(new Error(`waited ${ms} ms for ${typeof what === "function" ? what() : what}`)),
      ms,
    );
  });
  try {
    return await Promise.race([promise, late]);
  } finally {
    clearTimeout(timer);
  }
}
