import { z } from 'astro/zod';
import { text } from './text.ts';
import { sitePath } from './url.ts';

/** A goal leader, shown with a photo beside name and title. */
export const leaderSchema = z
  .strictObject({
    name: text.describe('Full name, e.g. "Pamela Powers".'),
    title: text.describe('Position and organisation, e.g. "Administrator, U.S. Digital Service".'),
    photo: sitePath.optional().describe('Photo as a path on the site (`/img/CAP-photos/x.jpg`); a neutral placeholder is shown when the file is absent.'),
    alt: text.optional().describe('Alternative text for the photo; defaults to "Photo of <name>".'),
  })
  .transform((leader) => ({ ...leader, alt: leader.alt ?? `Photo of ${leader.name}` }));

export type Leader = z.output<typeof leaderSchema>;
