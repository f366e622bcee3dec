import { experimental_AstroContainer as AstroContainer } from 'astro/container';
import { parse } from 'node-html-parser';
import { afterEach, describe, expect, it, vi } from 'vitest';

// The Digital Analytics Program setting (CAP_DAP_AGENCY) and the policy every page carries, through the layout every page
// wears. Nothing is fetched: the layout only writes DAP's script tag.

const saved = process.env.CAP_DAP_AGENCY;
afterEach(() => {
  if (saved === undefined) delete process.env.CAP_DAP_AGENCY;
  else process.env.CAP_DAP_AGENCY = saved;
  vi.resetModules();
});

async function setting(value: string | undefined) {
  if (value === undefined) delete process.env.CAP_DAP_AGENCY;
  else process.env.CAP_DAP_AGENCY = value;
  vi.resetModules();
  return (await import('../../src/site-config.ts')).dapAgency;
}

async function page(path: string) {
  const { default: BaseLayout } = await import('../../src/layouts/BaseLayout.astro');
  const container = await AstroContainer.create();
  const html = await container.renderToString(BaseLayout, { props: { title: 'Page' }, request: new Request(`https://cap-goals.example.gov${path}`) });
  return parse(html);
}

const policy = (html: ReturnType<typeof parse>) => html.querySelector('meta[http-equiv="Content-Security-Policy"]')?.getAttribute('content');

describe('CAP_DAP_AGENCY', () => {
  it('is off by default, and blank counts as off', async () => {
    expect(await setting(undefined)).toBeUndefined();
    expect(await setting(' ')).toBeUndefined();
  });

  it('takes an agency code, trimmed', async () => {
    expect(await setting(' GSA ')).toBe('GSA');
  });

  it('refuses anything that is not a code', async () => {
    await expect(setting('GSA&subagency=x')).rejects.toThrow('CAP_DAP_AGENCY must be a DAP agency code');
    await expect(setting('"><script>')).rejects.toThrow('CAP_DAP_AGENCY must be a DAP agency code');
  });
});

describe('pages', () => {
  it('without DAP load no analytics and allow no other site', async () => {
    await setting(undefined);
    const html = await page('/CAP/cx/');
    expect(html.querySelectorAll('script')).toHaveLength(0);
    expect(policy(html)).toBe("default-src 'self'; object-src 'none'; base-uri 'self'; form-action 'self'");
  });

  it('with DAP load its script as DAP writes it, and allow it and Google Analytics alone', async () => {
    await setting('GSA');
    const html = await page('/CAP/cx/');
    const scripts = html.querySelectorAll('script');
    expect(scripts).toHaveLength(1);
    expect(scripts[0]?.getAttribute('src')).toBe('https://dap.digitalgov.gov/Universal-Federated-Analytics-Min.js?agency=GSA');
    expect(scripts[0]?.getAttribute('id')).toBe('_fed_an_ua_tag');
    expect(scripts[0]?.hasAttribute('async')).toBe(true);
    expect(scripts[0]?.text).toBe('');
    expect(policy(html)).toBe(
      "default-src 'self'; object-src 'none'; base-uri 'self'; form-action 'self'; " +
        "script-src 'self' https://dap.digitalgov.gov https://www.googletagmanager.com; " +
        "connect-src 'self' https://*.google-analytics.com https://*.analytics.google.com",
    );
  });

  it('the search page keeps Pagefind’s allowances beside DAP’s', async () => {
    await setting('GSA');
    expect(policy(await page('/search/'))).toContain("script-src 'self' 'wasm-unsafe-eval' https://dap.digitalgov.gov https://www.googletagmanager.com");
  });
});
