/**
 * Everything derived from the goals' action plans that pages need: one entry per plan with
 * its address, words, fiscal period, and the previous/next plan of the same goal.
 * Computed once by {@link planPages}; routes and components only render it.
 */
import type { ActionPlan } from '../schemas/action-plan.ts';
import type { Period } from '../schemas/period.ts';
import { documentType, monthYear, newestFirst, planId, planLabel } from './action-plans.ts';

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
  /** "January 2021 action plan"; "FY2018 Q4 action plan, published December 2018". */
  label: string;
  /** The period in words: "January 2021"; "FY2018 Q4, published December 2018". */
  periodText: string;
  /** "FY2021 Q2". */
  fiscalText: string;
  /** First day of the month of publication, `2021-01-01`: the date results sort by. */
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

/** `2021-01-01`: the first day of the month a plan was published. */
function periodDate(period: Period): string {
  return `${period.year}-${String(period.month).padStart(2, '0')}-01`;
}

/** "January 2021", or "FY2018 Q4, published December 2018" for plans written as a fiscal quarter. */
export function periodText(period: Period): string {
  return period.writtenAs === 'quarter'
    ? `FY${period.fiscalYear} Q${period.fiscalQuarter}, published ${monthYear(period)}`
    : monthYear(period);
}

/** "FY2021 Q2". */
function fiscalText(period: Period): string {
  return `FY${period.fiscalYear} Q${period.fiscalQuarter}`;
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

/**
 * The date a goal page sorts by in search results: that of its newest plan, so goals do not
 * drop out of date-sorted results. Goals without plans get undefined.
 */
export function goalDate(goal: Pick<PlanGoal, 'actionPlans'>): string | undefined {
  const newest = newestFirst(goal.actionPlans)[0];
  return newest && periodDate(newest.period);
}

/** The fiscal years a goal's plans cover, newest first, without repeats. */
export function goalFiscalYears(goal: Pick<PlanGoal, 'actionPlans'>): number[] {
  return [...new Set(goal.actionPlans.map((plan) => plan.period.fiscalYear))].sort((a, b) => b - a);
}

/** Federal fiscal year of a day: October 2019 onwards is FY2020. */
export function fiscalYearOfDate(date: Date): number {
  return date.getUTCMonth() >= 9 ? date.getUTCFullYear() + 1 : date.getUTCFullYear();
}
