import { describe, expect, it } from 'vitest';
import { dropPlaceholders, isPlaceholderImage, isPlaceholderText } from '../../src/importer/placeholders.ts';
import { parseProseDate } from '../../src/importer/prose-date.ts';
import { noteMissingAltText, repairDates, repairLineBreaks, repairNames, repairPath, repairPaths, repairSplitTitle } from '../../src/importer/repairs.ts';

describe('placeholders', () => {
  it('recognises Lorem ipsum and the generic profile icon', () => {
    expect(isPlaceholderText('Lorem ipsum dolor sit amet')).toBe(true);
    expect(isPlaceholderText('A real quote')).toBe(false);
    expect(isPlaceholderImage('/img/agr/Circle-icons-profle.svg.png')).toBe(true);
    expect(isPlaceholderImage('../img/agr/Circle-icons-profle.svg.png')).toBe(true);
    expect(isPlaceholderImage('/img/CAP-photos/a.jpg')).toBe(false);
  });

  it('drops a placeholder quote with its author and size, and placeholder photos', () => {
    const record: Record<string, unknown> = {
      quote: 'Lorem ipsum dolor.',
      'quote-author': 'CAP Goal Leader',
      'font-size': '20px',
      title: 'T',
      'goal-leader-2-photo': '/img/agr/Circle-icons-profle.svg.png',
      'goal-leader-2-name': 'N',
    };
    const notes = dropPlaceholders(record);
    expect(record).toEqual({ title: 'T', 'goal-leader-2-name': 'N' });
    expect(notes.map((n) => n.key)).toEqual(['quote', 'goal-leader-2-photo']);
    expect(notes[0]!.message).toBe('placeholder text ("Lorem ipsum …"): dropped, with quote-author and font-size');
  });
});

describe('paths', () => {
  it.each([
    ['/CAP/CAP/action_plans/x.pdf', '/CAP/action_plans/x.pdf'],
    ['../CAP/CAP/x/', '../CAP/x/'],
    ['/CAP/key_performance_indicators.html/', '/CAP/key_performance_indicators.html'],
    ['/CAP/cx/', '/CAP/cx/'],
    ['/CAP/action_plans/CAP_x.pdf', '/CAP/action_plans/CAP_x.pdf'],
  ])('%s → %s', (given, expected) => expect(repairPath(given)).toBe(expected));

  it('repairs only addresses, and says so', () => {
    const record: Record<string, unknown> = {
      'current-action-plan': '/CAP/CAP/a.pdf',
      quote: '/CAP/CAP/ is not a path here',
      'resource-2-url': 'https://x.gov/CAP/CAP/',
    };
    expect(repairPaths(record)).toEqual([{ key: 'current-action-plan', message: 'repaired path "/CAP/CAP/a.pdf" → "/CAP/a.pdf"' }]);
    expect(record.quote).toBe('/CAP/CAP/ is not a path here');
    expect(record['resource-2-url']).toBe('https://x.gov/CAP/CAP/');
  });
});

describe('prose dates', () => {
  it.each([
    ['Thursday, Dec. 6, 2018', '2018-12-06'],
    ['February 4, 2020', '2020-02-04'],
    ['Feb 4 2020', '2020-02-04'],
    ['September 19th, 2019', '2019-09-19'],
    ['12/6/2018', '2018-12-06'],
    ['2018-12-06', '2018-12-06'],
  ])('%s → %s', (text, iso) => expect(parseProseDate(text)?.iso).toBe(iso));

  it.each(['Smarch 4, 2020', 'February 30, 2020', 'soon', 'Funday, Dec. 6, 2018'])('%s is not a date', (text) => {
    expect(parseProseDate(text)).toBeUndefined();
  });

  it('notices a weekday that does not match the date', () => {
    expect(parseProseDate('Friday, Dec. 6, 2018')).toEqual({ iso: '2018-12-06', weekdayMismatch: 'thursday' });
  });

  it('writes the event date as a date and reports it; leaves what it cannot read to the schema', () => {
    const record: Record<string, unknown> = { 'CAP-event-date': 'Thursday, Dec. 6, 2018' };
    expect(repairDates(record)[0]!.message).toBe('prose date "Thursday, Dec. 6, 2018" written as 2018-12-06');
    expect(record['CAP-event-date']).toBe('2018-12-06');
    const unreadable: Record<string, unknown> = { 'CAP-event-date': 'sometime' };
    expect(repairDates(unreadable)).toEqual([]);
    expect(unreadable['CAP-event-date']).toBe('sometime');
  });
});

describe('names, titles, line breaks and alt text', () => {
  it('drops trailing punctuation from leader names only', () => {
    const record: Record<string, unknown> = { 'goal-leader-6-name': 'Patrick Corrigan,', 'goal-leader-name': 'Walter Copan, Ph.D', title: 'Goal,' };
    expect(repairNames(record)).toEqual([{ key: 'goal-leader-6-name', message: 'trailing punctuation removed: "Patrick Corrigan," → "Patrick Corrigan"' }]);
    expect(record).toEqual({ 'goal-leader-6-name': 'Patrick Corrigan', 'goal-leader-name': 'Walter Copan, Ph.D', title: 'Goal,' });
  });

  it('a title split across title and sub-title loses its colon and keeps its subtitle', () => {
    const record: Record<string, unknown> = { title: 'Category Management:', 'sub-title': 'Leveraging Common Contracts' };
    expect(repairSplitTitle(record)[0]!.message).toContain('continues in sub-title');
    expect(record).toEqual({ title: 'Category Management', 'sub-title': 'Leveraging Common Contracts' });
    expect(repairSplitTitle({ title: 'Getting Payments Right' })).toEqual([]);
  });

  it('narrative line breaks become paragraphs; other multi-line values one line', () => {
    const record: Record<string, unknown> = { statement: 'One.\nTwo.', 'goal-leader-title': 'Under Secretary, Director', title: 'Short' };
    const notes = repairLineBreaks(record, new Set(['statement', 'goal-leader-title']));
    expect(record.statement).toBe('One.\n\nTwo.');
    expect(notes.map((n) => n.message)).toEqual([
      'written over several lines: kept as 2 paragraphs',
      'written over several lines: joined into one line, "Under Secretary, Director"',
    ]);
  });

  it('names each photo without alt text and the text the site will use', () => {
    const notes = noteMissingAltText({
      'goal-leader-photo': '/a.jpg',
      alt_text_1: 'Photo of A',
      'goal-leader-name': 'A',
      'goal-leader-2-photo': '/b.jpg',
      'goal-leader-2-name': 'B',
      'goal-leader-3-name': 'C',
    });
    expect(notes).toEqual([{ key: 'goal-leader-2-photo', message: 'no alt text (alt_text_2); the site will describe the photo as "Photo of B"' }]);
  });
});
