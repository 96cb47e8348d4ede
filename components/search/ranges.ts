/** Splitting a displayed text by its highlight ranges ([start, end), see framework/search/ranges.ts). */
import { mergeRanges, type Range } from '../../framework/search';

interface TextPiece {
  text: string;
  marked: boolean;
}

/** Splits text into marked and unmarked pieces, in order. */
export function splitByRanges(text: string, ranges: readonly Range[]): TextPiece[] {
  const pieces: TextPiece[] = [];
  let at = 0;
  for (const [start, end] of mergeRanges(ranges, text.length)) {
    if (start > at) pieces.push({ text: text.slice(at, start), marked: false });
    pieces.push({ text: text.slice(start, end), marked: true });
    at = end;
  }
  if (at < text.length) pieces.push({ text: text.slice(at), marked: false });
  return pieces;
}
