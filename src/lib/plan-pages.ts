/**
 * Everything derived from the goals' action plans that pages need: one entry per plan with
 * its address, words, fiscal period, and the previous/next plan of the same goal.
 * Computed once by {@link planPages}; routes and components only render it.
 */
import type { ActionPlan } from '../schemas/action-plan.ts';
import type { Period } from '../schemas/period.ts';
import { documentType } from './document-links.ts';
import { fiscalText, newestFirst, periodDate, periodText, planId, planLabel } from './periods.ts';

/** The parts of a goal that its plans' pages need. */
export interface PlanGoal {
  title: string;
  /** The goal page's address, e.g. `/CAP/cx/`. */
  permalink: string;
  actionPlans: readonly ActionPlan[];
}

/** A link to a neighbouring plan of the same goal. */
interface PlanLink {
  label: string;
  url: string;
}

/** One action plan as a page of the site. */
export interface PlanPage {
  /** `2021-01` or `2018-Q4`: unique within the goal, the last segment of the address. */
  id: string;
  /** `/CAP/cx/action-plans/2021-01/`. */
  url: string;
  goal: { title: string; permalink: string };
  period: Period;
  /** "January 2021 action plan"; "FY2018 Q4 action plan". */
  label: string;
  /** The period in words: "January 2021 (FY2021 Q2)"; "FY2018 Q4". */
  periodText: string;
  /** "FY2021 Q2". */
  fiscalText: string;
  /** `2021-01-01`: the first day of the month the plan sorts by (publication, or the end of its quarter). */
  date: string;
  /** The plan document, as written in the content. */
  document: string;
  /** "PDF", "DOCX"; undefined for web pages. */
  documentType: string | undefined;
  /** The plan published before this one, for the same goal. */
  previous: PlanLink | undefined;
  /** The plan published after this one, for the same goal. */
  next: PlanLink | undefined;
}

/** Address of a plan's page: the goal's address, then `action-plans/2021-01/`. */
export function planUrl(goalPermalink: string, period: Period): string {
  const base = goalPermalink.endsWith('/') ? goalPermalink : `${goalPermalink}/`;
  return `${base}action-plans/${planId(period)}/`;
}

/**
 * Every plan of every goal, newest first (plans of the same month by goal title).
 * Throws when two plans of one goal would share an address.
 */
export function planPages(goals: readonly PlanGoal[]): PlanPage[] {
  const pages: PlanPage[] = [];
  for (const goal of goals) {
    const plans = newestFirst(goal.actionPlans); // newest first: index - 1 is newer, index + 1 is older
    const seen = new Set<string>();
    const ofGoal = plans.map((plan): PlanPage => {
      const url = planUrl(goal.permalink, plan.period);
      if (seen.has(url)) {
        throw new Error(`Goal "${goal.title}" lists two action plans for ${planId(plan.period)}; each period may appear once.`);
      }
      seen.add(url);
      return {
        id: planId(plan.period),
        url,
        goal: { title: goal.title, permalink: goal.permalink },
        period: plan.period,
        label: planLabel(plan.period),
        periodText: periodText(plan.period),
        fiscalText: fiscalText(plan.period),
        date: periodDate(plan.period),
        document: plan.document,
        documentType: documentType(plan.document),
        previous: undefined,
        next: undefined,
      };
    });
    ofGoal.forEach((page, index) => {
      const newer = ofGoal[index - 1];
      const older = ofGoal[index + 1];
      page.next = newer && { label: newer.label, url: newer.url };
      page.previous = older && { label: older.label, url: older.url };
    });
    pages.push(...ofGoal);
  }
  return pages.sort((a, b) => b.date.localeCompare(a.date) || a.goal.title.localeCompare(b.goal.title) || a.id.localeCompare(b.id));
}
