import { z } from 'astro/zod';
import { actionPlanSchema } from './action-plan.ts';
import { kpiSchema } from './kpi.ts';
import { isoDate } from './date.ts';
import { leaderSchema } from './leader.ts';
import { list, narrative, text } from './text.ts';
import { pageAddress, safeUrl, sitePath } from './url.ts';
import { uswdsIconName } from './uswds-icon.ts';

/** The four groups the 2018 President's Management Agenda sorted its goals into. */
export const GOAL_CATEGORIES = [
  'Key Drivers of Transformation',
  'Cross-Cutting Priority Areas',
  'Functional Priority Areas',
  'Mission Priority Areas',
] as const;

/** A plain CSS length such as `20px`, `1.25rem` or `120%`: nothing that could carry other CSS. */
export const cssLength = z
  .union([z.string(), z.number()])
  .transform((value) => String(value).trim())
  .refine((value) => /^\d+(\.\d+)?(px|rem|em|pt|%)$/.test(value), {
    error: (issue) => `expected a CSS length such as "20px" or "1.25rem", got ${JSON.stringify(issue.input)}`,
  })
  .meta({ title: 'CSS length such as `20px`' });

/** A link to another goal, as in the previous/next navigation. */
const goalLinkSchema = z.strictObject({
  name: text.describe("Link text: the goal's short name."),
  url: sitePath.describe("The goal's address on this site."),
});

/** A dated event shown under News and Events while it is upcoming. */
const eventSchema = z.strictObject({
  title: text.describe('Event name.'),
  date: isoDate.describe('Day of the event, `YYYY-MM-DD`.'),
  text: text.optional().describe('A sentence or two about it.'),
  url: safeUrl.optional().describe('Where to register or read more.'),
  button: text.default('Event details').describe('Label of the link.'),
});

/**
 * A Cross-Agency Priority goal page, in the structured content format. Each field's
 * description feeds the README's content reference (`npm run docs`).
 */
export const goalSchema = z.strictObject({
  title: text.describe("The goal's name, the page's `<h1>`."),
  subtitle: text.optional().describe('A line under the title.'),
  permalink: pageAddress.describe("The page's address, e.g. `/CAP/cx/`."),
  redirectFrom: list(sitePath).default([]).describe('Old addresses that redirect to this page.'),
  icon: sitePath.optional().describe('Icon file beside the title, as a site path; when the file is absent, `uswdsIcon` is drawn instead.'),
  uswdsIcon: uswdsIconName
    .optional()
    .describe("An icon of the USWDS set by name (`groups`, `insights`, …), drawn when the goal has no icon file; defaults to its category's icon."),
  category: z.enum(GOAL_CATEGORIES).optional().describe("The President's Management Agenda group the goal belongs to."),
  order: z
    .number()
    .int()
    .positive()
    .optional()
    .describe('Place within its category in the site order (overview, previous/next), smallest first; goals without it follow, by title.'),
  featured: z
    .strictObject({
      text: text.describe('What to highlight.'),
      url: safeUrl.describe('Where the button goes.'),
      button: text.default('Learn more').describe("The button's label."),
    })
    .optional()
    .describe('A highlighted box near the top; without it the box offers the latest action plan.'),
  resources: list(z.strictObject({ name: text.describe('Link text.'), url: safeUrl.describe('Address.') }))
    .default([])
    .describe('Related documents and sites, in the order shown.'),
  quote: z
    .strictObject({
      text: text.describe('The quotation, without quotation marks.'),
      author: text.optional().describe('Who said or wrote it.'),
      size: cssLength.optional().describe('Type size, a plain CSS length such as `20px`.'),
    })
    .optional()
    .describe('A quotation shown in a grey box.'),
  currentActionPlan: safeUrl.optional().describe('The plan offered as "current"; defaults to the newest of `actionPlans`.'),
  statement: narrative.optional().describe('The Goal Statement section.'),
  challenge: narrative.optional().describe('The Challenge section.'),
  opportunity: narrative.optional().describe('The Opportunity section.'),
  actionPlans: list(actionPlanSchema).default([]).describe('Every published action plan, in any order.'),
  kpis: z
    .strictObject({
      dashboardUrl: safeUrl.optional().describe('The dashboard where the indicators are charted.'),
      titles: list(kpiSchema).default([]).describe('The indicators, in the order shown: a name, or a name with its unit and values by period (charted).'),
    })
    .optional()
    .describe('Key performance indicators; the section appears only when there is something in it.'),
  updated: isoDate
    .optional()
    .describe('Day the page\'s content last changed, `YYYY-MM-DD`, shown as "Updated" and in the sitemap; without it, the newest action plan\'s month.'),
  newsTag: text.optional().describe("Posts carrying this tag appear in the goal's News and Events section."),
  events: list(eventSchema).default([]).describe('Events; only upcoming ones are shown.'),
  leaders: list(leaderSchema).default([]).describe('Goal leaders, in the order shown.'),
  previous: goalLinkSchema
    .optional()
    .describe(
      "Replaces this page's previous link only (by default the goal before it in the site order, or the overview); must point at a goal or the overview.",
    ),
  next: goalLinkSchema
    .optional()
    .describe("Replaces this page's next link only (by default the goal after it in the site order, or the overview); must point at a goal or the overview."),
});

/** What pages and components receive. */
export type Goal = z.output<typeof goalSchema>;
