import { describe, expect, it } from 'vitest';
import { isCurrentPage, normalizePath, headerMenu } from '../../src/lib/header-menu.ts';

describe('normalizePath', () => {
  it('ends every path with exactly one slash and drops query and fragment', () => {
    expect(normalizePath('/CAP/cx')).toBe('/CAP/cx/');
    expect(normalizePath('/CAP/cx//')).toBe('/CAP/cx/');
    expect(normalizePath('/CAP/cx/?q=1#top')).toBe('/CAP/cx/');
    expect(normalizePath('/')).toBe('/');
  });
});

describe('isCurrentPage', () => {
  it('matches the same page with or without the trailing slash', () => {
    expect(isCurrentPage('/CAP/cx/', '/CAP/cx')).toBe(true);
    expect(isCurrentPage('/CAP/cx/', '/CAP/cx/')).toBe(true);
  });

  it('does not mark a parent as the current page', () => {
    expect(isCurrentPage('/', '/CAP/cx/')).toBe(false);
    expect(isCurrentPage('/CAP/', '/CAP/cx/')).toBe(false);
  });
});

describe('headerMenu', () => {
  it('has unique site paths that end with a slash', () => {
    const hrefs = headerMenu.map((item) => item.href);
    expect(new Set(hrefs).size).toBe(hrefs.length);
    for (const href of hrefs) expect(href).toMatch(/^\/(.*\/)?$/);
  });
});
