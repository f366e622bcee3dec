import { describe, expect, it } from 'vitest';
import { isGenericLinkText } from '../../src/lib/link-text.ts';

describe('isGenericLinkText', () => {
  it('flags texts that do not say where a link goes, whatever their case, spacing or trailing punctuation', () => {
    for (const text of ['Learn More', 'learn more', ' Read  more… ', 'Click here.', 'More »', 'here']) expect(isGenericLinkText(text), text).toBe(true);
  });

  it('accepts texts that name their target', () => {
    for (const text of ['Read the plan', 'Download the latest action plan', 'Learn more about customer experience', 'Register for the webinar'])
      expect(isGenericLinkText(text), text).toBe(false);
  });
});
