import { describe, expect, it } from 'vitest';
import { csvText, neutralise } from '../../src/lib/kpi-csv.ts';

describe('csvText (RFC 4180)', () => {
  it('ends every line with CRLF and leaves plain fields unquoted', () => {
    expect(
      csvText([
        ['a', 'b'],
        ['c', 1.5],
      ]),
    ).toBe('a,b\r\nc,1.5\r\n');
  });

  it('quotes a field holding a comma, a quote or a line break, doubling quotes', () => {
    expect(csvText([['x, y', 'say "hi"', 'two\nlines', 'cr\rhere']])).toBe('"x, y","say ""hi""","two\nlines","cr\rhere"\r\n');
  });

  it('writes an absent cell as an empty field', () => {
    expect(csvText([['a', undefined, 'c']])).toBe('a,,c\r\n');
  });
});

describe('formula neutralisation', () => {
  it.each(['=1+1', '+1', '-1+cmd', '@SUM(A1)', '\tx', '\rx'])('makes %j plain text with a leading quote', (cell) => {
    expect(neutralise(cell)).toBe(`'${cell}`);
    expect(csvText([[cell]]).startsWith(`'`) || csvText([[cell]]).startsWith(`"'`)).toBe(true);
  });

  it('leaves other text alone', () => {
    expect(neutralise('Days to restore')).toBe('Days to restore');
    expect(neutralise('a=b')).toBe('a=b');
  });

  it('keeps a negative number a number', () => {
    expect(csvText([[-5, 0.25]])).toBe('-5,0.25\r\n');
  });

  it('neutralises before quoting, so a quoted formula stays inert', () => {
    expect(csvText([['=HYPERLINK("http://x.example","go")']])).toBe(`"'=HYPERLINK(""http://x.example"",""go"")"\r\n`);
  });
});
