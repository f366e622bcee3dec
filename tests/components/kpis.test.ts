import { experimental_AstroContainer as AstroContainer } from 'astro/container';
import { parse, type HTMLElement } from 'node-html-parser';
import { beforeAll, describe, expect, it } from 'vitest';
import Kpis from '../../src/components/Kpis.astro';
import { kpiSection } from '../../src/lib/kpi-section.ts';
import { kpiSchema } from '../../src/schemas/kpi.ts';

let container: AstroContainer;
beforeAll(async () => {
  container = await AstroContainer.create();
});

const words = (text: string | undefined) => text?.replace(/\s+/g, ' ').trim();
const indicator = {
  name: 'Systems in the cloud',
  unit: '%',
  values: [
    { period: '2022-Q4', value: 71, target: 75 },
    { period: '2021-Q1', value: 62, target: 70 },
    { period: '2021-Q3', value: 64.5 },
  ],
};
const untargeted = {
  name: 'Days to restore',
  unit: 'days',
  values: [
    { period: '2021-01', value: 30 },
    { period: '2021-07', value: 21 },
  ],
};

async function render(titles: unknown[]): Promise<HTMLElement> {
  const section = kpiSection(
    '/CAP/x/',
    titles.map((t) => kpiSchema.parse(t)),
  );
  return parse(await container.renderToString(Kpis, { props: { ...section, dashboard: undefined } }));
}

describe('Kpis with values', () => {
  it('shows each indicator as a figure with a caption, the trend in a sentence, a chart and a text legend', async () => {
    const html = await render([indicator]);
    const figure = html.querySelector('section.cap-kpi figure');
    expect(words(html.querySelector('section.cap-kpi h3')?.text)).toBe('Systems in the cloud');
    expect(words(figure?.querySelector('figcaption')?.text)).toBe('Systems in the cloud (%), FY2021 Q1 to FY2022 Q4');
    expect(figure?.childNodes.filter((n) => n.nodeType === 1)[0]?.rawTagName).toBe('figcaption');
    expect(words(figure?.querySelector('.cap-kpi__summary')?.text)).toBe('Rose from 62% in FY2021 Q1 to 71% in FY2022 Q4, against a target of 75%.');
    expect(figure?.querySelectorAll('.cap-kpi__legend li').map((li) => words(li.text))).toEqual([
      'Solid line, round markers: measured value',
      'Dashed line, square markers: target',
    ]);
  });

  it('draws an SVG image with an accessible name, values as circles and targets as dashed line and squares', async () => {
    const svg = (await render([indicator])).querySelector('svg.cap-kpi-chart');
    expect(svg?.getAttribute('role')).toBe('img');
    expect(svg?.getAttribute('aria-label')).toMatch(/Systems in the cloud/);
    expect(svg?.querySelectorAll('.cap-kpi-chart__value-marker circle')).toHaveLength(3);
    expect(svg?.querySelectorAll('.cap-kpi-chart__target-marker rect')).toHaveLength(2);
    expect(svg?.querySelector('.cap-kpi-chart__target')?.getAttribute('stroke-dasharray')).toBeTruthy();
    expect(svg?.querySelector('.cap-kpi-chart__value')?.getAttribute('stroke-dasharray')).toBeUndefined();
    expect(svg?.querySelectorAll('text').map((t) => t.text)).toEqual(expect.arrayContaining(['62%', '71%', 'Target 75%', 'FY2021 Q1', 'FY2022 Q4']));
  });

  it('colours nothing itself: strokes and fills are currentColor or none, with no style attribute or element', async () => {
    const html = await render([indicator]);
    const painted = html
      .querySelectorAll('svg *')
      .flatMap((el) => [el.getAttribute('stroke'), el.getAttribute('fill')])
      .filter((v) => v !== undefined);
    expect(new Set(painted)).toEqual(new Set(['currentColor', 'none']));
    expect(html.querySelectorAll('[style], style')).toHaveLength(0);
  });

  it('lists every value in a table, oldest first, with a target column only when a period has a target', async () => {
    const html = await render([indicator, untargeted]);
    const [first, second] = html.querySelectorAll('table.usa-table');
    expect(words(first?.querySelector('caption')?.text)).toBe('Systems in the cloud: every value (%)');
    expect(first?.querySelectorAll('thead th').map((th) => th.text)).toEqual(['Period', 'Value', 'Target']);
    expect(first?.querySelectorAll('tbody tr').map((tr) => tr.querySelectorAll('th, td').map((c) => c.text))).toEqual([
      ['FY2021 Q1', '62%', '70%'],
      ['FY2021 Q3', '64.5%', 'No target set'],
      ['FY2022 Q4', '71%', '75%'],
    ]);
    expect(first?.querySelectorAll('tbody th').every((th) => th.getAttribute('scope') === 'row')).toBe(true);
    expect(second?.querySelectorAll('thead th').map((th) => th.text)).toEqual(['Period', 'Value']);
    expect(html.querySelectorAll('.cap-kpi__legend')[1]?.querySelectorAll('li')).toHaveLength(1);
  });

  it("links each indicator's CSV file, naming it in the link", async () => {
    const links = (await render([indicator, untargeted])).querySelectorAll('.cap-kpi__download a');
    expect(links.map((a) => [a.getAttribute('href'), a.getAttribute('download'), words(a.text)])).toEqual([
      ['/CAP/x/kpis/systems-in-the-cloud.csv', 'CAP-x-systems-in-the-cloud.csv', 'Download the values of Systems in the cloud (CSV)'],
      ['/CAP/x/kpis/days-to-restore.csv', 'CAP-x-days-to-restore.csv', 'Download the values of Days to restore (CSV)'],
    ]);
  });

  it('keeps ids unique on the page', async () => {
    const ids = (await render([indicator, untargeted])).querySelectorAll('[id]').map((el) => el.id);
    expect(new Set(ids).size).toBe(ids.length);
  });
});

describe('Kpis with names only', () => {
  it('still shows the names as a list, and no figure', async () => {
    const html = await render(['Satisfaction', 'Trust']);
    expect(html.querySelectorAll('li').map((li) => li.text)).toEqual(['Satisfaction', 'Trust']);
    expect(html.querySelector('figure')).toBeNull();
    expect(html.querySelector('table')).toBeNull();
  });

  it('shows charts for indicators with values and lists the others by name', async () => {
    const html = await render(['Satisfaction', untargeted]);
    expect(html.querySelectorAll('figure')).toHaveLength(1);
    expect(html.querySelectorAll(':scope > ul li').map((li) => li.text)).toEqual(['Satisfaction']);
  });
});
