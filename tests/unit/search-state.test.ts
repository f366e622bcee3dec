import { describe, expect, it } from 'vitest';
import {
  EMPTY_STATE,
  facetCountSearches,
  formatResultDate,
  isEmpty,
  isFiltered,
  pagefindFilters,
  pagefindSort,
  paramsFromState,
  resultSummary,
  stateFromParams,
} from '../../src/lib/search-state.ts';

describe('search state in the URL', () => {
  it('round-trips query, types, goal, fiscal year, quarter and order', () => {
    const query = 'q=customer+surveys&type=action-plan&type=news&goal=Improving+Customer+Experience&fy=2020&quarter=2020-Q3&sort=newest';
    const state = stateFromParams(new URLSearchParams(query));
    expect(state).toEqual({
      q: 'customer surveys',
      types: ['action-plan', 'news'],
      goal: 'Improving Customer Experience',
      fy: '2020',
      quarter: '2020-Q3',
      sort: 'newest',
    });
    expect(paramsFromState(state).toString()).toBe(query);
  });

  it('drops unknown types, malformed years and defaults', () => {
    const state = stateFromParams(new URLSearchParams('q=+&type=podcast&type=goal&type=goal&fy=20x0&quarter=2020-Q5&sort=oldest'));
    expect(state).toEqual({ ...EMPTY_STATE, types: ['goal'] });
    expect(paramsFromState(state).toString()).toBe('type=goal');
    expect(paramsFromState(EMPTY_STATE).toString()).toBe('');
    expect(isEmpty(EMPTY_STATE)).toBe(true);
    expect(isEmpty(state)).toBe(false);
  });

  it('tells a search with a filter from one with words only', () => {
    expect(isFiltered({ ...EMPTY_STATE, q: 'grants', sort: 'newest' })).toBe(false);
    expect(isFiltered({ ...EMPTY_STATE, types: ['news'] })).toBe(true);
    expect(isFiltered({ ...EMPTY_STATE, goal: 'Grants' })).toBe(true);
    expect(isFiltered({ ...EMPTY_STATE, fy: '2020' })).toBe(true);
    expect(isFiltered({ ...EMPTY_STATE, quarter: '2020-Q3' })).toBe(true);
  });
});

describe('Pagefind options', () => {
  it('turns the state into filters and a sort', () => {
    const state = { ...EMPTY_STATE, q: 'grants', types: ['news', 'action-plan'], fy: '2020' };
    expect(pagefindFilters(state)).toEqual({ type: { any: ['Action plan', 'News'] }, fiscalYear: '2020' });
    expect(pagefindSort(state)).toBeUndefined();
    expect(pagefindSort({ ...state, sort: 'newest' })).toEqual({ date: 'desc' });
    expect(pagefindSort({ ...state, q: '' })).toEqual({ date: 'desc' });
    // The URL writes a quarter 2020-Q3 (any case); the index names it as the page does.
    expect(pagefindFilters(stateFromParams(new URLSearchParams('quarter=2020-q3')))).toEqual({ quarter: 'FY2020 Q3' });
  });

  it('counts each filter in use by the same search without it, and the others from the search itself', () => {
    const state = { ...EMPTY_STATE, q: 'grants', types: ['news'], fy: '2020' };
    expect(facetCountSearches(state)).toEqual([
      { filter: 'type', filters: { fiscalYear: '2020' } },
      { filter: 'goal', filters: undefined },
      { filter: 'fiscalYear', filters: { type: { any: ['News'] } } },
      { filter: 'quarter', filters: undefined },
    ]);
    expect(facetCountSearches(EMPTY_STATE).every((search) => search.filters === undefined)).toBe(true);
  });
});

describe('words shown', () => {
  it('formats result dates by their precision', () => {
    expect(formatResultDate('2021-01')).toBe('January 2021');
    expect(formatResultDate('2019-09-19')).toBe('September 19, 2019');
    expect(formatResultDate('soon')).toBe('soon');
    expect(formatResultDate('2021-13')).toBe('2021-13');
  });
  it('summarises the count, words and filters', () => {
    expect(resultSummary(1, { ...EMPTY_STATE, q: 'hassle' })).toBe('1 result for “hassle”.');
    expect(resultSummary(0, { ...EMPTY_STATE, types: ['action-plan'], fy: '2020' })).toBe('No results, filtered by Action plan, FY2020.');
    expect(resultSummary(2, { ...EMPTY_STATE, q: 'a', sort: 'newest' })).toBe('2 results for “a”, newest first.');
    expect(resultSummary(3, { ...EMPTY_STATE, goal: 'Grants', quarter: '2020-Q3' })).toBe('3 results, filtered by Grants, FY2020 Q3.');
  });
});
