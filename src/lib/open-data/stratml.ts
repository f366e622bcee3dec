/**
 * StratML Part 1 (ISO 17469-1, "Strategy Markup Language, Part 1: StratML Core elements") documents:
 * the whole agenda (`/data/stratml.xml`) and each goal alone (`stratml.xml` beside its page).
 * Each goal is a `Goal` with its name, statement, a unique identifier (its page's address), its place
 * in the site order, its leaders as `Stakeholder`s (persons, with their role), and its challenge and
 * opportunity; elements come in the order the StratML Core schema sets. `xmlbuilder2` escapes the text.
 */
import { create } from 'xmlbuilder2';
import type { XMLBuilder } from 'xmlbuilder2/lib/interfaces';
import { agencies } from '../identifier.ts';
import type { OpenDataSet } from './records.ts';
import type { GoalRecord } from './schemas.ts';

export const STRATML_NAMESPACE = 'urn:ISO:std:iso:17469:tech:xsd:stratml_core';

const AGENDA = {
  name: "Cross-Agency Priority Goals of the President's Management Agenda",
  description:
    'Goals that no single agency can reach alone, each with its leaders, statement, challenge and opportunity. Progress is reported quarterly in action plans.',
};

/** The StratML document of the whole agenda: every goal, in site order. */
export function agendaStratml(data: OpenDataSet, source: string): string {
  return document({ name: AGENDA.name, description: AGENDA.description, goals: data.goals, source, published: data.modified });
}

/** The StratML document of one goal. */
export function goalStratml(data: OpenDataSet, goal: GoalRecord): string {
  return document({
    name: goal.title,
    description: goal.subtitle ?? goal.statement?.paragraphs[0] ?? goal.title,
    goals: [goal],
    source: goal.url,
    published: goal.actionPlans[0]?.sortDate ?? data.modified,
  });
}

interface PlanDocument {
  name: string;
  description: string;
  goals: readonly GoalRecord[];
  /** Where the plan is published. */
  source: string;
  published: string;
}

function document({ name, description, goals, source, published }: PlanDocument): string {
  const doc = create({ version: '1.0', encoding: 'UTF-8' });
  const plan = doc.ele(STRATML_NAMESPACE, 'StrategicPlan');
  plan.ele('Name').txt(name);
  plan.ele('Description').txt(description);
  const core = plan.ele('StrategicPlanCore');
  const [parent, ...partners] = agencies;
  if (parent) {
    const organization = core.ele('Organization');
    organization.ele('Name').txt(parent.label);
    organization.ele('Identifier').txt(parent.href);
    if (partners.length > 0) organization.ele('Description').txt(`With the ${partners.map((agency) => agency.label).join(', the ')}.`);
  }
  for (const goal of goals) goalElement(core.ele('Goal'), goal);
  const { start, end } = coveredDays(goals, published);
  const admin = plan.ele('AdministrativeInformation');
  admin.ele('StartDate').txt(start);
  admin.ele('EndDate').txt(end);
  admin.ele('PublicationDate').txt(published);
  admin.ele('Source').txt(source);
  return doc.end({ prettyPrint: true });
}

function goalElement(element: XMLBuilder, goal: GoalRecord): void {
  element.ele('Name').txt(goal.title);
  const description = narrativeText(goal.statement) ?? goal.subtitle;
  if (description) element.ele('Description').txt(description);
  element.ele('Identifier').txt(goal.url);
  element.ele('SequenceIndicator').txt(String(goal.position));
  for (const leader of goal.leaders) {
    const stakeholder = element.ele('Stakeholder', { StakeholderTypeType: 'Person' });
    stakeholder.ele('Name').txt(leader.name);
    stakeholder.ele('Description').txt(leader.title);
    const role = stakeholder.ele('Role');
    role.ele('Name').txt('Goal leader');
    role.ele('Description').txt(leader.title);
  }
  const other = [
    goal.category && `Category: ${goal.category}`,
    goal.challenge && `Challenge: ${narrativeText(goal.challenge)}`,
    goal.opportunity && `Opportunity: ${narrativeText(goal.opportunity)}`,
  ].filter(Boolean);
  if (other.length > 0) element.ele('OtherInformation').txt(other.join('\n\n'));
}

/** Paragraphs, then the bullets one per line. */
function narrativeText(narrative: GoalRecord['statement']): string | undefined {
  if (!narrative) return undefined;
  return [...narrative.paragraphs, narrative.bullets.map((bullet) => `- ${bullet}`).join('\n')].filter(Boolean).join('\n\n') || undefined;
}

/** The fiscal years the plans cover: 1 October before the first to 30 September of the last; the publication day when there are none. */
function coveredDays(goals: readonly GoalRecord[], published: string): { start: string; end: string } {
  const years = goals.flatMap((goal) => goal.actionPlans.map((plan) => plan.fiscalYear));
  if (years.length === 0) return { start: published, end: published };
  const first = years.reduce((a, b) => Math.min(a, b));
  const last = years.reduce((a, b) => Math.max(a, b));
  return { start: `${first - 1}-10-01`, end: `${last}-09-30` };
}
