/**
 * Bad data never yields an invalid export: content the content check accepts but an export's schema
 * refuses (a plan document given as a `mailto:` link, where the exports promise a downloadable http(s)
 * address) stops the build with one line naming the export file and the field, and leaves the published
 * folder as it was.
 */
import { describe, expect, it } from 'vitest';
import { hostileBuild, structuredGoal } from '../support/hostile-build.ts';

describe('open data exports', () => {
  it('stop the build on a value their schema refuses, naming the file and the field in one line', async () => {
    const goal = structuredGoal().replace('document: /CAP/action_plans/sample.pdf', 'document: "mailto:plans@example.gov"');
    expect(goal).toContain('mailto:plans@example.gov');
    const result = await hostileBuild({ files: { 'goals/sample.md': goal } });
    expect(result.code).toBe(1);
    const line = result.output.split('\n').find((text) => text.startsWith('Build failed:'));
    expect(line).toMatch(
      /^Build failed: astro build stopped: .*Open data export \/(data\/goals\.json|CAP\/sample\/goal\.json): (goals\[0\]|goal)\.actionPlans\[0\]\.documentUrl: expected an absolute http\(s\) address, got \\?"mailto:plans@example\.gov\\?"; .+ was left as it was\.$/,
    );
    expect(result.distIntact).toBe(true);
  });
});
