import { postWithUrl } from './urls.ts';

/** One old address and the page it now points to. */
export interface Redirect {
  /** The old path, e.g. `/CAP/CAP_goal_4.html` or `/CAP/leveragingdata`. */
  from: string;
  /** The page's current path. */
  to: string;
  /** Title of the page redirected to. */
  title: string;
}

/**
 * The file a static server must find for an old address: `.html` addresses are written
 * as that exact file; folder-like ones as `index.html` inside the folder.
 */
export function redirectFile(from: string): string {
  const path = from.replace(/^\/+/, '');
  return /\.html?$/i.test(path) ? path : `${path.replace(/\/+$/, '')}/index.html`;
}

/** Every `redirectFrom` of every post, each pointing at the post's page. */
function postRedirects(posts: readonly { url: string; title: string; redirectFrom: readonly string[] }[]): Redirect[] {
  return posts.flatMap((post) => post.redirectFrom.map((from) => ({ from, to: post.url, title: post.title })));
}

/** Every `redirectFrom` of every goal, each pointing at the goal's permalink. */
export function goalRedirects(goals: readonly { permalink: string; title: string; redirectFrom: readonly string[] }[]): Redirect[] {
  return goals.flatMap((goal) => goal.redirectFrom.map((from) => ({ from, to: goal.permalink, title: goal.title })));
}

/** Every old address of the site: goals' and posts'. */
export function siteRedirects(
  goals: readonly { permalink: string; title: string; redirectFrom: readonly string[] }[],
  posts: readonly { id: string; data: { title: string; redirectFrom: readonly string[] } }[],
): Redirect[] {
  return [...goalRedirects(goals), ...postRedirects(posts.map(postWithUrl))];
}

const escapeHtml = (text: string) => text.replace(/[&<>"']/g, (c) => ({ '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&#39;' })[c] ?? c);

/**
 * A complete, accessible redirect page (Astro's own has no `lang` and no `<head>`):
 * it refreshes at once, tells search engines where the page lives, and offers a link.
 */
export function redirectPage({ to, title }: Redirect, site: URL | undefined): string {
  const target = escapeHtml(to);
  const canonical = site ? escapeHtml(new URL(to, site).href) : target;
  return `<!DOCTYPE html>
<html lang="en">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<title>This page has moved: ${escapeHtml(title)}</title>
<meta name="robots" content="noindex">
<link rel="canonical" href="${canonical}">
<meta http-equiv="refresh" content="0; url=${target}">
</head>
<body>
<main>
<h1>This page has moved</h1>
<p>The page is now at <a href="${target}">${escapeHtml(title)}</a>.</p>
</main>
</body>
</html>
`;
}
