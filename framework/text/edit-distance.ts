/**
 * The one edit distance of the extension: validation's "did you mean" and
 * search's typo tolerance (and the panel's close-match suggestions) agree on
 * what counts as a typo.
 */

/**
 * Optimal string alignment distance: Levenshtein (insert, delete, replace)
 * plus swapping two adjacent characters, each one edit, as typos usually
 * are. With `max`, it gives up as soon as the distance must exceed it and
 * returns `max + 1`, which keeps a scan of a whole vocabulary quick.
 */
export function editDistance(a: string, b: string, max = Infinity): number {
  const la = a.length;
  const lb = b.length;
  if (Math.abs(la - lb) > max) return max + 1;
  let prevPrev = new Array<number>(lb + 1).fill(0);
  let prev = Array.from({ length: lb + 1 }, (_, j) => j);
  let curr = new Array<number>(lb + 1).fill(0);
  for (let i = 1; i <= la; i++) {
    curr[0] = i;
    let rowMin = i;
    const ca = a.charCodeAt(i - 1);
    for (let j = 1; j <= lb; j++) {
      const cb = b.charCodeAt(j - 1);
      const cost = ca === cb ? 0 : 1;
      let v = Math.min((prev[j] ?? 0) + 1, (curr[j - 1] ?? 0) + 1, (prev[j - 1] ?? 0) + cost);
      if (i > 1 && j > 1 && ca === b.charCodeAt(j - 2) && a.charCodeAt(i - 2) === cb) {
        v = Math.min(v, (prevPrev[j - 2] ?? 0) + 1);
      }
      curr[j] = v;
      if (v < rowMin) rowMin = v;
    }
    if (rowMin > max) return max + 1;
    [prevPrev, prev, curr] = [prev, curr, prevPrev];
  }
  return prev[lb] ?? max + 1;
}
