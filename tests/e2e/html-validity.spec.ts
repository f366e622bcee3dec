import { readFileSync } from 'node:fs';
import path from 'node:path';
import { expect, test } from '@playwright/test';
import { HtmlValidate } from 'html-validate';
import { distDir, distPageUrls } from '../support/dist-pages.ts';

// html-validate's recommended rules on every page of the site fixture, as GOV.UK Frontend runs them on its fixtures.
const validator = new HtmlValidate({
  extends: ['html-validate:recommended'],
  rules: {
    // Goal names are long ("Improve Transfer of Federally-Funded Technologies from Lab-to-Market"); the title must still name the page.
    'long-title': 'off',
  },
});

test('every page of the site fixture is valid HTML', async () => {
  const problems: string[] = [];
  const urls = distPageUrls();
  for (const url of urls) {
    const file = path.join(distDir, url.endsWith('/') ? `${url}index.html` : url);
    const report = await validator.validateString(readFileSync(file, 'utf8'), url);
    for (const result of report.results) {
      for (const message of result.messages) problems.push(`${url}:${message.line}: ${message.ruleId}: ${message.message}`);
    }
  }
  // The site fixture's pages: 7 goals, 15 plans, 12 posts, 8 old addresses, 2 news pages, 6 tag pages, the overview and its 5
  // category pages, the plan index with 4 fiscal years and 4 goals, and home, 404, search, accessibility and open data.
  expect(urls).toHaveLength(70);
  expect(problems).toEqual([]);
});
