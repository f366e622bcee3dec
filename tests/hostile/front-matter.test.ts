/**
 * Hostile and careless front matter, in both formats: each case expects the content check (the
 * build's first step) to refuse it with one line naming the file and the field; the last test runs
 * the real build over a previous build, which it must leave untouched.
 */
import { describe, expect, it } from 'vitest';
import { checkedContent, expectRefused, expectReported, hostileBuild, legacyGoal, structuredGoal } from '../support/hostile-build.ts';

const latin1 = (text: string) => Uint8Array.from(text, (c) => c.charCodeAt(0));

interface Case {
  name: string;
  files: Record<string, string | Uint8Array>;
  /** A line the build must print, as written by hand. */
  line: string;
}

const cases: Case[] = [
  // Text rules: encoding, invisible characters, sizes.
  {
    name: 'a file that is not UTF-8',
    files: { 'goals/bad.md': latin1('---\ntitle: Caf\xe9 goal\npermalink: /CAP/bad/\n---\n') },
    line: 'goals/bad.md: line 2: the file is not UTF-8 text',
  },
  {
    name: 'a NUL in a title',
    files: { 'goals/bad.md': structuredGoal().replace('Sample Goal', 'Sample\u0000Goal') },
    line: 'goals/bad.md: line 2: invisible control character U+0000 is not allowed',
  },
  {
    name: 'an escape character',
    files: { 'goals/bad.md': structuredGoal().replace('Sample Goal', 'Sample \u001b[31mGoal') },
    line: 'goals/bad.md: line 2: invisible control character U+001B is not allowed',
  },
  {
    name: 'a C1 control character',
    files: { 'goals/bad.md': structuredGoal().replace('easy', 'ea\u0085sy') },
    line: 'goals/bad.md: line 5: invisible control character U+0085 is not allowed',
  },
  {
    name: 'a line separator',
    files: { 'goals/bad.md': structuredGoal().replace('easy', 'ea\u2028sy') },
    line: 'goals/bad.md: line 5: invisible control character U+2028 is not allowed',
  },
  {
    name: 'a right-to-left override',
    files: { 'goals/bad.md': structuredGoal().replace('Sample Goal', 'Sample \u202Elaog') },
    line: 'goals/bad.md: line 2: bidirectional control character U+202E is not allowed',
  },
  {
    name: 'a bidirectional isolate',
    files: { 'goals/bad.md': structuredGoal().replace('Pat Doe', 'Pat \u2066Doe\u2069') },
    line: 'goals/bad.md: line 9: bidirectional control character U+2066 is not allowed',
  },
  {
    name: 'a title of zero-width characters only',
    files: { 'goals/bad.md': structuredGoal().replace('title: Sample Goal', 'title: "\u200B\u200C\u2060"') },
    line: 'goals/bad.md: title: expected text, got only invisible characters',
  },
  {
    name: 'a title of spaces only',
    files: { 'goals/bad.md': structuredGoal().replace('title: Sample Goal', 'title: "   "') },
    line: 'goals/bad.md: title: expected text, got an empty value',
  },
  { name: 'a 1 MB quote', files: { 'goals/bad.md': structuredGoal(`quote: { text: ${'x'.repeat(1_000_000)} }\n`) }, line: 'goals/bad.md: the file is 1,000,' },
  {
    name: 'a 5,000-character quote',
    files: { 'goals/bad.md': structuredGoal(`quote: { text: ${'y'.repeat(5_000)} }\n`) },
    line: 'goals/bad.md: quote.text: the text is 5000 characters long; the limit is 1000',
  },
  {
    name: 'a statement past the narrative limit',
    files: { 'goals/bad.md': structuredGoal().replace('statement: Services are easy to use.', `statement: ${'z'.repeat(20_001)}`) },
    line: 'goals/bad.md: statement: the text is 20001 characters long; the limit is 20000',
  },
  {
    name: '201 resources',
    files: { 'goals/bad.md': structuredGoal(`resources:\n${'  - { name: R, url: /r/ }\n'.repeat(201)}`) },
    line: 'goals/bad.md: resources: the list has 201 entries; the limit is 200',
  },
  {
    name: 'a 3,000-character link',
    files: { 'goals/bad.md': structuredGoal(`resources:\n  - { name: R, url: "https://example.gov/${'a'.repeat(3_000)}" }\n`) },
    line: 'goals/bad.md: resources[1].url: expected an http(s), mailto or site-relative link',
  },

  // YAML features that change what a value means.
  {
    name: 'a !!js/function tag',
    files: { 'goals/bad.md': structuredGoal('subtitle: !!js/function "function () { return 1 }"\n') },
    line: 'goals/bad.md: front matter line 11: YAML tags ("!!js/function") are not allowed',
  },
  {
    name: 'a local !tag',
    files: { 'goals/bad.md': structuredGoal('subtitle: !include secrets.yml\n') },
    line: 'goals/bad.md: front matter line 11: YAML tags ("!include") are not allowed',
  },
  {
    name: 'an explicit !!str tag',
    files: { 'goals/bad.md': structuredGoal('subtitle: !!str 2021\n') },
    line: 'goals/bad.md: front matter line 11: YAML tags ("!!str") are not allowed',
  },
  {
    name: 'an anchor and an alias',
    files: { 'goals/bad.md': structuredGoal('subtitle: &s Same words\nquote: { text: *s }\n') },
    line: 'goals/bad.md: front matter line 12: YAML aliases ("*s") are not allowed',
  },
  {
    name: 'a merge key',
    files: { 'goals/bad.md': structuredGoal('featured:\n  <<: { text: Merged, url: /CAP/sample/ }\n') },
    line: 'goals/bad.md: front matter line 12: YAML merge keys ("<<") are not allowed',
  },
  {
    name: 'a __proto__ key',
    files: { 'goals/bad.md': structuredGoal('__proto__: { polluted: true }\n') },
    line: 'goals/bad.md: front matter line 11: "__proto__" is not allowed as a key',
  },
  {
    name: 'a nested constructor key',
    files: { 'goals/bad.md': structuredGoal('featured: { text: T, url: /CAP/sample/, constructor: x }\n') },
    line: 'goals/bad.md: front matter line 11: "constructor" is not allowed as a key',
  },
  {
    name: 'a duplicate key',
    files: { 'goals/bad.md': structuredGoal('title: Again\n') },
    line: 'goals/bad.md: front matter line 11: "title" appears more than once; keep one',
  },
  { name: 'front matter that is a list', files: { 'goals/bad.md': '---\n- a\n- b\n---\n' }, line: 'goals/bad.md: front matter: expected keys and values' },

  // The same rules in the legacy Jekyll format, named by the legacy key.
  {
    name: 'legacy: a tag',
    files: { 'goals/old.md': legacyGoal('quote: !!binary aGVsbG8=\n') },
    line: 'goals/old.md: front matter line 9: YAML tags ("!!binary") are not allowed',
  },
  {
    name: 'legacy: a bidirectional override in a leader name',
    files: { 'goals/old.md': legacyGoal().replace('Lee Roe', 'Lee \u202DRoe') },
    line: 'goals/old.md: line 6: bidirectional control character U+202D is not allowed',
  },
  {
    name: 'legacy: a zero-width title',
    files: { 'goals/old.md': legacyGoal().replace('title: Legacy Goal', 'title: "\uFEFF\u200D"') },
    line: 'goals/old.md: title: expected text, got only invisible characters',
  },
  {
    name: 'legacy: a 5,000-character quote',
    files: { 'goals/old.md': legacyGoal(`quote: ${'q'.repeat(5_000)}\n`) },
    line: 'goals/old.md: quote: the text is 5000 characters long; the limit is 1000',
  },
  {
    name: 'legacy: a __proto__ key',
    files: { 'goals/old.md': legacyGoal('__proto__: x\n') },
    line: 'goals/old.md: front matter line 9: "__proto__" is not allowed as a key',
  },
  {
    name: 'legacy: a NUL in a resource name',
    files: { 'goals/old.md': legacyGoal('resource-2-name: "a\\0b"\nresource-2-url: /x/\n') },
    line: 'goals/old.md: resource-2-name: invisible control character U+0000 is not allowed; delete it',
  },
];

describe.concurrent('hostile front matter', () => {
  it.each(cases)('$name', async ({ files, line }) => {
    expectReported(await checkedContent({ files }), line);
  });

  it('is refused by the build itself, every problem listed and counted in its last line', async () => {
    const result = await hostileBuild({
      files: { 'goals/bad.md': structuredGoal().replace('Sample Goal', 'Sample\u0000Goal'), 'goals/old.md': legacyGoal('__proto__: x\n') },
    });
    expectRefused(result, 'goals/bad.md: line 2: invisible control character U+0000 is not allowed');
    expect(result.output).toContain('goals/old.md: front matter line 9: "__proto__" is not allowed as a key');
    expect(result.output).toMatch(/^Build failed: [2-9] problems in the content \(listed above\); .+ was left as it was\.$/m);
  });
});
