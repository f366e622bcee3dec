/**
 * Checks that need every imported goal at once: previous/next links must point at a goal
 * (by its permalink or an old address) or the overview, and an action plan document listed by
 * two goals was probably copied from the other page.
 */
import { OVERVIEW_PATH, withoutTrailingSlash } from '../lib/urls.ts';
import { normaliseSitePath } from '../schemas/url.ts';
import type { Note } from './types.ts';

/** `/CAP/leveraging-data/` and `/CAP/leveragingdata` compare equal: case, dashes, underscores and slashes aside. */
const loose = (path: string) => path.toLowerCase().replace(/[-_/]+/g, '');

export interface GoalAddresses {
  permalink: string;
  addresses: string[];
  /** The goal's title, to notice a link whose name fits another goal. */
  title?: string;
}

/** Every address of a goal's input: permalink and old addresses, normalised. */
export function addressesOf(input: Record<string, unknown>): GoalAddresses | undefined {
  const permalink = typeof input.permalink === 'string' ? normaliseSitePath(input.permalink) : undefined;
  if (!permalink) return undefined;
  const redirects = Array.isArray(input.redirectFrom) ? input.redirectFrom : [];
  const title = typeof input.title === 'string' ? input.title : undefined;
  return { permalink, title, addresses: [permalink, ...redirects.map((r) => normaliseSitePath(String(r))).filter((r): r is string => Boolean(r))] };
}

/**
 * Keeps previous/next links that reach a goal or the overview. One that reaches a goal only when
 * dashes and slashes are ignored (`/CAP/leveragingdata`) is pointed at that goal's permalink; one
 * that reaches nothing is dropped, so the site computes the link from its goal order.
 */
export function checkGoalLinks(input: Record<string, unknown>, goals: readonly GoalAddresses[], origins: Map<string, string>): Note[] {
  const notes: Note[] = [];
  for (const side of ['previous', 'next'] as const) {
    const link = input[side] as { name?: unknown; url?: unknown } | undefined;
    if (!link || typeof link.url !== 'string') continue;
    const key = origins.get(`${side}.url`) ?? `${side}.url`;
    const url = normaliseSitePath(link.url) ?? link.url;
    // The goals overview is the one link target that is not a goal.
    if (withoutTrailingSlash(url) === withoutTrailingSlash(OVERVIEW_PATH)) continue;
    const target = goals.find((g) => g.addresses.some((a) => withoutTrailingSlash(a) === withoutTrailingSlash(url)));
    if (target) {
      if (typeof link.name === 'string' && !namesFit(link.name, target)) {
        notes.push({
          key: origins.get(`${side}.name`) ?? key,
          message: `named ${JSON.stringify(link.name)} but points at ${target.permalink}${target.title ? ` (${JSON.stringify(target.title)})` : ''}; one of the two may have been copied from another page, check it`,
        });
      }
      continue;
    }
    const near = goals.find((g) => g.addresses.some((a) => loose(a) === loose(url)));
    if (near) {
      link.url = near.permalink;
      notes.push({ key, message: `${JSON.stringify(url)} is no goal's address; pointed at ${near.permalink}, the goal it most likely means` });
    } else {
      delete input[side];
      notes.push({
        key,
        message: `${JSON.stringify(url)} points at no imported goal; dropped with its name (the site computes the ${side} goal from its order)`,
      });
    }
  }
  return notes;
}

/** True when a word of the link's name (four letters or more) appears in the goal's title or address. */
function namesFit(name: string, goal: GoalAddresses): boolean {
  const words = name.toLowerCase().match(/[a-z]{4,}/g) ?? [];
  const haystack = `${goal.title ?? ''} ${goal.addresses.join(' ')}`.toLowerCase();
  return words.length === 0 || words.some((word) => haystack.includes(word.slice(0, 6)));
}

/** Notes for each action plan document that another goal also lists. */
export function sharedDocuments(
  own: string,
  documents: ReadonlyMap<string, readonly string[]>,
  input: Record<string, unknown>,
  origins: Map<string, string>,
): Note[] {
  const plans = Array.isArray(input.actionPlans) ? (input.actionPlans as { document?: unknown }[]) : [];
  const notes: Note[] = [];
  plans.forEach((plan, i) => {
    if (typeof plan.document !== 'string') return;
    const others = (documents.get(plan.document) ?? []).filter((name) => name !== own);
    if (others.length > 0) {
      notes.push({
        key: origins.get(`actionPlans.${i}.document`),
        message: `${JSON.stringify(plan.document)} is also an action plan of ${others.join(', ')}; it may have been copied from that page, check it`,
      });
    }
  });
  return notes;
}
