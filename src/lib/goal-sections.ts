/**
 * The sections of a goal page: the one place their ids, labels and conditions are written.
 * The page renders what this returns; the in-page links and the browser tests read it too.
 */
import type { Goal } from '../schemas/goal.ts';

/** Which part of the goal a section shows. */
type SectionKind = 'statement' | 'challenge' | 'opportunity' | 'actionPlans' | 'kpis' | 'resources';

export interface GoalSection {
  /** Fragment id: `#the-challenge` opens the section. */
  id: string;
  /** Its heading, and the text of its in-page link. */
  label: string;
  kind: SectionKind;
}

/** The News and Events section, which follows the accordion on every goal page. */
export const NEWS_SECTION = { id: 'news-heading', label: 'News and events' } as const;

/** The accordion sections a goal has, in page order; KPIs only when there is something to show. */
export function accordionSections(goal: Goal): GoalSection[] {
  const sections: (GoalSection | false | undefined)[] = [
    goal.statement && { id: 'goal-statement', label: 'Goal Statement', kind: 'statement' },
    goal.challenge && { id: 'the-challenge', label: 'The Challenge', kind: 'challenge' },
    goal.opportunity && { id: 'the-opportunity', label: 'The Opportunity', kind: 'opportunity' },
    { id: 'action-plans', label: 'Action Plans and Updates', kind: 'actionPlans' },
    hasKpis(goal) && { id: 'key-performance-indicators', label: 'Key Performance Indicators', kind: 'kpis' },
    goal.resources.length > 0 && { id: 'resources', label: 'Resources', kind: 'resources' },
  ];
  return sections.filter((s): s is GoalSection => Boolean(s));
}

function hasKpis(goal: Goal): goal is Goal & { kpis: NonNullable<Goal['kpis']> } {
  return Boolean(goal.kpis && (goal.kpis.titles.length > 0 || goal.kpis.dashboardUrl));
}
