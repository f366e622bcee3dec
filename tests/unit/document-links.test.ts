import { describe, expect, it } from 'vitest';
import { documentDetails, documentLink, documentType, formatBytes } from '../../src/lib/document-links.ts';
import { documentArchive } from '../../src/site-config.ts';

describe('documentType', () => {
  it('names the file type from the extension, and nothing for web pages', () => {
    expect(documentType('/CAP/x.pdf')).toBe('PDF');
    expect(documentType('https://a.gov/b.xlsx?download=1')).toBe('XLSX');
    expect(documentType('https://www.performance.gov/cx/')).toBeUndefined();
    expect(documentType('/page.html')).toBeUndefined();
  });
});

describe('documentLink', () => {
  it('sends a document the site does not hold to the archive, with its type', () => {
    expect(documentLink('/CAP/action_plans/not-here.pdf')).toEqual({
      href: `${documentArchive}/CAP/action_plans/not-here.pdf`,
      type: 'PDF',
      size: undefined,
    });
  });
  it('gives the size of a held file, and leaves pages and other sites alone', () => {
    const held = (url: string) => url;
    expect(documentLink('/CAP/here.pdf', 1_234_567, held)).toEqual({ href: '/CAP/here.pdf', type: 'PDF', size: '1.2 MB' });
    expect(documentLink('https://example.gov/cx/')).toEqual({ href: 'https://example.gov/cx/', type: undefined, size: undefined });
    expect(documentLink('/CAP/cx/')).toEqual({ href: '/CAP/cx/', type: undefined, size: undefined });
  });
  it('leaves an href already resolved as it is', () => {
    const once = documentLink('/CAP/action_plans/not-here.pdf');
    expect(documentLink(once.href)).toEqual(once);
  });
});

describe('documentDetails', () => {
  it('writes the type and the size in brackets, and nothing for a page', () => {
    expect(documentDetails({ type: 'PDF', size: undefined })).toBe(' (PDF)');
    expect(documentDetails({ type: 'PDF', size: '12 KB' })).toBe(' (PDF, 12 KB)');
    expect(documentDetails({ type: undefined, size: undefined })).toBe('');
  });
});

describe('formatBytes', () => {
  it('writes sizes as people read them', () => {
    expect(formatBytes(850)).toBe('850 bytes');
    expect(formatBytes(12_345)).toBe('12 KB');
    expect(formatBytes(1_400_000)).toBe('1.4 MB');
  });
});
