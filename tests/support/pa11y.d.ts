// pa11y 9 ships no types; the part of its API the tests use (https://github.com/pa11y/pa11y#javascript-interface).
declare module 'pa11y' {
  interface Pa11yIssue {
    code: string;
    type: 'error' | 'warning' | 'notice';
    message: string;
    selector: string;
    context: string;
  }
  interface Pa11yOptions {
    standard?: 'WCAG2A' | 'WCAG2AA' | 'WCAG2AAA';
    runners?: string[];
    includeWarnings?: boolean;
    includeNotices?: boolean;
    actions?: string[];
    timeout?: number;
    /** A browser to open pages in, instead of launching one per call. */
    browser?: import('puppeteer').Browser;
  }
  interface Pa11yResults {
    documentTitle: string;
    pageUrl: string;
    issues: Pa11yIssue[];
  }
  export default function pa11y(url: string, options?: Pa11yOptions): Promise<Pa11yResults>;
}
