/**
 * Icons from the USWDS icon set, drawn inline: each page carries the few paths it shows, so an icon costs
 * no request and takes the text colour (`fill: currentColor`), which keeps it visible under forced colours.
 */
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { GOAL_CATEGORIES } from '../schemas/goal.ts';
import { USWDS_ICON_DIR } from '../schemas/uswds-icon.ts';

/** An icon ready to inline: the `viewBox` of its `<svg>` and the shapes inside it. */
export interface InlineIcon {
  name: string;
  viewBox: string;
  /** The SVG's inner markup, from the USWDS package (never from content). */
  body: string;
}

/** The icon a goal shows: its own file when the content folder holds it, else the USWDS icon. */
export interface GoalIcon {
  /** Site path of the goal's own icon file, which wins when the file exists. */
  file: string | undefined;
  symbol: InlineIcon;
}

type Category = (typeof GOAL_CATEGORIES)[number];

/** The icon of each category, for goals that name none; `undefined` is the group of goals with no category. */
const CATEGORY_ICONS: Readonly<Record<Category, string>> & { none: string } = {
  'Key Drivers of Transformation': 'trending_up',
  'Cross-Cutting Priority Areas': 'groups',
  'Functional Priority Areas': 'settings',
  'Mission Priority Areas': 'flag',
  none: 'topic',
};

/** The icon of a category (the group of goals with no category when undefined or unknown). */
export function categoryIconName(category: string | undefined): string {
  return (GOAL_CATEGORIES as readonly string[]).includes(category ?? '') ? CATEGORY_ICONS[category as Category] : CATEGORY_ICONS.none;
}

// Each icon file is read once per build, however many pages show it.
const cache = new Map<string, InlineIcon>();

/** The icon named `name` (a name the schema accepted), read from the USWDS package. */
export function inlineIcon(name: string): InlineIcon {
  const cached = cache.get(name);
  if (cached) return cached;
  if (!/^[a-z0-9_]+$/.test(name)) throw new Error(`not a USWDS icon name: ${JSON.stringify(name)}`);
  const svg = readFileSync(path.join(USWDS_ICON_DIR, `${name}.svg`), 'utf8');
  const match = /<svg\b[^>]*\bviewBox="([^"]+)"[^>]*>([\s\S]*)<\/svg>/.exec(svg);
  if (!match?.[1] || match[2] === undefined) throw new Error(`the USWDS icon ${name}.svg has no viewBox or body`);
  const icon = { name, viewBox: match[1], body: match[2].trim() };
  cache.set(name, icon);
  return icon;
}

/** A goal's icon: its own file if it names one, its USWDS icon, or its category's. */
export function goalIcon(goal: { icon?: string | undefined; uswdsIcon?: string | undefined; category?: string | undefined }): GoalIcon {
  return { file: goal.icon, symbol: inlineIcon(goal.uswdsIcon ?? categoryIconName(goal.category)) };
}
