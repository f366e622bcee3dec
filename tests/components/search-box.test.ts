import { experimental_AstroContainer as AstroContainer } from 'astro/container';
import { parse } from 'node-html-parser';
import { afterEach, beforeAll, describe, expect, it, vi } from 'vitest';
import Header from '../../src/components/site/Header.astro';

// The header search form under both settings: the site's own search (default) and Search.gov.

let container: AstroContainer;
beforeAll(async () => {
  container = await AstroContainer.create();
});

async function headerForm(props: Record<string, unknown> = {}) {
  const html = parse(await container.renderToString(Header, { props, request: new Request('https://cap-goals.example.gov/CAP/cx/') }));
  const form = html.querySelector('form[role="search"]');
  if (!form) throw new Error('the header has no search form');
  return {
    action: form.getAttribute('action'),
    method: form.getAttribute('method'),
    fields: form.querySelectorAll('input').map((input) => [input.getAttribute('type'), input.getAttribute('name'), input.getAttribute('value') ?? null]),
    label: form.querySelector('label')?.text.trim(),
  };
}

describe('the header search', () => {
  it('opens the site’s own search by default', async () => {
    expect(await headerForm()).toEqual({
      action: '/search/',
      method: 'get',
      fields: [['search', 'q', null]],
      label: 'Search goals, action plans and news',
    });
  });

  it('sends the query to Search.gov, with the affiliate, when one is set', async () => {
    expect(await headerForm({ searchGovAffiliate: 'cap-goals' })).toEqual({
      action: 'https://search.usa.gov/search',
      method: 'get',
      fields: [
        ['hidden', 'affiliate', 'cap-goals'],
        ['search', 'query', null],
      ],
      label: 'Search goals, action plans and news',
    });
  });
});

describe('CAP_SEARCHGOV_AFFILIATE', () => {
  const saved = process.env.CAP_SEARCHGOV_AFFILIATE;
  afterEach(() => {
    if (saved === undefined) delete process.env.CAP_SEARCHGOV_AFFILIATE;
    else process.env.CAP_SEARCHGOV_AFFILIATE = saved;
    vi.resetModules();
  });
  const load = async (value: string | undefined) => {
    if (value === undefined) delete process.env.CAP_SEARCHGOV_AFFILIATE;
    else process.env.CAP_SEARCHGOV_AFFILIATE = value;
    vi.resetModules();
    return (await import('../../src/site-config.ts')).searchGovAffiliate;
  };

  it('is unset by default, and blank counts as unset', async () => {
    expect(await load(undefined)).toBeUndefined();
    expect(await load('  ')).toBeUndefined();
  });

  it('takes a site handle, trimmed', async () => {
    expect(await load(' cap_goals-2 ')).toBe('cap_goals-2');
  });

  it('refuses anything that is not a handle', async () => {
    await expect(load('cap goals')).rejects.toThrow('CAP_SEARCHGOV_AFFILIATE must be a Search.gov site handle');
    await expect(load('"><script>')).rejects.toThrow('CAP_SEARCHGOV_AFFILIATE must be a Search.gov site handle');
  });
});
