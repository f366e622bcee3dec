import { z } from 'astro/zod';
import { periodSchema } from './period.ts';
import { safeUrl } from './url.ts';

/** One published action plan of a goal. */
export const actionPlanSchema = z.strictObject({
  /** `2021-01` for the January 2021 plan, or `2018-Q3` for the FY2018 Q3 plan. */
  period: periodSchema,
  /** The plan document (usually a PDF), as a site path or an http(s) link. */
  document: safeUrl,
});

export type ActionPlan = z.output<typeof actionPlanSchema>;
