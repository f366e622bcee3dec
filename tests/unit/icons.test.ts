/** Goal icons from the USWDS set (schema, defaults, inline markup) and leaders' initials. */
import { readdirSync, readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { categoryIconName, goalIcon, inlineIcon } from '../../src/lib/icons.ts';
import { initials, leaderCards } from '../../src/lib/leaders.ts';
import { GOAL_CATEGORIES, goalSchema } from '../../src/schemas/goal.ts';
import { USWDS_ICON_NAMES } from '../../src/schemas/uswds-icon.ts';

const packageIcons = new URL('../../node_modules/@uswds/uswds/dist/img/usa-icons/', import.meta.url);
const goal = { title: 'T', permalink: '/t/' };
const messages = (input: Record<string, unknown>) => goalSchema.safeParse({ ...goal, ...input }).error?.issues.map((i) => [i.path.join('.'), i.message]);

describe('uswdsIcon in the goal schema', () => {
  it('knows exactly the icons the installed package ships', () => {
    const files = readdirSync(packageIcons).filter((f) => f.endsWith('.svg'));
    expect(USWDS_ICON_NAMES).toHaveLength(files.length);
    expect(USWDS_ICON_NAMES).toContain('groups');
    expect(USWDS_ICON_NAMES).toContain('account_balance');
  });

  it('accepts an icon name and refuses others, suggesting the nearest name', () => {
    expect(goalSchema.parse({ ...goal, uswdsIcon: 'groups' }).uswdsIcon).toBe('groups');
    expect(messages({ uswdsIcon: 'group' })).toEqual([['uswdsIcon', '"group" is not a USWDS icon; did you mean "groups"?']]);
    expect(messages({ uswdsIcon: 'account-balance' })).toEqual([['uswdsIcon', '"account-balance" is not a USWDS icon; did you mean "account_balance"?']]);
    expect(messages({ uswdsIcon: '../../../etc/passwd' })?.[0]?.[1]).toMatch(/^"\.\.\/\.\.\/\.\.\/etc\/passwd" is not a USWDS icon; use a file name from/);
    expect(messages({ uswdsIcon: 3 })).toEqual([['uswdsIcon', 'expected the name of a USWDS icon such as "groups", got 3']]);
  });
});

describe('goal icons', () => {
  it('every category has an icon the package ships, and uncategorised goals have one too', () => {
    for (const category of GOAL_CATEGORIES) expect(USWDS_ICON_NAMES).toContain(categoryIconName(category));
    expect(USWDS_ICON_NAMES).toContain(categoryIconName(undefined));
    expect(new Set(GOAL_CATEGORIES.map(categoryIconName)).size).toBe(GOAL_CATEGORIES.length);
  });

  it("uses the goal's own icon name, else its category's, and keeps its icon file to win", () => {
    expect(goalIcon({ uswdsIcon: 'science', category: 'Mission Priority Areas' }).symbol.name).toBe('science');
    expect(goalIcon({ category: 'Mission Priority Areas' }).symbol.name).toBe(categoryIconName('Mission Priority Areas'));
    expect(goalIcon({ icon: '/img/x.png', uswdsIcon: 'flag' })).toMatchObject({ file: '/img/x.png', symbol: { name: 'flag' } });
    expect(goalIcon({}).file).toBeUndefined();
  });

  it("inlines the package's own shapes and viewBox", () => {
    const file = readFileSync(new URL('groups.svg', packageIcons), 'utf8');
    const icon = inlineIcon('groups');
    expect(icon.viewBox).toBe(/viewBox="([^"]+)"/.exec(file)?.[1]);
    expect(file).toContain(icon.body);
    expect(icon.body).toMatch(/^<path d="M/);
    expect(() => inlineIcon('../sprite')).toThrow(/not a USWDS icon name/);
  });
});

describe('initials', () => {
  it.each([
    ['Pamela Powers', 'PP'],
    ['Dr. Jane Q. Smith Jr.', 'JS'],
    ['Madonna', 'M'],
    ['josé  álvarez', 'JÁ'],
    ["Mary-Kate O'Neil", 'MO'],
    ['Smith, John', 'SJ'],
  ])('%s → %s', (name, expected) => {
    expect(initials(name)).toBe(expected);
  });

  it('each leader card carries its initials beside name, title and photo', () => {
    expect(leaderCards([{ name: 'Ada Example', title: 'Director', photo: undefined, alt: 'Photo of Ada Example' }])).toEqual([
      { name: 'Ada Example', title: 'Director', photo: undefined, alt: 'Photo of Ada Example', initials: 'AE' },
    ]);
  });
});
