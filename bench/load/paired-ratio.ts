import { median } from "../support/median";

/**
 * The median over rounds of one figure's ratio within each round (app ÷ bare of the same round). The two
 * runs of a round are next to each other in time and see the same machine; a ratio of medians taken
 * separately can pair the app's run of a quiet minute with the bare handler's of a busy one.
 */
export function pairedRatio(numerators: number[], denominators: number[]): number {
  if (numerators.length !== denominators.length || numerators.length === 0)
    throw new Error(`paired ratio of ${numerators.length} and ${denominators.length} runs`);
  return median(numerators.map((value, index) => value / (denominators[index] as number)));
}
