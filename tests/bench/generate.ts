/**
 * Seeded generator of a synthetic content folder for the benchmark: N goals with M action plans
 * each and P posts, shaped like the real goal files (`src/content/goals/cx.md`): a statement,
 * challenge and opportunity of real length, a featured box, a quote, three leaders, resources,
 * KPIs, plans, and news posts tagged for the goals. Every `pdfEvery`-th goal holds its newest
 * plan as a PDF (made with pdf-lib) in the content folder's `assets/CAP/action_plans/`, so the
 * build reads PDF text as it does for the real site; the other plans link to the archive.
 * The same seed and sizes always give the same files.
 */
import { mkdir, rm, writeFile } from 'node:fs/promises';
import path from 'node:path';
import { PDFDocument, StandardFonts } from 'pdf-lib';

export interface GenerateOptions {
  goals: number;
  plans: number;
  posts: number;
  seed: number;
  /** One goal in this many holds its newest plan as a local PDF. */
  pdfEvery?: number;
}

export interface GenerateReport {
  goals: number;
  plans: number;
  posts: number;
  pdfs: number;
  /** The pages the site indexes: goal, plan and post pages. */
  searchablePages: number;
  /** Each goal's title, in order. */
  goalTitles: string[];
}

/** A word found only on page 3 of each generated PDF: searching it shows results that point into a PDF page. */
export const PDF_WORD = 'sundew';

const CATEGORIES = ['Key Drivers of Transformation', 'Cross-Cutting Priority Areas', 'Functional Priority Areas', 'Mission Priority Areas'];

// Vocabulary of the goal pages, so text has the words and word lengths of the real site.
const WORDS = `agency agencies federal government service services customer experience data strategy workforce
modernize modernization information technology security cyber grants payments improper results accountability
shared quality category management spending transparency reform mission support program programs performance
measure measures indicator indicators milestone milestones plan plans action goal goals leader leaders council
office management budget administration public citizens businesses digital delivery channels trust usability
reliability satisfaction practice practices private sector leading critical streamline streamlined responsive
efficient effective effort efforts across improve improving improvement reduce reducing burden cost costs value
high low work employees hiring talent skills training reskilling acquisition contracts buying vendors suppliers
infrastructure cloud legacy systems applications network networks risk risks evidence evaluation research lab
market transfer innovation partners partnership partnerships states local tribal communities veterans health
benefits claims forms portal online access phone contact centers feedback survey surveys quarterly annual fiscal
year years report reports reporting oversight compliance guidance policy policies standards framework tools
dashboard dashboards metrics baseline targets progress status update updates review reviews team teams working
group groups pilot pilots launch launched deliver delivered completed ongoing planned next steps key priority`
  .split(/\s+/)
  .filter(Boolean);

const FIRST_NAMES = ['Pamela', 'Matt', 'Dustin', 'Maria', 'James', 'Linda', 'Robert', 'Patricia', 'Michael', 'Jennifer', 'David', 'Susan', 'Carlos', 'Aisha'];
const LAST_NAMES = ['Powers', 'Cutts', 'Brown', 'Garcia', 'Nguyen', 'Smith', 'Johnson', 'Lee', 'Patel', 'Okafor', 'Martinez', 'Kim', 'Walker', 'Rossi'];
const AGENCIES = [
  'Department of Veterans Affairs',
  'U.S. Digital Service',
  'Office of Management and Budget',
  'General Services Administration',
  'Office of Personnel Management',
  'Department of the Treasury',
  'Department of Commerce',
  'Department of Health and Human Services',
];

/** mulberry32: a small, fast, seedable generator (the same seed gives the same site). */
function random(seed: number): () => number {
  let state = seed >>> 0;
  return () => {
    state = (state + 0x6d2b79f5) >>> 0;
    let t = state;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

class Text {
  readonly next: () => number;
  constructor(next: () => number) {
    this.next = next;
  }
  int(min: number, max: number): number {
    return min + Math.floor(this.next() * (max - min + 1));
  }
  pick<T>(list: readonly T[]): T {
    return list[Math.floor(this.next() * list.length)] as T;
  }
  words(count: number): string {
    return Array.from({ length: count }, () => this.pick(WORDS)).join(' ');
  }
  sentence(min = 8, max = 22): string {
    const words = this.words(this.int(min, max));
    return `${words.charAt(0).toUpperCase()}${words.slice(1)}.`;
  }
  /** Sentences up to about `chars` characters. */
  prose(chars: number): string {
    const out: string[] = [];
    let length = 0;
    while (length < chars) {
      const s = this.sentence();
      out.push(s);
      length += s.length + 1;
    }
    return out.join(' ');
  }
  title(min = 2, max = 5): string {
    return this.words(this.int(min, max))
      .split(' ')
      .map((w) => w.charAt(0).toUpperCase() + w.slice(1))
      .join(' ');
  }
}

const yaml = (value: string) => JSON.stringify(value);

/** `count` distinct periods, newest first: months back from January 2021. */
function periods(count: number): string[] {
  return Array.from({ length: count }, (_, i) => {
    const months = 2021 * 12 + 0 - i;
    return `${Math.floor(months / 12)}-${String((months % 12) + 1).padStart(2, '0')}`;
  });
}

async function pdf(text: Text, title: string, pages: number): Promise<Uint8Array> {
  const doc = await PDFDocument.create();
  const font = await doc.embedFont(StandardFonts.Helvetica);
  for (let p = 0; p < pages; p++) {
    const page = doc.addPage([612, 792]);
    const lines = [p === 0 ? title : `Page ${p + 1}`, ...Array.from({ length: 30 }, () => text.words(text.int(9, 13)))];
    if (p === 2) lines.push(`The ${PDF_WORD} working group reports here.`);
    lines.forEach((line, i) => page.drawText(line, { x: 54, y: 740 - i * 22, size: 11, font }));
  }
  return doc.save();
}

/** Writes the synthetic content folder into `dir` (emptied first). */
export async function generateContent(dir: string, options: GenerateOptions): Promise<GenerateReport> {
  const { goals, plans, posts, seed, pdfEvery = 20 } = options;
  const text = new Text(random(seed));
  await rm(dir, { recursive: true, force: true });
  const pdfDir = path.join(dir, 'assets/CAP/action_plans');
  await Promise.all([
    mkdir(path.join(dir, 'goals'), { recursive: true }),
    mkdir(path.join(dir, 'posts'), { recursive: true }),
    mkdir(pdfDir, { recursive: true }),
  ]);
  const planPeriods = periods(plans);
  let pdfs = 0;
  const tags: string[] = [];
  const goalTitles: string[] = [];
  for (let g = 1; g <= goals; g++) {
    const slug = `goal-${g}`;
    const tag = `g${g}`;
    tags.push(tag);
    const name = text.title(3, 6);
    const title = `${name} (${g})`;
    goalTitles.push(title);
    const holdsPdf = pdfEvery > 0 && g % pdfEvery === 1 && plans > 0;
    const planLines = planPeriods.map((period) => `  - { period: ${period}, document: /CAP/action_plans/${period}_${slug}.pdf }`);
    if (holdsPdf) {
      await writeFile(path.join(pdfDir, `${planPeriods[0]}_${slug}.pdf`), await pdf(text, `${name}: action plan`, text.int(3, 8)));
      pdfs++;
    }
    const leaders = Array.from({ length: 3 }, () => {
      const person = `${text.pick(FIRST_NAMES)} ${text.pick(LAST_NAMES)}`;
      return [
        `  - name: ${yaml(person)}`,
        `    title: ${yaml(`${text.title(1, 3)}, ${text.pick(AGENCIES)}`)}`,
        `    photo: /img/CAP-photos/${person.toLowerCase().replace(/\s+/g, '-')}.jpg`,
        `    alt: ${yaml(`Photo of ${person}`)}`,
      ].join('\n');
    });
    const resources = Array.from(
      { length: text.int(3, 7) },
      (_, i) => `  - { name: ${yaml(text.title(3, 7))}, url: "https://www.performance.gov/${slug}/resource-${i + 1}" }`,
    );
    const kpis = Array.from({ length: text.int(2, 5) }, () => `    - ${yaml(text.title(3, 6))}`);
    const file = [
      '---',
      `title: ${yaml(title)}`,
      `permalink: /CAP/${slug}/`,
      `redirectFrom: [/CAP/CAP_goal_${g}.html]`,
      `category: ${CATEGORIES[g % CATEGORIES.length]}`,
      `order: ${g}`,
      'featured:',
      `  text: ${yaml(text.sentence(6, 12))}`,
      `  url: https://www.performance.gov/${slug}/`,
      '  button: Learn More',
      'resources:',
      ...resources,
      'quote:',
      `  text: ${yaml(text.sentence(12, 20))}`,
      `  author: ${yaml(text.pick(AGENCIES))}`,
      `statement: ${yaml(text.prose(160))}`,
      `challenge: ${yaml(text.prose(420))}`,
      `opportunity: ${yaml(text.prose(560))}`,
      ...(plans > 0 ? ['actionPlans:', ...planLines] : []),
      'kpis:',
      `  dashboardUrl: https://www.performance.gov/${slug}/dashboard/`,
      '  titles:',
      ...kpis,
      `newsTag: ${tag}`,
      'leaders:',
      ...leaders,
      '---',
      '',
    ].join('\n');
    await writeFile(path.join(dir, 'goals', `${slug}.md`), file);
  }
  for (let p = 1; p <= posts; p++) {
    const day = new Date(Date.UTC(2018, 0, 1) + text.int(0, 3 * 365) * 86_400_000).toISOString().slice(0, 10);
    const postTags = tags.length > 0 ? [text.pick(tags), ...(text.next() < 0.3 ? [text.pick(tags)] : [])] : [];
    const body = Array.from({ length: text.int(2, 5) }, () => text.prose(text.int(250, 600))).join('\n\n');
    const file = [
      '---',
      `title: ${yaml(`${text.title(3, 7)} ${p}`)}`,
      `date: ${day}`,
      `description: ${yaml(text.sentence(10, 20))}`,
      `tags: [${[...new Set(postTags)].join(', ')}]`,
      '---',
      '',
      body,
      '',
    ].join('\n');
    await writeFile(path.join(dir, 'posts', `${day}-post-${p}.md`), file);
  }
  return { goals, plans: goals * plans, posts, pdfs, searchablePages: goals + goals * plans + posts, goalTitles };
}
