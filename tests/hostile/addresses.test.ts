/**
 * Addresses: no permalink or old address may take over a page the site already writes, or be
 * anything but a clean path. Each case expects the content check (the build's first step) to
 * refuse it with a line naming the file and field (and the other claimant); the last test runs the
 * real build, which must leave the previous build untouched.
 */
import { describe, expect, it } from 'vitest';
import { checkedContent, expectRefused, expectReported, hostileBuild, legacyGoal, post, structuredGoal } from '../support/hostile-build.ts';

const goalAt = (permalink: string, fields = '') =>
  structuredGoal(fields).replace('permalink: /CAP/sample/', `permalink: ${permalink}`).replace('Sample Goal', 'Other Goal');
const redirecting = (from: string) => ({ 'goals/other.md': goalAt('/CAP/other/', `redirectFrom: [${JSON.stringify(from)}]\n`) });

interface Case {
  name: string;
  files: Record<string, string>;
  line: string;
}

const pathRule = 'expected a path on this site such as "/CAP/cx/" (letters, digits, "-", "_" and "." between slashes; no spaces, "..", "%", "?" or "#"), got';

const cases: Case[] = [
  // Permalinks over the site's own routes and other content.
  {
    name: 'permalink /',
    files: { 'goals/other.md': goalAt('/') },
    line: 'goals/other.md: permalink: address / is already used by the site (the home page); choose another',
  },
  {
    name: 'permalink /news/',
    files: { 'goals/other.md': goalAt('/news/') },
    line: 'goals/other.md: permalink: address /news/ is already used by the site (the news index)',
  },
  {
    name: 'permalink /CAP/action-plans/',
    files: { 'goals/other.md': goalAt('/CAP/action-plans/') },
    line: 'goals/other.md: permalink: address /CAP/action-plans/ is already used by the site (the index of action plans)',
  },
  {
    name: 'permalink /search without a slash',
    files: { 'goals/other.md': goalAt('/search') },
    line: 'goals/other.md: permalink: address /search/ is already used by the site (the search page)',
  },
  {
    name: 'permalink /CAP/overview/index.html',
    files: { 'goals/other.md': goalAt('/CAP/overview/index.html') },
    line: 'goals/other.md: permalink: address /CAP/overview/ is already used by the site (the goals overview)',
  },
  {
    name: 'permalink under /pagefind/',
    files: { 'goals/other.md': goalAt('/pagefind/') },
    line: 'goals/other.md: permalink: address /pagefind/ is already used by the site (the search index)',
  },
  {
    name: 'permalink under /_astro/',
    files: { 'goals/other.md': goalAt('/_astro/x/') },
    line: "goals/other.md: permalink: address /_astro/x/ is already used by the site (the site's scripts, styles and images)",
  },
  {
    name: 'permalink under the tag pages',
    files: { 'goals/other.md': goalAt('/news/tags/cx/') },
    line: 'goals/other.md: permalink: address /news/tags/cx/ is already used by the site (the news tag pages)',
  },
  {
    name: 'permalink of another goal',
    files: { 'goals/other.md': goalAt('/CAP/sample/') },
    line: 'goals/sample.md: permalink: address /CAP/sample/ is already used by goals/other.md (permalink)',
  },
  {
    name: "permalink of another goal's plan page",
    files: { 'goals/other.md': goalAt('/CAP/sample/action-plans/2021-01/') },
    line: 'goals/sample.md: the page of action plan 1: address /CAP/sample/action-plans/2021-01/ is already used by goals/other.md (permalink)',
  },
  {
    name: 'permalink of a post page',
    files: { 'goals/other.md': goalAt('/news/sample-news/') },
    line: 'posts/sample-news.md: the post page (its file name): address /news/sample-news/ is already used by goals/other.md (permalink)',
  },

  // Old addresses over pages.
  {
    name: 'redirect from /index.html',
    files: redirecting('/index.html'),
    line: 'goals/other.md: redirectFrom[1]: address /index.html is already used by the site (the home page)',
  },
  { name: 'redirect from /', files: redirecting('/'), line: 'goals/other.md: redirectFrom[1]: address / is already used by the site (the home page)' },
  {
    name: 'redirect from the overview',
    files: redirecting('/CAP/overview/index.html'),
    line: 'goals/other.md: redirectFrom[1]: address /CAP/overview/index.html is already used by the site (the goals overview)',
  },
  {
    name: 'redirect from the news index',
    files: redirecting('/news'),
    line: 'goals/other.md: redirectFrom[1]: address /news is already used by the site (the news index)',
  },
  {
    name: 'redirect from the search page',
    files: redirecting('/search/index.html'),
    line: 'goals/other.md: redirectFrom[1]: address /search/index.html is already used by the site (the search page)',
  },
  {
    name: 'redirect from the 404 page',
    files: redirecting('/404.html'),
    line: 'goals/other.md: redirectFrom[1]: address /404.html is already used by the site (the "page not found" page)',
  },
  {
    name: 'redirect from the feed',
    files: redirecting('/news/rss.xml'),
    line: 'goals/other.md: redirectFrom[1]: address /news/rss.xml is already used by the site (the RSS feed)',
  },
  {
    name: 'redirect from robots.txt',
    files: redirecting('/robots.txt'),
    line: 'goals/other.md: redirectFrom[1]: address /robots.txt is already used by the site (robots.txt)',
  },
  {
    name: 'redirect from security.txt',
    files: redirecting('/.well-known/security.txt'),
    line: 'goals/other.md: redirectFrom[1]: address /.well-known/security.txt is already used by the site (security.txt and other well-known files)',
  },
  {
    name: 'redirect from a sitemap part',
    files: redirecting('/sitemap-0.xml'),
    line: 'goals/other.md: redirectFrom[1]: address /sitemap-0.xml is already used by the site (the sitemap)',
  },
  {
    name: 'redirect from a post page',
    files: redirecting('/news/sample-news/'),
    line: 'posts/sample-news.md: the post page (its file name): address /news/sample-news/ is already used by goals/other.md (redirectFrom[1])',
  },
  {
    name: "redirect from another goal's page",
    files: redirecting('/CAP/sample'),
    line: 'goals/sample.md: permalink: address /CAP/sample/ is already used by goals/other.md (redirectFrom[1])',
  },
  {
    name: 'redirect from a news page number',
    files: redirecting('/news/page/2/'),
    line: 'goals/other.md: redirectFrom[1]: address /news/page/2/ is already used by the site (the pages of the news index)',
  },
  {
    name: 'two old addresses alike',
    files: { ...redirecting('/CAP/old.html'), 'posts/again.md': post('redirectFrom: [/CAP/old.html]\n') },
    line: 'posts/again.md: redirectFrom[1]: address /CAP/old.html is already used by goals/other.md (redirectFrom[1])',
  },
  {
    name: 'a page under a redirect file',
    files: { ...redirecting('/CAP/old.html'), 'goals/under.md': goalAt('/CAP/old.html/inside/').replace('Other Goal', 'Under Goal') },
    line: 'goals/under.md: permalink: address /CAP/old.html/inside/ is already used by goals/other.md (redirectFrom[1])',
  },
  {
    name: 'legacy redirect_from over the home page',
    files: { 'goals/old.md': legacyGoal('redirect_from: /index.html\n') },
    line: 'goals/old.md: redirect_from: address /index.html is already used by the site (the home page)',
  },
  {
    name: 'legacy url over the overview',
    files: { 'goals/old.md': legacyGoal('url: /CAP/overview/\n') },
    line: 'goals/old.md: url: address /CAP/overview/ is already used by the site (the goals overview)',
  },
  {
    name: 'a post named tags',
    files: { 'posts/tags.md': post() },
    line: 'posts/tags.md: the post page (its file name): address /news/tags/ is already used by the site (the news tag pages)',
  },
  {
    name: 'a post named page',
    files: { 'posts/page.md': post() },
    line: 'posts/page.md: the post page (its file name): address /news/page/ is already used by the site (the pages of the news index)',
  },
  {
    name: 'a post named rss.xml',
    files: { 'posts/rss.xml.md': post() },
    line: 'posts/rss.xml.md: the post page (its file name): address /news/rss.xml/ is already used by the site (the RSS feed)',
  },

  // Addresses that are not clean paths.
  {
    name: 'a percent-encoded permalink',
    files: { 'goals/other.md': goalAt('/CAP/%2e%2e/x/') },
    line: `goals/other.md: permalink: ${pathRule} "/CAP/%2e%2e/x/"`,
  },
  { name: 'a permalink with a space', files: { 'goals/other.md': goalAt('"/CAP/a b/"') }, line: `goals/other.md: permalink: ${pathRule} "/CAP/a b/"` },
  { name: 'a permalink with a query', files: { 'goals/other.md': goalAt('/CAP/x/?q=1') }, line: `goals/other.md: permalink: ${pathRule} "/CAP/x/?q=1"` },
  { name: 'a permalink with a fragment', files: { 'goals/other.md': goalAt('"/CAP/x/#top"') }, line: `goals/other.md: permalink: ${pathRule} "/CAP/x/#top"` },
  { name: 'a permalink that climbs out', files: { 'goals/other.md': goalAt('/CAP/../../x/') }, line: `goals/other.md: permalink: ${pathRule} "/CAP/../../x/"` },
  { name: 'a permalink with an empty segment', files: { 'goals/other.md': goalAt('/CAP//x/') }, line: `goals/other.md: permalink: ${pathRule} "/CAP//x/"` },
  { name: 'a permalink with a backslash', files: { 'goals/other.md': goalAt('"/CAP\\\\x/"') }, line: `goals/other.md: permalink: ${pathRule} "/CAP\\\\x/"` },
  {
    name: 'a permalink with a tab',
    files: { 'goals/other.md': goalAt('"/\\t/evil.example/"') },
    line: `goals/other.md: permalink: ${pathRule} "/\\t/evil.example/"`,
  },
  {
    name: 'an old address off-site',
    files: redirecting('https://evil.example/x'),
    line: `goals/other.md: redirectFrom[1]: ${pathRule} "https://evil.example/x"`,
  },
  { name: 'an old address with unicode', files: redirecting('/CAP/caf\u00e9/'), line: `goals/other.md: redirectFrom[1]: ${pathRule} "/CAP/café/"` },
  {
    name: 'a permalink ending in a file name',
    files: { 'goals/other.md': goalAt('/CAP/other.html') },
    line: 'goals/other.md: permalink: expected a page address ending in "/", such as "/CAP/cx/", got "/CAP/other.html"; list old file addresses in redirectFrom',
  },
  {
    name: 'a post file name with a space',
    files: { 'posts/two words.md': post() },
    line: 'posts/two words.md: file name: use only letters, digits, "-", "_" and "."',
  },
];

describe.concurrent('hostile addresses', () => {
  it.each(cases)('$name', async ({ files, line }) => {
    expectReported(await checkedContent({ files }), line);
  });

  it('are refused by the build itself, which leaves the published folder as it was', async () => {
    const result = await hostileBuild({ files: { 'goals/other.md': goalAt('/'), 'posts/tags.md': post() } });
    expectRefused(result, 'goals/other.md: permalink: address / is already used by the site (the home page)');
    expect(result.output).toContain('posts/tags.md: the post page (its file name): address /news/tags/ is already used by the site');
  });
});
