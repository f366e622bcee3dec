import type { Page } from '@playwright/test';

/** A Content-Security-Policy violation as the page reported it, or a console error. */
export interface PolicyProblem {
  url: string;
  what: string;
}

/**
 * Collects, from the moment it is called and across navigations, every `securitypolicyviolation` event any document of the
 * page raises and every console error. The event listener is an init script: Playwright adds it through the browser's
 * debugging protocol, which no page policy can block, and it runs before the page's own scripts.
 * `ignoreConsole` drops console errors the caller expects (the 404 page's own status).
 */
export async function watchPolicy(page: Page, ignoreConsole: (text: string) => boolean = () => false): Promise<() => Promise<PolicyProblem[]>> {
  const problems: PolicyProblem[] = [];
  await page.exposeFunction('__capReportViolation', (url: string, what: string) => problems.push({ url, what }));
  await page.addInitScript(() => {
    document.addEventListener('securitypolicyviolation', (event) => {
      const report = (window as unknown as { __capReportViolation: (url: string, what: string) => void }).__capReportViolation;
      void report(location.href, `${event.effectiveDirective} blocked ${event.blockedURI || '(inline)'}${event.sample ? `: ${event.sample}` : ''}`);
    });
  });
  page.on('console', (message) => {
    if (message.type() === 'error' && !ignoreConsole(message.text())) problems.push({ url: page.url(), what: `console: ${message.text()}` });
  });
  page.on('pageerror', (error) => problems.push({ url: page.url(), what: `uncaught: ${error.message}` }));
  // Events are reported asynchronously: give the page a moment (one animation frame and a task) before reading.
  return async () => {
    await page.evaluate(() => new Promise((resolve) => requestAnimationFrame(() => setTimeout(resolve, 0)))).catch(() => undefined);
    return [...problems];
  };
}
