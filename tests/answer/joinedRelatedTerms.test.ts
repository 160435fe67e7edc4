import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { JoinedRelatedTerms } from '../../src/answer/joinedRelatedTerms.js';
import { parseRelatedTerms, shippedRelatedTerms, SYNONYMS_FILE } from '../../src/answer/relatedTerms.js';
import { processTerm } from '../../src/index/terms.js';

describe('JoinedRelatedTerms', () => {
  const glove = parseRelatedTerms('withdraw pullout:90 redeploy:73\naccus alleg:80\n');
  const wordnet = parseRelatedTerms('withdraw reced:85 redeploy:85\nunknown word:85\n');
  const joined = new JoinedRelatedTerms(glove, wordnet);

  it("lists both tables' entries best first, a word listed twice at the higher similarity", () => {
    expect(joined.get('withdraw')).toEqual([
      { term: 'pullout', similarity: 0.9 },
      { term: 'redeploy', similarity: 0.85 },
      { term: 'reced', similarity: 0.85 },
    ]);
    expect(joined.get('accus')).toEqual([{ term: 'alleg', similarity: 0.8 }]);
  });

  it("knows the first table's terms only, so the words it reads as English stay the same", () => {
    expect(joined.get('unknown')).toBeUndefined();
    expect(joined.size).toBe(2);
    expect([...joined].map(([term]) => term)).toEqual(['withdraw', 'accus']);
  });

  it("ships WordNet's synonyms that word vectors miss", () => {
    // "Why does French wine need help?": "to hand its struggling wine industry 70m euros in aid". GloVe's
    // nearest words to "help" are other verbs ("bring", "try").
    const help = shippedRelatedTerms().get(processTerm('help') ?? '');
    expect(help?.map((r) => r.term)).toContain(processTerm('aid'));
  });

  it('ships synonyms both ways: a question may have either word and its answer the other', () => {
    // "How many firefighters were hurt?" against "injured 12 firefighters": WordNet's commonest senses of "hurt"
    // do not list "injure", but those of "injure" list "hurt".
    const hurt = shippedRelatedTerms().get(processTerm('hurt') ?? '');
    expect(hurt?.map((r) => r.term)).toContain(processTerm('injured'));
    const synonyms = parseRelatedTerms(readFileSync(SYNONYMS_FILE, 'utf8'), SYNONYMS_FILE);
    const oneWay: string[] = [];
    for (const [term, related] of synonyms)
      for (const { term: other } of related)
        if (!(synonyms.get(other) ?? []).some((r) => r.term === term)) oneWay.push(`${term} → ${other}`);
    // A term keeps 12 at most, its own first: some of those that list it find no room (9% of the pairs, where
    // WordNet's commonest senses alone leave 53% one way).
    const pairs = [...synonyms].reduce((n, [, related]) => n + related.length, 0);
    expect(oneWay.length / pairs).toBeLessThan(0.15);
  });
});
