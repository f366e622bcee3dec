import { axeViolations } from '../support/axe.ts';
import { expect, test } from '../support/shared-tab.ts';

// The site fixture's IT Modernization goal (tests/fixtures/site/goals/it-modernization.md) has two
// indicators with values, one of them with targets, and one given by name only.
const PAGE = '/CAP/it-modernization/#key-performance-indicators';

test.describe('KPI values on a goal page', () => {
  test('each indicator with values is a figure with caption, summary, chart and legend, and a table of values', async ({ tab: page }) => {
    await page.goto(PAGE);
    const section = page.locator('#key-performance-indicators-content');
    const cloud = section.locator('section.cap-kpi').filter({ has: page.getByRole('heading', { level: 3, name: 'Systems moved to the cloud' }) });
    const figure = cloud.locator('figure');
    await expect(figure.locator('figcaption')).toHaveText('Systems moved to the cloud (%), FY2021 Q1 to FY2022 Q4');
    // The fixture lists the periods out of order; the sentence reads from the earliest to the latest.
    await expect(figure.locator('.cap-kpi__summary')).toHaveText('Rose from 62% in FY2021 Q1 to 71% in FY2022 Q4, against a target of 75%.');
    await expect(figure.getByRole('img', { name: /Systems moved to the cloud/ })).toBeVisible();
    await expect(figure.locator('.cap-kpi__legend li')).toHaveText(['Solid line, round markers: measured value', 'Dashed line, square markers: target']);
    const table = cloud.getByRole('table', { name: /Systems moved to the cloud/ });
    await expect(table).toBeVisible();
    await expect(table.locator('tbody tr')).toHaveText([
      /FY2021 Q1\s*62%\s*70%/,
      /FY2021 Q3\s*64.5%\s*No target set/,
      /FY2022 Q1\s*68%\s*72%/,
      /FY2022 Q4\s*71%\s*75%/,
    ]);
    // Names without values are still listed.
    await expect(section.locator(':scope > ul li')).toHaveText(['Cloud Email Adoption']);
  });

  test("the CSV link downloads that indicator's values as CSV, with formulas made inert", async ({ tab: page }) => {
    await page.goto(PAGE);
    for (const [name, lines] of [
      [
        'Systems moved to the cloud',
        ['Indicator,Unit,Period,Value,Target', 'Systems moved to the cloud,%,FY2021 Q1,62,70', 'Systems moved to the cloud,%,FY2022 Q4,71,75'],
      ],
      [
        '=Days to restore service',
        ['Indicator,Unit,Period,Value,Target', "'=Days to restore service,days,January 2021,30,", "'=Days to restore service,days,July 2021,21,"],
      ],
    ] as const) {
      const link = page.getByRole('link', { name: `Download the values of ${name} (CSV)` });
      const [download] = await Promise.all([page.waitForEvent('download'), link.click()]);
      expect(download.suggestedFilename()).toMatch(/^CAP-it-modernization-.+\.csv$/);
      const response = await page.request.get((await link.getAttribute('href')) ?? '');
      expect(response.status()).toBe(200);
      expect(response.headers()['content-type']).toMatch(/^text\/csv/);
      const body = await response.text();
      expect(body.endsWith('\r\n')).toBe(true);
      const rows = body.split('\r\n');
      expect(rows[0]).toBe(lines[0]);
      expect(rows).toContain(lines[1]);
      expect(rows).toContain(lines[2]);
    }
  });

  for (const width of [375, 1280]) {
    test(`the section passes axe at ${width} px, and the chart fits its column`, async ({ tab: page }) => {
      await page.setViewportSize({ width, height: 900 });
      await page.goto(PAGE);
      expect(await axeViolations(page, '#key-performance-indicators')).toEqual([]);
      expect(await page.evaluate(() => document.documentElement.scrollWidth <= window.innerWidth)).toBe(true);
    });
  }

  test('under forced colours, lines and markers take the system text colour and stay distinct by dash and shape', async ({ tab: page }) => {
    await page.emulateMedia({ forcedColors: 'active', colorScheme: 'dark' });
    await page.goto(PAGE);
    const chart = page.locator('svg.cap-kpi-chart').first();
    const paint = await chart.evaluate((svg) => {
      const style = (selector: string) => getComputedStyle(svg.querySelector(selector)!);
      const text = getComputedStyle(document.body).color;
      return {
        text,
        value: style('.cap-kpi-chart__value').stroke,
        target: style('.cap-kpi-chart__target').stroke,
        targetDash: style('.cap-kpi-chart__target').strokeDasharray,
        valueDash: style('.cap-kpi-chart__value').strokeDasharray,
        marker: style('.cap-kpi-chart__value-marker circle').fill,
        label: style('.cap-kpi-chart__label').fill,
      };
    });
    expect(paint.value).toBe(paint.text);
    expect(paint.target).toBe(paint.text);
    expect(paint.marker).toBe(paint.text);
    expect(paint.label).toBe(paint.text);
    expect(paint.targetDash).not.toBe('none');
    expect(paint.valueDash).toBe('none');
  });
});
