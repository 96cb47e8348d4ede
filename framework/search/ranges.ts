/**
 * Highlight ranges: [start, end) character offsets into a displayed value,
 * end EXCLUSIVE, so the highlighted text is `value.slice(start, end)`. The
 * engine produces them this way and the panel consumes them this way.
 */
export type Range = readonly [start: number, end: number];

/**
 * Sorts ranges, clamps them to a text of `length` characters, drops empty
 * ones and merges those that overlap or touch. `joins(gapStart, gapEnd)`,
 * if given, also merges neighbours whose gap it accepts (the engine joins
 * words separated only by spaces or hyphens into one highlight).
 */
export function mergeRanges(
  ranges: readonly Range[],
  length: number,
  joins: (gapStart: number, gapEnd: number) => boolean = () => false,
): Range[] {
  const sorted = ranges
    .map(([start, end]): Range => [Math.max(0, start), Math.min(length, end)])
    .filter(([start, end]) => end > start)
    .sort((a, b) => a[0] - b[0]);
  const merged: [number, number][] = [];
  for (const [start, end] of sorted) {
    const last = merged.at(-1);
    if (last && (start <= last[1] || joins(last[1], start))) last[1] = Math.max(last[1], end);
    else merged.push([start, end]);
  }
  return merged;
}
