/**
 * The search page's behaviour: reads the search from the URL, runs it with Pagefind's JS API
 * (loaded from /pagefind/ on this page only), renders results in our own markup, announces the
 * count, shows how many results each filter value would give, and writes the search back to the
 * URL (typing replaces the history entry; submitting or changing a filter adds one, so Back
 * returns to the previous search). New results replace the old in one step, so nothing below
 * them jumps while they load.
 *
 * What a reader does not use is not sent: Pagefind loads when the search box or the filters are
 * reached, and the filters' index files (which grow with the site) when the filters are reached
 * or a search uses one.
 */
import {
  facetCountSearches,
  formatResultDate,
  isEmpty,
  isFiltered,
  pagefindFilters,
  pagefindSort,
  paramsFromState,
  resultSummary,
  stateFromParams,
  type SearchState,
} from '../lib/search-state.ts';
import { pageResultTitle } from '../lib/plan-text.ts';
import { newestFirstAmongEqual, SEARCH_RANKING } from '../lib/search-ranking.ts';

/** The part of Pagefind's JS API this page uses. */
interface Pagefind {
  options(options: Record<string, unknown>): Promise<void>;
  init(): Promise<void>;
  preload(term: string, options?: Record<string, unknown>): Promise<void>;
  search(term: string | null, options?: Record<string, unknown>): Promise<PagefindResponse | null>;
  filters(): Promise<FilterCounts>;
}
/** Results per value of each filter: `{ type: { Goal: 2, News: 1 } }`. */
type FilterCounts = Record<string, Record<string, number> | undefined>;
interface PagefindResponse {
  results: PagefindResult[];
  filters: FilterCounts;
}
interface PagefindResult {
  id: string;
  score: number;
  data(): Promise<PagefindData>;
}
interface PagefindData {
  url: string;
  excerpt: string;
  meta: Record<string, string | undefined>;
  filters: Record<string, string[] | undefined>;
  sub_results?: { title: string; url: string; excerpt: string; anchor?: { id?: string } }[];
}

const PAGE_SIZE = 10;
/** Pages of a plan's PDF shown under its result, as Pagefind's own UI shows sub-results. */
const PDF_PAGES_SHOWN = 3;
/** A pause this long ends a burst of typing: short enough to feel instant, long enough that keys pressed together fetch results once. */
const TYPING_DELAY_MS = 50;

export function startSearchPage(): void {
  const root = document.querySelector<HTMLElement>('[data-search-root]');
  const form = document.querySelector<HTMLFormElement>('#search-form');
  const input = document.querySelector<HTMLInputElement>('#search-q');
  const status = root?.querySelector<HTMLElement>('[data-search-status]');
  const list = root?.querySelector<HTMLOListElement>('[data-search-results]');
  const more = root?.querySelector<HTMLButtonElement>('[data-search-more]');
  if (!root || !form || !input || !status || !list || !more) return;

  root.querySelector('[data-search-nojs]')?.setAttribute('hidden', '');
  root.querySelector('[data-search-ui]')?.removeAttribute('hidden');

  const filters = root.querySelector<HTMLElement>('[data-search-filters]');
  let pagefind: Promise<Pagefind> | undefined;
  const loadPagefind = (): Promise<Pagefind> => {
    pagefind ??= (async () => {
      const url = `${import.meta.env.BASE_URL.replace(/\/?$/, '/')}pagefind/pagefind.js`;
      const module = (await import(/* @vite-ignore */ url)) as Pagefind;
      // On the page's own thread: a worker would send Pagefind's search code a second time.
      await module.options({ excerptLength: 30, ranking: SEARCH_RANKING, noWorker: true });
      await module.init();
      return module;
    })();
    return pagefind;
  };

  // A search counts only the filters whose index files are loaded: all of them, once, when first needed.
  let filterFiles: Promise<void> | undefined;
  const loadFilters = (): Promise<void> => {
    filterFiles ??= (async () => {
      fillFilterOptions(root, await (await loadPagefind()).filters());
    })();
    return filterFiles;
  };

  let run = 0; // only the newest search may render
  let remaining: PagefindResult[] = [];
  let typingTimer: ReturnType<typeof setTimeout> | undefined;

  const readForm = (): SearchState => stateFromParams(new URLSearchParams(new FormData(form) as unknown as Record<string, string>));
  const fillForm = (state: SearchState): void => {
    input.value = state.q;
    for (const box of document.querySelectorAll<HTMLInputElement>('input[name="type"][form="search-form"]')) box.checked = state.types.includes(box.value);
    setSelect('#search-goal', state.goal);
    setSelect('#search-fy', state.fy);
    setSelect('#search-quarter', state.quarter);
    setSelect('#search-sort', state.sort);
  };

  const writeUrl = (state: SearchState, mode: 'push' | 'replace'): void => {
    const query = paramsFromState(state).toString();
    const url = `${location.pathname}${query ? `?${query}` : ''}`;
    if (url === `${location.pathname}${location.search}`) return;
    if (mode === 'push') history.pushState(null, '', url);
    else history.replaceState(null, '', url);
  };

  /** Writes each filter value's count for `state` if the filters have been asked for; `response` is that search's, if run. */
  const updateCounts = async (state: SearchState, current: number, response?: PagefindResponse): Promise<void> => {
    if (!filterFiles) return;
    try {
      await filterFiles;
      const pf = await loadPagefind();
      const searched = isEmpty(state) ? undefined : (response ?? (await pf.search(state.q || null, { filters: pagefindFilters(state) })));
      const counts = searched ? await facetCounts(pf, state, searched) : await pf.filters();
      if (current === run) showCounts(root, counts);
    } catch (error) {
      console.error(error); // the counts are a help; the search itself reports a broken index
    }
  };

  const search = async (state: SearchState): Promise<void> => {
    const current = ++run;
    if (isEmpty(state)) {
      list.replaceChildren();
      more.hidden = true;
      status.textContent = '';
      void updateCounts(state, current);
      return;
    }
    let found: PagefindResult[];
    let response: PagefindResponse | null;
    try {
      const pf = await loadPagefind();
      if (isFiltered(state)) await loadFilters();
      response = await pf.search(state.q || null, { filters: pagefindFilters(state), sort: pagefindSort(state) });
      if (current !== run || response === null) return; // a newer search has started
      found = response.results;
      if (state.q && !pagefindSort(state)) {
        // Ranked by relevance: equal scores newest first, from the same search sorted by date.
        const byDate = await pf.search(state.q, { filters: pagefindFilters(state), sort: { date: 'desc' } });
        if (current !== run || byDate === null) return;
        found = newestFirstAmongEqual(
          found,
          byDate.results.map((result) => result.id),
        );
      }
    } catch (error) {
      if (current !== run) return;
      console.error(error);
      pagefind = undefined;
      filterFiles = undefined;
      status.textContent = 'Search is not available right now: the search index could not be loaded. Browse every action plan or the list of goals instead.';
      list.replaceChildren();
      more.hidden = true;
      return;
    }
    remaining = found;
    const items = await nextItems();
    if (current !== run) return;
    list.replaceChildren(...items);
    more.hidden = remaining.length === 0;
    status.textContent = found.length === 0 ? `${resultSummary(0, state)} ${noResultsHint(state)}` : resultSummary(found.length, state);
    void updateCounts(state, current, response);
  };

  /** The next page of results, rendered, taken off `remaining`. */
  const nextItems = async (): Promise<HTMLLIElement[]> => {
    const batch = remaining.slice(0, PAGE_SIZE);
    remaining = remaining.slice(PAGE_SIZE);
    const data = await Promise.all(batch.map((result) => result.data()));
    return data.map(renderResult);
  };

  const showMore = async (current: number): Promise<void> => {
    const items = await nextItems();
    if (current !== run) return;
    list.append(...items);
    more.hidden = remaining.length === 0;
    items[0]?.querySelector('a')?.focus();
  };

  form.addEventListener('submit', (event) => {
    event.preventDefault();
    clearTimeout(typingTimer);
    const state = readForm();
    writeUrl(state, 'push');
    void search(state);
  });
  // Reaching the search box loads Pagefind; reaching the filters loads them too, with their counts.
  input.addEventListener('focus', () => void loadPagefind().catch(() => undefined), { once: true });
  const reachFilters = (): void => {
    void loadFilters()
      .then(() => updateCounts(readForm(), run))
      .catch(() => undefined);
  };
  for (const type of ['focusin', 'pointerover'] as const) filters?.addEventListener(type, reachFilters, { once: true });
  input.addEventListener('input', () => {
    clearTimeout(typingTimer);
    if (input.value.trim()) void loadPagefind().then((pf) => pf.preload(input.value.trim()));
    typingTimer = setTimeout(() => {
      const state = readForm();
      writeUrl(state, 'replace');
      void search(state);
    }, TYPING_DELAY_MS);
  });
  root.addEventListener('change', (event) => {
    if (event.target === input) return;
    clearTimeout(typingTimer);
    const state = readForm();
    writeUrl(state, 'push');
    void search(state);
  });
  more.addEventListener('click', () => void showMore(run));
  window.addEventListener('popstate', () => {
    const state = stateFromParams(new URLSearchParams(location.search));
    fillForm(state);
    void search(state);
  });

  const initial = stateFromParams(new URLSearchParams(location.search));
  fillForm(initial);
  void search(initial);
}

function setSelect(selector: string, value: string): void {
  const select = document.querySelector<HTMLSelectElement>(selector);
  if (!select) return;
  // A value from a shared URL that the list lacks (a goal since renamed) still filters, visibly.
  if (value && ![...select.options].some((option) => option.value === value)) select.add(new Option(value, value));
  select.value = value;
}

/**
 * Gives each select marked `data-facet-options` (the goal filter) one option per value the index holds for its facet,
 * A to Z, each ready for its count. The page's HTML does not list them: a site of thousands of goals would send them all.
 * The choice read from the URL stays chosen, even when the index does not hold it.
 */
function fillFilterOptions(root: HTMLElement, counts: FilterCounts): void {
  for (const select of root.querySelectorAll<HTMLSelectElement>('select[data-facet-options]')) {
    const facet = select.dataset.facetOptions ?? '';
    const chosen = select.value;
    const values = Object.keys(counts[facet] ?? {}).sort((a, b) => a.localeCompare(b, 'en'));
    const options = values.map((value) => {
      const option = new Option(value, value);
      Object.assign(option.dataset, { facet, facetValue: value, label: value });
      return option;
    });
    select.replaceChildren(...[...select.options].slice(0, 1), ...options);
    setSelect(`#${select.id}`, chosen);
  }
}

/** Counts for every filter (see `facetCountSearches`): one more search per filter in use. */
async function facetCounts(pf: Pagefind, state: SearchState, response: PagefindResponse): Promise<FilterCounts> {
  const counts = await Promise.all(
    facetCountSearches(state).map(async ({ filter, filters }) => {
      if (!filters) return [filter, response.filters[filter]] as const;
      const without = await pf.search(state.q || null, { filters });
      return [filter, without?.filters[filter]] as const;
    }),
  );
  return Object.fromEntries(counts);
}

/** Writes each filter value's count beside it: "Goal (2)" on a checkbox, "FY2020 (4)" in a list. */
function showCounts(root: HTMLElement, counts: FilterCounts): void {
  const count = (element: HTMLElement): number => counts[element.dataset.facet ?? '']?.[element.dataset.facetValue ?? ''] ?? 0;
  for (const slot of root.querySelectorAll<HTMLElement>('span[data-facet]')) slot.textContent = `(${count(slot)})`;
  for (const option of root.querySelectorAll<HTMLOptionElement>('option[data-facet]')) option.textContent = `${option.dataset.label ?? ''} (${count(option)})`;
}

function noResultsHint(state: SearchState): string {
  return isFiltered(state) ? 'Try removing a filter, or use fewer or different words.' : 'Check the spelling, or try fewer or more general words.';
}

/** One result: type, linked title, goal and date, and the excerpt with matches marked. */
function renderResult(data: PagefindData): HTMLLIElement {
  const type = data.meta.type ?? data.filters.type?.[0] ?? '';
  const item = element('li', 'cap-result');
  item.append(element('p', 'cap-result__type', type));
  const heading = element('h2', 'cap-result__title');
  const link = element('a', '', data.meta.title ?? data.url);
  link.href = data.url;
  heading.append(link);
  item.append(heading);

  const meta = element('p', 'cap-result__meta');
  const parts: Node[] = [];
  if (data.meta.goal && type !== 'Goal') parts.push(document.createTextNode(`Goal: ${data.meta.goal}`));
  if (data.meta.date) {
    const prefix = type === 'Goal' ? 'Latest action plan: ' : type === 'Action plan' ? 'Published ' : '';
    const time = element('time', '', formatResultDate(data.meta.date));
    time.dateTime = data.meta.date;
    if (parts.length > 0) parts.push(document.createTextNode(' · '));
    parts.push(document.createTextNode(prefix), time);
  } else if (data.meta.period && type === 'Action plan') {
    // A plan written as a fiscal quarter states no publication month: show the quarter it reports on.
    if (parts.length > 0) parts.push(document.createTextNode(' · '));
    parts.push(document.createTextNode(`Reports on ${data.meta.period}`));
  }
  if (parts.length > 0) {
    meta.append(...parts);
    item.append(meta);
  }
  const excerpt = element('p', 'cap-result__excerpt');
  excerpt.append(...markedText(data.excerpt));
  item.append(excerpt);
  const pages = pdfPages(data);
  if (pages) item.append(pages);
  return item;
}

/** The pages of a plan's PDF that match, each linked to its part of the plan page: "January 2021 action plan, page 7 (PDF)". */
function pdfPages(data: PagefindData): HTMLUListElement | undefined {
  const planTitle = data.meta.title ?? '';
  const pages = (data.sub_results ?? []).flatMap((sub) => {
    const title = sub.anchor?.id === undefined ? undefined : pageResultTitle(planTitle, sub.anchor.id);
    return title === undefined ? [] : [{ title, url: sub.url, excerpt: sub.excerpt }];
  });
  if (pages.length === 0) return undefined;
  const list = element('ul', 'cap-result__pages');
  for (const page of pages.slice(0, PDF_PAGES_SHOWN)) {
    const item = element('li', 'cap-result__page');
    const link = element('a', '', page.title);
    link.href = page.url;
    const excerpt = element('p', 'cap-result__excerpt');
    excerpt.append(...markedText(page.excerpt));
    item.append(link, excerpt);
    list.append(item);
  }
  return list;
}

/** Pagefind's excerpt is escaped text with `<mark>`; rebuild it keeping only text and `<mark>`. */
function markedText(excerpt: string): Node[] {
  const template = document.createElement('template');
  template.innerHTML = excerpt;
  return [...template.content.childNodes].map((node) =>
    node.nodeName === 'MARK' ? element('mark', '', node.textContent ?? '') : document.createTextNode(node.textContent ?? ''),
  );
}

function element<K extends keyof HTMLElementTagNameMap>(tag: K, className: string, text?: string): HTMLElementTagNameMap[K] {
  const node = document.createElement(tag);
  if (className) node.className = className;
  if (text !== undefined) node.textContent = text;
  return node;
}
