/**
 * Asks again every 200 ms, for at most 10 s, while the answer is 200: what a revocation takes to reach an instance
 * (it reads them every 2 s, decision 026). The first answer that is not 200, or the last one asked.
 */
export async function untilRefused<T extends { status: number }>(ask: () => Promise<T>): Promise<T> {
  let answer = await ask();
  for (const deadline = Date.now() + 10_000; answer.status === 200 && Date.now() < deadline; ) {
    await new Promise((resolve) => setTimeout(resolve, 200));
    answer = await ask();
  }
  return answer;
}
