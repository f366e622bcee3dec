/** The view model of the table of every action plan of every goal. */
import { periodName } from './periods.ts';
import { planPages, type PlanGoal } from './plan-pages.ts';

/** One row of the table. */
interface PlanRow {
  goal: { title: string; url: string };
  /** "January 2021" or "FY2018 Q3", linking to the plan's page; the fiscal quarter has its own column. */
  period: { text: string; url: string };
  /** "FY2021 Q2". */
  fiscal: string;
  /** The document link: its type ("PDF", or "Web page") and, for screen readers, which plan it is. */
  document: { href: string; text: string; context: string };
}

export interface PlansIndexPage {
  /** "12 action plans, newest first". */
  caption: string;
  rows: PlanRow[];
}

/** Every plan, newest first. `documentHref` turns a plan's document into the address a reader follows. */
export function plansIndexPage(goals: readonly PlanGoal[], documentHref: (url: string) => string): PlansIndexPage {
  const plans = planPages(goals);
  return {
    caption: `${plans.length} action plan${plans.length === 1 ? '' : 's'}, newest first`,
    rows: plans.map((plan) => ({
      goal: { title: plan.goal.title, url: plan.goal.permalink },
      period: { text: periodName(plan.period), url: plan.url },
      fiscal: plan.fiscalText,
      document: { href: documentHref(plan.document), text: plan.documentType ?? 'Web page', context: `${plan.label}, ${plan.goal.title}` },
    })),
  };
}
