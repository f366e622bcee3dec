/**
 * Files the site publishes from the content folder: regular files inside it, within their size
 * limits, SVGs that are pictures only, and content files the site actually reads. Each case
 * expects the content check (the build's first step) to refuse it with a line naming the file;
 * the last test runs the real build, which must leave the previous build untouched.
 */
import { mkdir, symlink, writeFile } from 'node:fs/promises';
import path from 'node:path';
import { describe, it } from 'vitest';
import { checkedContent, expectRefused, expectReported, hostileBuild, structuredGoal, type BuildOptions } from '../support/hostile-build.ts';

const svg = (inner: string) =>
  `<svg xmlns="http://www.w3.org/2000/svg" xmlns:xlink="http://www.w3.org/1999/xlink" viewBox="0 0 10 10">${inner}<rect width="10" height="10"/></svg>`;
const svgPhoto = (inner: string): BuildOptions => ({
  files: {
    'goals/sample.md': structuredGoal().replace('/img/pat.jpg', '/img/pat.svg'),
    'assets/img/pat.svg': svg(inner),
  },
});
const svgRule = 'assets/img/pat.svg: SVG images may not hold';

/** A file outside the content folder, and a link to it from inside. */
const linkOut = (from: string): BuildOptions => ({
  prepare: async (contentDir) => {
    const outside = path.join(contentDir, '..', 'outside');
    await mkdir(outside, { recursive: true });
    await writeFile(path.join(outside, 'secret.jpg'), 'not for the public');
    await mkdir(path.dirname(path.join(contentDir, from)), { recursive: true });
    await symlink(path.join(outside, from.endsWith('/') ? '' : 'secret.jpg'), path.join(contentDir, from.replace(/\/$/, '')));
  },
});

const cases: { name: string; options: BuildOptions; line: string }[] = [
  { name: 'an SVG photo with a script', options: svgPhoto('<script>alert(document.domain)</script>'), line: `${svgRule} a <script> element` },
  { name: 'an SVG with an onload handler', options: svgPhoto('<g onload="alert(1)"/>'), line: `${svgRule} an event handler attribute` },
  {
    name: 'an SVG with foreignObject',
    options: svgPhoto('<foreignObject><iframe src="https://evil.example"></iframe></foreignObject>'),
    line: `${svgRule} a <foreignObject> element`,
  },
  {
    name: 'an SVG linking javascript:',
    options: svgPhoto('<a xlink:href="javascript:alert(1)"><text>x</text></a>'),
    line: `${svgRule} a link or reference to another file`,
  },
  {
    name: 'an SVG loading another image',
    options: svgPhoto('<image href="https://evil.example/track.png"/>'),
    line: `${svgRule} a link or reference to another file`,
  },
  {
    name: 'an SVG with url() to another site',
    options: svgPhoto('<rect style="fill: url(https://evil.example/x#p)"/>'),
    line: `${svgRule} a url() reference to another file`,
  },
  {
    name: 'an SVG with an entity declaration',
    options: { files: { 'assets/img/pat.svg': `<?xml version="1.0"?><!DOCTYPE svg [<!ENTITY x SYSTEM "file:///etc/passwd">]>${svg('<text>&x;</text>')}` } },
    line: `${svgRule} a DOCTYPE or entity declaration`,
  },
  {
    name: 'an SVG with an animation to a link',
    options: svgPhoto('<a><set attributeName="href" to="javascript:alert(1)"/><text>x</text></a>'),
    line: `${svgRule}`,
  },
  {
    name: 'an SVG nobody names yet',
    options: { files: { 'assets/icons/unused.svg': svg('<script>1</script>') } },
    line: 'assets/icons/unused.svg: SVG images may not hold a <script> element',
  },
  {
    name: 'a photo that links outside the content folder',
    options: linkOut('assets/img/pat.jpg'),
    line: 'assets/img/pat.jpg: is a link to a file outside its folder; put the file itself here',
  },
  {
    name: 'a document that links outside the content folder',
    options: linkOut('assets/CAP/action_plans/sample.pdf'),
    line: 'assets/CAP/action_plans/sample.pdf: is a link to a file outside its folder',
  },
  { name: 'a folder that links outside the content folder', options: linkOut('assets/img/'), line: 'assets/img: is a link to a file outside its folder' },
  {
    name: 'a link to nothing',
    options: {
      prepare: async (dir) => {
        await mkdir(path.join(dir, 'assets'), { recursive: true });
        await symlink('/nonexistent/x.jpg', path.join(dir, 'assets/x.jpg'));
      },
    },
    line: 'assets/x.jpg: is a link to nothing',
  },
  {
    name: 'an image past 5 MB',
    options: { files: { 'assets/img/pat.jpg': new Uint8Array(5_000_001) } },
    line: 'assets/img/pat.jpg: the file is 5,000,001 bytes; the limit for an image is 5,000,000',
  },
  {
    name: 'a goal file that is a link',
    options: {
      prepare: async (dir) => {
        await writeFile(path.join(dir, '..', 'elsewhere.md'), structuredGoal().replace('/CAP/sample/', '/CAP/linked/'));
        await symlink(path.join(dir, '..', 'elsewhere.md'), path.join(dir, 'goals/linked.md'));
      },
    },
    line: 'goals/linked.md: must be a regular file, not a link to another file',
  },
  {
    name: 'a goal saved as .markdown',
    options: { files: { 'goals/new.markdown': structuredGoal().replace('/CAP/sample/', '/CAP/new/') } },
    line: 'goals/new.markdown: the site reads only files ending in ".md"; rename it to "new.md"',
  },
  {
    name: 'a post saved as .MD',
    options: { files: { 'posts/shout.MD': '---\ntitle: x\n---\n' } },
    line: 'posts/shout.MD: the site reads only files ending in ".md"; rename it to "shout.md"',
  },
  {
    name: 'a content file that is a folder',
    options: {
      prepare: async (dir) => {
        await mkdir(path.join(dir, 'goals/folder.md'));
      },
    },
    line: 'goals/folder.md: must be a regular file',
  },
];

describe.concurrent('hostile files', () => {
  it.each(cases)('$name', async ({ options, line }) => {
    expectReported(await checkedContent(options), line);
  });

  it('are refused by the build itself, which leaves the published folder as it was', async () => {
    expectRefused(await hostileBuild(cases[0]!.options), cases[0]!.line);
  });
});
