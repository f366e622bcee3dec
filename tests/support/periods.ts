import { parsePeriod, type Period } from '../../src/schemas/period.ts';

/** The period content writes as `key` (`2021-01`, `2018-Q3`); a bad key fails the test that wrote it. */
export function period(key: string): Period {
  const parsed = parsePeriod(key);
  if (!parsed) throw new Error(`bad period ${key}`);
  return parsed;
}

/** An action plan of that period, its document under `/CAP/action_plans/` unless given. */
export function plan(key: string, document = `/CAP/action_plans/${key}.pdf`): { period: Period; document: string } {
  return { period: period(key), document };
}
