import { describe, expect, it } from 'vitest';
import { newestFirstAmongEqual } from '../../src/lib/search-ranking.ts';

describe('newestFirstAmongEqual', () => {
  it('keeps higher scores first and puts equal scores newest first', () => {
    const byScore = [
      { id: 'goal', score: 16.4 },
      { id: 'plan-2018', score: 4.36 },
      { id: 'plan-2021', score: 4.36 },
      { id: 'plan-2020', score: 4.36 },
      { id: 'post', score: 2 },
    ];
    const newestFirst = ['post', 'plan-2021', 'goal', 'plan-2020', 'plan-2018'];
    expect(newestFirstAmongEqual(byScore, newestFirst).map((result) => result.id)).toEqual(['goal', 'plan-2021', 'plan-2020', 'plan-2018', 'post']);
  });

  it('treats scores equal up to rounding as equal, and puts results without a date last among them', () => {
    const byScore = [
      { id: 'undated', score: 6.17 },
      { id: 'older', score: 6.17 + 1e-12 },
      { id: 'newer', score: 6.17 },
    ];
    expect(newestFirstAmongEqual(byScore, ['newer', 'older']).map((result) => result.id)).toEqual(['newer', 'older', 'undated']);
  });

  it('treats 32-bit rounding (as Pagefind scores) as equal', () => {
    // Two plans of the seed goal that match alike, as Pagefind scored them.
    const byScore = [
      { id: 'older', score: 13.404714584350586 },
      { id: 'newer', score: 13.404712677001953 },
    ];
    expect(newestFirstAmongEqual(byScore, ['newer', 'older']).map((result) => result.id)).toEqual(['newer', 'older']);
  });

  it('does not reorder different scores, whatever their dates', () => {
    const byScore = [
      { id: 'old', score: 9 },
      { id: 'new', score: 8.9 },
    ];
    expect(newestFirstAmongEqual(byScore, ['new', 'old']).map((result) => result.id)).toEqual(['old', 'new']);
  });
});
