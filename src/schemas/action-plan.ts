import { z } from 'astro/zod';
import { periodSchema } from './period.ts';
import { safeUrl } from './url.ts';

/** One published action plan of a goal. */
export const actionPlanSchema = z.strictObject({
  period: periodSchema.describe('`2021-01` for the January 2021 plan, or `2018-Q3` for the FY2018 Q3 plan.'),
  document: safeUrl.describe('The plan document (usually a PDF), as a site path or an http(s) link.'),
});

export type ActionPlan = z.output<typeof actionPlanSchema>;
