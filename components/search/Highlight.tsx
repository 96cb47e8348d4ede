import type { Range } from '../../framework/search';
import { splitByRanges } from './ranges';

/** Text with the matched parts in <mark>. */
export function Highlight({ text, ranges }: { text: string; ranges: readonly Range[] }) {
  return (
    <>
      {splitByRanges(text, ranges).map((piece, i) =>
        piece.marked ? <mark key={i}>{piece.text}</mark> : <span key={i}>{piece.text}</span>,
      )}
    </>
  );
}
