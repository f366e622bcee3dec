/**
 * The action plan index, enhanced: a link to another page of the index (a fiscal year, a goal, a page of a list)
 * replaces the list in place instead of loading a whole page. The page it fetches is the one the link names, so
 * without JavaScript, or when the fetch fails, the link simply opens it. The address bar and Back follow along,
 * and focus moves to the new heading, which a screen reader then reads.
 */
const INDEX_PATH = '/CAP/action-plans/';

export function enhancePlanIndex(): void {
  if (!document.querySelector('[data-plan-index]')) return;

  const show = async (url: URL, push: boolean): Promise<void> => {
    let next: Element | null = null;
    try {
      const response = await fetch(url, { headers: { accept: 'text/html' } });
      if (response.ok) {
        const page = new DOMParser().parseFromString(await response.text(), 'text/html');
        next = page.querySelector('[data-plan-index]');
        if (next) document.title = page.title;
      }
    } catch {
      // Offline or blocked: the browser opens the page below.
    }
    const current = document.querySelector('[data-plan-index]');
    if (!next || !current) {
      location.assign(url);
      return;
    }
    current.replaceWith(next);
    if (push) history.pushState({ planIndex: true }, '', url);
    const heading = next.querySelector<HTMLElement>('h1');
    heading?.focus();
    heading?.scrollIntoView({ block: 'start' });
  };

  document.addEventListener('click', (event) => {
    if (event.defaultPrevented || event.button !== 0 || event.metaKey || event.ctrlKey || event.shiftKey || event.altKey) return;
    const link = event.target instanceof Element ? event.target.closest<HTMLAnchorElement>('[data-plan-index] a[href]') : null;
    if (!link || link.target) return;
    const url = new URL(link.href);
    if (url.origin !== location.origin || !url.pathname.startsWith(INDEX_PATH) || url.hash) return;
    event.preventDefault();
    void show(url, true);
  });
  // Our own entries (and the first page's, marked here) come back through Back and Forward.
  history.replaceState({ planIndex: true }, '');
  window.addEventListener('popstate', (event) => {
    if ((event.state as { planIndex?: boolean } | null)?.planIndex) void show(new URL(location.href), false);
  });
}
