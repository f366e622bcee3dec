import type { APIRoute, GetStaticPaths } from 'astro';
import { siteContent } from '../site-content.ts';
import { redirectFile, redirectPage, siteRedirects, type Redirect } from '../lib/redirects.ts';

// An endpoint, not Astro's `redirects` config: that writes `CAP_goal_4.html/index.html`
// (a folder) with no `lang`, which fails axe and answers 301 on plain static servers.
export const getStaticPaths = (async () => {
  const { goals, posts } = await siteContent();
  return siteRedirects(goals, posts).map((redirect) => ({
    params: { redirect: redirectFile(redirect.from) },
    props: { redirect },
  }));
}) satisfies GetStaticPaths;

export const GET: APIRoute<{ redirect: Redirect }> = ({ props, site }) =>
  new Response(redirectPage(props.redirect, site), { headers: { 'Content-Type': 'text/html; charset=utf-8' } });
