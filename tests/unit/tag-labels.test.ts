/** Tags are shown in words: a goal's news tag as the goal's title, any other tag as written. */
import { describe, expect, it } from 'vitest';
import { postListItem, tagRoutes, tagsIndexRoutes } from '../../src/lib/news-pages.ts';
import { postPage } from '../../src/lib/post-page.ts';
import { tagLabels } from '../../src/lib/tag-labels.ts';

const goals = [{ title: 'Improving Customer Experience', newsTag: 'cx' }, { title: 'Grants', newsTag: 'grants' }, { title: 'No tag' }];
const post = { id: 'p', body: 'Text.', data: { title: 'P', description: 'About p', date: new Date('2020-01-02'), tags: ['CX', 'budget'] } };

describe('tag labels', () => {
  const label = tagLabels(goals);

  it("names a goal's tag by the goal's title, matching as tag pages do, and keeps other tags as written", () => {
    expect(label('cx')).toBe('Improving Customer Experience');
    expect(label('CX')).toBe('Improving Customer Experience');
    expect(label('budget')).toBe('budget');
  });

  it('labels the tags of post lists, tag pages, the tags index and the post page, keeping their addresses', () => {
    expect(postListItem(post, label).tags).toEqual([
      { text: 'Improving Customer Experience', url: '/news/tags/cx/' },
      { text: 'budget', url: '/news/tags/budget/' },
    ]);
    expect(tagRoutes([post], 10, label).map((route) => [route.params.tag, route.props.page.heading])).toEqual([
      ['budget', 'News tagged “budget”'],
      ['cx', 'News tagged “Improving Customer Experience”'],
    ]);
    expect(tagsIndexRoutes([post], 10, label)[0]?.props.page.tags.map((tag) => tag.text)).toEqual(['budget', 'Improving Customer Experience']);
    expect(postPage(post, goals).tags.map((tag) => tag.text)).toEqual(['Improving Customer Experience', 'budget']);
  });
});
