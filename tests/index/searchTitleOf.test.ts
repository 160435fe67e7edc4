import { describe, expect, it } from 'vitest';
import { PassageIndex } from '../../src/index/PassageIndex.js';
import { searchTitleOf } from '../../src/index/searchTitleOf.js';
import { buildPassages } from '../../src/passages/buildPassages.js';
import { corpusOf } from '../support/fixtureCorpus.js';

// Headless stories, as a crowd's news files come: the first paragraph is the lede, after a dateline.
const corpus = corpusOf({
  headed: 'Sea Wall Approved\n\nCouncillors voted for the sea wall on Tuesday.',
  seawall:
    'WELLINGTON, New Zealand (CNN) -- Councillors in the coastal town of Port Amberley voted on Tuesday to build a new sea wall against the winter storms that flooded the harbour. Residents cheered.\n\n' +
    'The project will cost 4 million dollars, the mayor said.\n\nWork begins in March.',
  bridge:
    '(CNN) -- Engineers in the capital said on Monday that a new bridge over the river is needed.\n\n' +
    'The bridge will cost 9 million dollars.',
  paragraph:
    'The Normans were the people who in the 10th and 11th centuries gave their name to Normandy, a region in France. They were descended from Norse raiders.',
});
const byId = new Map(corpus.articles.map((a) => [a.id, a]));

describe('searchTitleOf', () => {
  it('is the headline of a story that has one', () => {
    expect(searchTitleOf(byId.get('headed')!)).toBe('Sea Wall Approved');
  });

  it("is a headless story's whole first sentence, without its dateline", () => {
    const article = byId.get('seawall')!;
    expect(article.title.length).toBeLessThan(90); // the title shown is cut short
    expect(searchTitleOf(article)).toBe(
      'Councillors in the coastal town of Port Amberley voted on Tuesday to build a new sea wall against the winter storms that flooded the harbour.',
    );
    expect(searchTitleOf(byId.get('bridge')!)).toBe(
      'Engineers in the capital said on Monday that a new bridge over the river is needed.',
    );
  });

  it('is the title of a story of one paragraph, which has no other paragraph to tell what it is about', () => {
    const article = byId.get('paragraph')!;
    expect(searchTitleOf(article)).toBe(article.title);
    expect(article.title).toMatch(/…$/);
  });
});

describe('PassageIndex over headless stories', () => {
  it("finds a story's other paragraphs by the end of its lede's first sentence", () => {
    // Why: the question is about the sea wall of the lede's last words (beyond the 80 characters of the title),
    // so the sea-wall story's cost paragraph must come before the bridge's, which shares only "cost".
    const passages = buildPassages(corpus.articles.filter((a) => a.id === 'seawall' || a.id === 'bridge'));
    const index = PassageIndex.build(passages, byId);
    const found = index
      .query('How much will the sea wall against the winter storms cost?', 10)
      .map((hit) => passages[hit.id]!);
    const costs = found.filter((p) => /cost/.test(byId.get(p.articleId)!.text.slice(p.start, p.end)));
    expect(costs.map((p) => p.articleId)).toEqual(['seawall', 'bridge']);
  });
});
