import type { Goal } from '../schemas/goal.ts';

export interface SectionLink {
  id: string;
  label: string;
}

/** The accordion sections a goal has, in page order; KPIs only when there is something to show. */
export function accordionSections(goal: Goal): SectionLink[] {
  const sections: (SectionLink | false | undefined)[] = [
    goal.statement && { id: 'goal-statement', label: 'Goal Statement' },
    goal.challenge && { id: 'the-challenge', label: 'The Challenge' },
    goal.opportunity && { id: 'the-opportunity', label: 'The Opportunity' },
    { id: 'action-plans', label: 'Action Plans and Updates' },
    hasKpis(goal) && { id: 'key-performance-indicators', label: 'Key Performance Indicators' },
    goal.resources.length > 0 && { id: 'resources', label: 'Resources' },
  ];
  return sections.filter((s): s is SectionLink => Boolean(s));
}

export function hasKpis(goal: Goal): goal is Goal & { kpis: NonNullable<Goal['kpis']> } {
  return Boolean(goal.kpis && (goal.kpis.titles.length > 0 || goal.kpis.dashboardUrl));
}
