/**
 * How search results are ranked when they are ordered by relevance. Pagefind scores each page
 * (BM25 with the weights in the pages); this module holds its ranking options and the tie-break
 * it does not have: among results with the same score, the newest first.
 */

/**
 * Pagefind's `ranking` option. `pageLength: 0`: a page's length does not count, so two plans that
 * match alike score alike (a plan carrying its PDF's text is long, an older plan short) and a goal
 * page, whose title weighs most, is not outranked by a short news post that repeats its name.
 */
export const SEARCH_RANKING = { pageLength: 0 } as const;

/** One result of a Pagefind search: its page id and, when ranked by relevance, its score. */
interface RankedResult {
  id: string;
  score: number;
}

/**
 * `byScore` (Pagefind's relevance order) with results of equal score put newest first.
 * `newestFirstIds` are the ids of the same search sorted by date, newest first (Pagefind's
 * `sort: { date: 'desc' }`, which needs no page data); ids missing from it go last among equals.
 */
export function newestFirstAmongEqual<T extends RankedResult>(byScore: readonly T[], newestFirstIds: readonly string[]): T[] {
  const age = new Map(newestFirstIds.map((id, index) => [id, index]));
  const ageOf = (result: T) => age.get(result.id) ?? Number.MAX_SAFE_INTEGER;
  return [...byScore].sort((a, b) => (sameScore(a.score, b.score) ? ageOf(a) - ageOf(b) : b.score - a.score));
}

/**
 * Scores computed from the same matches are equal up to rounding. Pagefind scores in 32-bit floats, whose
 * rounding differs by summation order (measured: 13.404714 and 13.404713 for two plans that match alike).
 */
function sameScore(a: number, b: number): boolean {
  return Math.abs(a - b) <= 1e-6 * Math.max(Math.abs(a), Math.abs(b), 1);
}
