// Rounds a score or weight to three decimals, the precision every edge weight and ranking score
// in the graph is stored and shown with (so saved documents stay small and diffs stay stable).
// NOTE: 0.38416 → 0.384; 0.0004 → 0.
export function roundScore(x: number): number {
  return Math.round(x * 1000) / 1000;
}
