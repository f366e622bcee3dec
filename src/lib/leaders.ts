/** Goal leaders as cards show them: photo when the site holds it, else a neutral avatar with the leader's initials. */
import type { Leader } from '../schemas/leader.ts';

export interface LeaderCard {
  name: string;
  title: string;
  photo: string | undefined;
  alt: string;
  /** One or two letters for the avatar drawn when there is no photo: "Pamela Powers" → "PP". */
  initials: string;
}

/** Words that are not part of the name a reader would abbreviate. */
const HONORIFICS = /^(?:mr|mrs|ms|mx|dr|prof|hon|sir|dame|rev|gen|col|adm|capt|lt)\.?$/i;
const SUFFIXES = /^(?:jr|sr|ii|iii|iv|phd|md|esq)\.?$/i;

/** The first letter of the first and last words of a name, upper-cased; titles such as "Dr." and suffixes such as "Jr." are skipped. */
export function initials(name: string): string {
  const words = name
    .replace(/,/g, ' ')
    .split(/\s+/)
    .filter((word) => /\p{L}/u.test(word));
  while (words.length > 1 && HONORIFICS.test(words[0] ?? '')) words.shift();
  while (words.length > 1 && SUFFIXES.test(words.at(-1) ?? '')) words.pop();
  const first = (word: string | undefined) => (word ? (/\p{L}/u.exec(word)?.[0] ?? '') : '');
  const letters = words.length > 1 ? first(words[0]) + first(words.at(-1)) : first(words[0]);
  return letters.toLocaleUpperCase('en');
}

/** Each leader ready for its card, in content order. */
export function leaderCards(leaders: readonly Leader[]): LeaderCard[] {
  return leaders.map((leader) => ({ name: leader.name, title: leader.title, photo: leader.photo, alt: leader.alt, initials: initials(leader.name) }));
}
