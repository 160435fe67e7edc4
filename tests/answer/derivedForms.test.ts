// A question word and the passage's word can be forms of one word that the Porter stemmer keeps apart
// ("inventor" is "inventor", "invented" is "invent"): retrieval matches them as derived forms, for less.
import { describe, expect, it } from 'vitest';
import { derivedForms, DERIVED_WEIGHT, isDerived } from '../../src/answer/derivedForms.js';
import { shippedRelatedTerms } from '../../src/answer/relatedTerms.js';
import { createEngine } from '../../src/engine/createEngine.js';
import { PassageIndex } from '../../src/index/PassageIndex.js';
import { buildPassages } from '../../src/passages/buildPassages.js';
import { corpusOf } from '../support/fixtureCorpus.js';

describe('isDerived', () => {
  it('accepts stems that differ only in their endings', () => {
    expect(isDerived('invent', 'inventor')).toBe(true);
    expect(isDerived('congression', 'congress')).toBe(true);
    expect(isDerived('violenc', 'violent')).toBe(true);
    expect(isDerived('decid', 'decis')).toBe(true);
  });

  it('refuses words that only begin alike, and short ones', () => {
    expect(isDerived('goldfing', 'goldeney')).toBe(false);
    expect(isDerived('headteach', 'headmistress')).toBe(false);
    expect(isDerived('intergalact', 'interplanetari')).toBe(false);
    expect(isDerived('ii', 'iii')).toBe(false);
  });
});

describe('derivedForms', () => {
  it("keeps a term's related terms that are its derived forms, weighed below the term", () => {
    const forms = derivedForms(shippedRelatedTerms(), ['inventor', 'phonograph']);
    // why: "inventor" is near "invent" (0.72), "industrialist" and "physicist"; only "invent" is a form of it.
    expect(forms.get('inventor')).toEqual([{ term: 'invent', weight: DERIVED_WEIGHT * 0.72 }]);
    // why: "gramophon" means much the same, but is another word.
    expect(forms.has('phonograph')).toBe(false);
  });
});

// Edison's passage says "phonograph" once; each museum room's, three times in fewer words, and five stories
// about other inventors say "inventor": without "invented" counting, those fourteen all outscore it, and it is
// not among the eight passages the re-ranker reads (rankQuotes.ts). The question's "inventor" is in the corpus,
// so it gets no fuzzy neighbours ("invent").
const corpus = corpusOf({
  edison:
    'Thomas Edison invented the phonograph in 1877 at his laboratory in Menlo Park, New Jersey, after months of work on the telegraph.',
  ...Object.fromEntries(
    Array.from({ length: 9 }, (_, i) => [
      `room${i + 1}`,
      `Phonograph records and a phonograph from 19${10 + i} fill room ${i + 1} of the phonograph museum.`,
    ]),
  ),
  zip: 'Whitcomb Judson, an inventor from Chicago, showed his clasp locker in 1893.',
  tea: 'The inventor of the tea bag was a New York merchant.',
  cats: "Percy Shaw, the inventor of cat's eyes, was born in Halifax.",
  jeans: 'Levi Strauss was not the inventor of riveted jeans; Jacob Davis was.',
  lift: 'Elisha Otis, an inventor, showed a safe lift in 1854.',
});
const articles = new Map(corpus.articles.map((a) => [a.id, a]));
const passages = buildPassages(corpus.articles);

describe('PassageIndex.query with derived forms', () => {
  const index = PassageIndex.build(passages, articles);
  const derived = derivedForms(shippedRelatedTerms(), ['inventor', 'phonograph']);

  it('matches a question term by its derived form', () => {
    // why: only Edison's passage says "invented", a form of the question's "inventor", so it matches both
    // question terms, and a passage matching more of the question comes first.
    const [first] = index.query('inventor phonograph', 8, { derived });
    expect(passages[first?.id ?? -1]?.articleId).toBe('edison');
    expect(first?.terms).toContain('invent');
  });

  it('matches only the words themselves without them', () => {
    const hits = index.query('inventor phonograph', 8);
    expect(hits.map((hit) => passages[hit.id]?.articleId)).not.toContain('edison');
  });
});

describe('answer with derived forms', () => {
  it('quotes the passage that says "invented" for a question asking for the inventor', () => {
    // why: without its derived form, the question matches nothing of Edison's passage but "phonograph", which
    // every museum room says more often.
    const result = createEngine(corpus, {}, { minConfidence: 0 }).answer(
      'Who was the inventor of the phonograph?',
    );
    expect(result.kind === 'found' ? result.excerpts[0]?.sourceId : result.kind).toBe('edison');
  });
});
