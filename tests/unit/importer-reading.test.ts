import { describe, expect, it } from 'vitest';
import { periodKeyOfDocument, resolveDuplicates } from '../../src/importer/duplicates.ts';
import { outputName } from '../../src/importer/file-names.ts';
import type { FrontMatterEntry } from '../../src/collections/front-matter.ts';
import { indentQuotedContinuations, readLegacyFrontMatter } from '../../src/importer/quoted-lines.ts';
import { decodeSource } from '../../src/importer/sources.ts';

const entry = (key: string, value: unknown, line: number): FrontMatterEntry => ({ key, value, line, multiline: false });

describe('indentQuotedContinuations', () => {
  it('indents the unindented lines of an open quoted value, and names its key', () => {
    const { yaml, keys } = indentQuotedContinuations('a: "one,\ntwo"\nb: \'x\n\ny\'\nc: "closed" # "quoted" comment\nd: 1');
    expect(yaml).toBe('a: "one,\n  two"\nb: \'x\n\n  y\'\nc: "closed" # "quoted" comment\nd: 1');
    expect(keys).toEqual(['a', 'b']);
  });

  it('leaves escaped quotes and already indented lines alone', () => {
    expect(indentQuotedContinuations('a: "say \\"hi\\"\n  there"\nb: 2')).toEqual({ yaml: 'a: "say \\"hi\\"\n  there"\nb: 2', keys: [] });
  });
});

describe('readLegacyFrontMatter', () => {
  it('keeps every occurrence of a duplicate key, with its line', () => {
    const front = readLegacyFrontMatter('---\nlayout: cap-goal-page\naction-2018-Q2: "/a.pdf"\naction-2018-Q2: "/b.pdf"\n---  \nbody\n');
    expect(front.ok).toBe(true);
    if (!front.ok) return;
    expect(front.entries.filter((e) => e.key === 'action-2018-Q2').map((e) => [e.value, e.line])).toEqual([
      ['/a.pdf', 3],
      ['/b.pdf', 4],
    ]);
    expect(front.body).toBe('body\n');
  });

  it('reads paragraphs at the left margin as Jekyll did, and marks the value multi-line', () => {
    const front = readLegacyFrontMatter('---\nstatement: "One.\n\nTwo."\ntitle: "x"\n---\n');
    expect(front.ok && front.entries[0]).toMatchObject({ key: 'statement', value: 'One.\nTwo.', multiline: true });
    expect(front.ok && front.prepared).toEqual(['statement']);
  });

  it('reports front matter it cannot read, and a file without any', () => {
    expect(readLegacyFrontMatter('---\ntitle: [unclosed\n---\n')).toMatchObject({ ok: false });
    expect(readLegacyFrontMatter('no front matter')).toEqual({
      ok: false,
      problems: ['front matter: expected the file to start with a block between "---" lines'],
    });
  });
});

describe('duplicate keys', () => {
  it.each([
    ['/CAP/action_plans/FY2018_Q3_IT_Modernization.pdf', 'action-2018-Q3'],
    ['/CAP/action_plans/sept_2019_Lab_to_Market.pdf', 'action-2019-september'],
    ['/CAP/action_plans/jan_2021_CX.pdf', 'action-2021-january'],
    ['/CAP/action_plans/june_2019_Improving_Customer_Experience.pdf', 'action-2019-june'],
    ['/CAP/action_plans/plan.pdf', undefined],
  ])('the file name of %s names %s', (document, key) => {
    expect(periodKeyOfDocument(document)).toBe(key);
  });

  it('a repeated plan key whose file name names a free period moves there', () => {
    const { record, notes } = resolveDuplicates([
      entry('action-2018-Q1', '/FY2018_Q1_X.pdf', 1),
      entry('action-2018-Q2', '/FY2018_Q2_X.pdf', 2),
      entry('action-2018-Q2', '/FY2018_Q3_X.pdf', 3),
    ]);
    expect(record).toEqual({ 'action-2018-Q1': '/FY2018_Q1_X.pdf', 'action-2018-Q2': '/FY2018_Q2_X.pdf', 'action-2018-Q3': '/FY2018_Q3_X.pdf' });
    expect(notes).toEqual([{ key: 'action-2018-Q2', message: expect.stringContaining('so it is kept as action-2018-Q3') }]);
  });

  it('otherwise the last value wins, as in Jekyll, and the dropped one is named', () => {
    const { record, notes } = resolveDuplicates([entry('cap-icon', '/a.png', 10), entry('title', 'T', 11), entry('cap-icon', '/b.png', 12)]);
    expect(record).toEqual({ title: 'T', 'cap-icon': '/b.png' });
    expect(notes[0]!.message).toBe('appears 2 times; kept the last value (line 12, "/b.png"), as Jekyll did, and dropped "/a.png" from line 10');
  });

  it('a plan whose period is already taken is not moved', () => {
    const { record, notes } = resolveDuplicates([
      entry('action-2018-Q3', '/FY2018_Q3_X.pdf', 1),
      entry('action-2018-Q2', '/FY2018_Q2_X.pdf', 2),
      entry('action-2018-Q2', '/FY2018_Q3_Y.pdf', 3),
    ]);
    expect(record['action-2018-Q2']).toBe('/FY2018_Q3_Y.pdf');
    expect(notes[0]!.message).toMatch(/dropped "\/FY2018_Q2_X.pdf" from line 2$/);
  });
});

describe('strict reading', () => {
  const bytes = (...parts: (string | number[])[]) => Buffer.concat(parts.map((p) => (typeof p === 'string' ? Buffer.from(p) : Buffer.from(p))));

  it('drops a BOM and makes every line end LF', () => {
    expect(decodeSource(bytes([0xef, 0xbb, 0xbf], 'a\r\nb\rc\n'))).toEqual({ ok: true, text: 'a\nb\nc\n' });
  });

  it('refuses bytes that are not UTF-8, naming the first bad line', () => {
    expect(decodeSource(bytes('one\ntwo\nthr', [0xff], 'ee\n'))).toEqual({
      ok: false,
      message: 'not UTF-8 text (line 3); save it as UTF-8 and import it again',
    });
    expect(decodeSource(bytes('cut short ', [0xe2, 0x82]))).toMatchObject({ ok: false, message: expect.stringContaining('(line 1)') });
  });
});

describe('output names', () => {
  it.each([
    ['2019-09-19-post.md', '2019-09-19-post.md'],
    ['cx.markdown', 'cx.md'],
    ['CX.MD', 'CX.md'],
    ['notes.mdown', 'notes.md'],
    ['v1.2_final.mkd', 'v1.2_final.md'],
  ])('%s → %s', (source, name) => {
    expect(outputName(source)).toEqual({ ok: true, name });
  });

  it.each(['my post.md', 'a..b.md', 'x..md', 'caf\u00e9.md', 'a\\b.md'])('%s is refused', (source) => {
    expect(outputName(source)).toMatchObject({ ok: false, message: expect.stringContaining('is not a clean file name') });
  });
});
