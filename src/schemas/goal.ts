import { z } from 'astro/zod';
import { actionPlanSchema } from './action-plan.ts';
import { isoDate } from './date.ts';
import { leaderSchema } from './leader.ts';
import { narrative, text } from './text.ts';
import { safeUrl, sitePath } from './url.ts';

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
  });

/** A link to another goal, as in the previous/next navigation. */
export const goalLinkSchema = z.strictObject({
  /** Link text: the goal's short name. */
  name: text,
  /** The goal's address on this site. */
  url: sitePath,
});

/** A dated event shown under News and Events while it is upcoming. */
export const eventSchema = z.strictObject({
  /** Event name. */
  title: text,
  /** Day of the event, `YYYY-MM-DD`. */
  date: isoDate,
  /** A sentence or two about it. */
  text: text.optional(),
  /** Where to register or read more. */
  url: safeUrl.optional(),
  /** Label of the link; defaults to "Event details". */
  button: text.default('Event details'),
});

/** A Cross-Agency Priority goal page, in the structured content format. */
export const goalSchema = z.strictObject({
  /** The goal's name, the page's `<h1>`. */
  title: text,
  /** A line under the title. */
  subtitle: text.optional(),
  /** The page's address, e.g. `/CAP/cx/`. */
  permalink: sitePath,
  /** Old addresses that redirect to this page. */
  redirectFrom: z.array(sitePath).default([]),
  /** Icon beside the title, as a site path; a neutral icon is shown when the file is absent. */
  icon: sitePath.optional(),
  /** Which group of the President's Management Agenda the goal belongs to. */
  category: z.enum(GOAL_CATEGORIES).optional(),
  /** A highlighted box near the top; without it the box offers the latest action plan. */
  featured: z
    .strictObject({
      /** What to highlight. */
      text,
      /** Where the button goes. */
      url: safeUrl,
      /** The button's label. */
      button: text.default('Learn more'),
    })
    .optional(),
  /** Related documents and sites, in the order shown. */
  resources: z.array(z.strictObject({ /** Link text. */ name: text, /** Address. */ url: safeUrl })).default([]),
  /** A quotation shown in a grey box. */
  quote: z
    .strictObject({
      /** The quotation, without quotation marks. */
      text,
      /** Who said or wrote it. */
      author: text.optional(),
      /** Type size, a plain CSS length such as `20px`. */
      size: cssLength.optional(),
    })
    .optional(),
  /** The action plan offered as "current"; defaults to the newest of `actionPlans`. */
  currentActionPlan: safeUrl.optional(),
  /** Goal Statement section. */
  statement: narrative.optional(),
  /** The Challenge section. */
  challenge: narrative.optional(),
  /** The Opportunity section. */
  opportunity: narrative.optional(),
  /** Every published action plan, in any order. */
  actionPlans: z.array(actionPlanSchema).default([]),
  /** Key performance indicators; the section appears only when there is something in it. */
  kpis: z
    .strictObject({
      /** The dashboard where the indicators are charted. */
      dashboardUrl: safeUrl.optional(),
      /** Names of the indicators. */
      titles: z.array(text).default([]),
    })
    .optional(),
  /** Posts carrying this tag appear in the goal's News and Events section. */
  newsTag: text.optional(),
  /** Events; only upcoming ones are shown. */
  events: z.array(eventSchema).default([]),
  /** Goal leaders, in the order shown. */
  leaders: z.array(leaderSchema).default([]),
  /** The goal before this one in the site's order. */
  previous: goalLinkSchema.optional(),
  /** The goal after this one in the site's order. */
  next: goalLinkSchema.optional(),
});

/** What an editor writes. */
export type GoalInput = z.input<typeof goalSchema>;
/** What pages and components receive. */
export type Goal = z.output<typeof goalSchema>;
