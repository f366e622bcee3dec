/**
 * Link fields judged the way a browser parses them: only https, http, mailto and clean paths on
 * this site get through. Each case expects the content check (the build's first step) to
 * refuse it with a line naming the file and field; the last test runs the real build, which must
 * leave the previous build untouched.
 */
import { describe, it } from 'vitest';
import { checkedContent, expectRefused, expectReported, hostileBuild, legacyGoal, structuredGoal } from '../support/hostile-build.ts';

const linkRule = 'expected an http(s), mailto or site-relative link, got';
const resource = (url: string) => ({
  'goals/bad.md': structuredGoal(`resources:\n  - { name: Read this, url: ${url} }\n`).replace('/CAP/sample/', '/CAP/bad/'),
});

const cases: { name: string; files: Record<string, string>; line: string }[] = [
  {
    name: 'a tab after the first slash',
    files: resource('"/\\t/evil.example/phish"'),
    line: `goals/bad.md: resources[1].url: ${linkRule} "/\\t/evil.example/phish"`,
  },
  {
    name: 'a newline after the first slash',
    files: resource('"/\\n/evil.example/phish"'),
    line: `goals/bad.md: resources[1].url: ${linkRule} "/\\n/evil.example/phish"`,
  },
  {
    name: 'a backslash after the first slash',
    files: resource('"/\\\\evil.example/phish"'),
    line: `goals/bad.md: resources[1].url: ${linkRule} "/\\\\evil.example/phish"`,
  },
  { name: 'a protocol-relative link', files: resource('//evil.example/phish'), line: `goals/bad.md: resources[1].url: ${linkRule} "//evil.example/phish"` },
  { name: 'javascript:', files: resource('"javascript:alert(1)"'), line: `goals/bad.md: resources[1].url: ${linkRule} "javascript:alert(1)"` },
  { name: 'javascript: in mixed case', files: resource('"JaVaScRiPt:alert(1)"'), line: `goals/bad.md: resources[1].url: ${linkRule} "JaVaScRiPt:alert(1)"` },
  {
    name: 'javascript: split by a tab',
    files: resource('"java\\tscript:alert(1)"'),
    line: `goals/bad.md: resources[1].url: ${linkRule} "java\\tscript:alert(1)"`,
  },
  {
    name: 'data:',
    files: resource('"data:text/html,<script>alert(1)</script>"'),
    line: `goals/bad.md: resources[1].url: ${linkRule} "data:text/html,<script>alert(1)</script>"`,
  },
  { name: 'vbscript:', files: resource('"vbscript:msgbox(1)"'), line: `goals/bad.md: resources[1].url: ${linkRule} "vbscript:msgbox(1)"` },
  {
    name: 'credentials in an https link',
    files: resource('"https://www.performance.gov@evil.example/"'),
    line: `goals/bad.md: resources[1].url: ${linkRule} "https://www.performance.gov@evil.example/"`,
  },
  { name: 'http with one slash', files: resource('"http:/evil.example/"'), line: `goals/bad.md: resources[1].url: ${linkRule} "http:/evil.example/"` },
  { name: 'https with no slash', files: resource('"https:evil.example"'), line: `goals/bad.md: resources[1].url: ${linkRule} "https:evil.example"` },
  { name: 'a zero-width space in a site link', files: resource('"/CAP/\\u200Bcx/"'), line: `goals/bad.md: resources[1].url: ${linkRule} "/CAP/\u200Bcx/"` },
  {
    name: 'a site link that climbs out',
    files: resource('/CAP/../../etc/passwd'),
    line: `goals/bad.md: resources[1].url: ${linkRule} "/CAP/../../etc/passwd"`,
  },
  {
    name: 'a plan document off-site by backslash',
    files: { 'goals/bad.md': structuredGoal().replace('/CAP/sample/', '/CAP/bad/').replace('/CAP/action_plans/sample.pdf', '"/\\\\evil.example/plan.pdf"') },
    line: `goals/bad.md: actionPlans[1].document: ${linkRule} "/\\\\evil.example/plan.pdf"`,
  },
  {
    name: 'a leader photo outside the site',
    files: { 'goals/bad.md': structuredGoal().replace('/CAP/sample/', '/CAP/bad/').replace('/img/pat.jpg', '/img/../../../etc/passwd') },
    line: 'goals/bad.md: leaders[1].photo: expected a path on this site',
  },
  {
    name: 'an event link with javascript:',
    files: {
      'goals/bad.md': structuredGoal('events:\n  - { title: Meet, date: 2031-01-01, url: "javascript:alert(1)" }\n').replace('/CAP/sample/', '/CAP/bad/'),
    },
    line: `goals/bad.md: events[1].url: ${linkRule} "javascript:alert(1)"`,
  },
  {
    name: 'legacy: featured-box-url with a tab',
    files: { 'goals/old.md': legacyGoal('featured-box: Read\nfeatured-box-url: "/\\t/evil.example"\n') },
    line: `goals/old.md: featured-box-url: ${linkRule} "/\\t/evil.example"`,
  },
  {
    name: 'legacy: next-page-url off-site',
    files: { 'goals/old.md': legacyGoal('next-cap-goal-name: Next\nnext-page-url: //evil.example/\n') },
    line: 'goals/old.md: next-page-url: expected a path on this site',
  },
  {
    name: 'legacy: cap-kpi-url data:',
    files: { 'goals/old.md': legacyGoal('cap-kpi-url: "data:text/html;base64,PHNjcmlwdD4="\n') },
    line: `goals/old.md: cap-kpi-url: ${linkRule} "data:text/html;base64,PHNjcmlwdD4="`,
  },
  {
    name: 'legacy: a plan document with javascript:',
    files: { 'goals/old.md': legacyGoal('action-2020-june: "javascript:alert(1)"\n') },
    line: `goals/old.md: action-2020-june: ${linkRule} "javascript:alert(1)"`,
  },
];

describe.concurrent('hostile links', () => {
  it.each(cases)('$name', async ({ files, line }) => {
    expectReported(await checkedContent({ files }), line);
  });

  it('are refused by the build itself, which leaves the published folder as it was', async () => {
    expectRefused(await hostileBuild({ files: cases[0]!.files }), cases[0]!.line);
  });
});
