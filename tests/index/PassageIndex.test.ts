import fc from 'fast-check';
import MiniSearch from 'minisearch';
import { describe, expect, it } from 'vitest';
import { PassageIndex } from '../../src/index/PassageIndex.js';
import { slipNeighbours } from '../../src/index/slipNeighbours.js';
import { processTerm, tokenize } from '../../src/index/terms.js';
import { buildPassages } from '../../src/passages/buildPassages.js';
import { corpusOf } from '../support/fixtureCorpus.js';

const corpus = corpusOf({
  gas: 'Gas Pipeline Halted\n\nThe pipeline stream of gas stopped on Monday.\n\nEngineers inspected the pipeline.',
  troops: 'Troops Gather\n\nSome 100,000 troops gathered near the border.',
  talks: 'Talks Continue\n\nDiplomats held talks about the border in Geneva as a group.',
});
const articles = new Map(corpus.articles.map((a) => [a.id, a]));
const passages = buildPassages(corpus.articles);
const index = PassageIndex.build(passages, articles);
const articleOf = (id: unknown): string | undefined => passages[id as number]?.articleId;

describe('PassageIndex.build', () => {
  it('indexes every passage and counts document frequency per passage', () => {
    expect(index.size).toBe(passages.length);
    expect(index.size).toBe(4);
    expect(index.frequencyOf(processTerm('pipeline') ?? '')).toBe(2);
    expect(index.frequencyOf(processTerm('border') ?? '')).toBe(2);
    expect(index.frequencyOf('absent')).toBe(0);
  });

  it('refuses a passage whose article is unknown', () => {
    expect(() => PassageIndex.build(passages, new Map())).toThrow(/unknown article/);
  });
});

describe('PassageIndex.countIn and lengthOf', () => {
  const pipeline = processTerm('pipeline') ?? '';
  it("counts a term's occurrences in a run of passages, title or text", () => {
    // The gas story's two passages (0 and 1) each say "pipeline" once in their text; its title says it once.
    expect(index.countIn(pipeline, 0, 2)).toBe(2);
    expect(index.countIn(pipeline, 1, 2)).toBe(1);
    expect(index.countIn(pipeline, 0, 1, 'title')).toBe(1);
    expect(index.countIn(pipeline, 2, 4)).toBe(0);
    expect(index.countIn('absent', 0, 4)).toBe(0);
  });

  it('reads the same counts and lengths from a saved index (the index cache’s, format unchanged)', () => {
    // why: the story score reads them on every question; a cached index must give what a fresh build gives.
    const restored = PassageIndex.fromJSON(JSON.parse(JSON.stringify(index.toJSON())));
    for (let doc = 0; doc < index.size; doc++) {
      expect(restored.lengthOf(doc)).toBe(index.lengthOf(doc));
      expect(restored.lengthOf(doc, 'title')).toBe(index.lengthOf(doc, 'title'));
    }
    expect(restored.countIn(pipeline, 0, 2)).toBe(2);
    expect(restored.countIn(pipeline, 0, 1, 'title')).toBe(1);
  });

  it('gives each field’s length in distinct raw tokens', () => {
    // "Engineers inspected the pipeline.", stop words included; "Gas Pipeline Halted".
    expect(index.lengthOf(1)).toBe(4);
    expect(index.lengthOf(1, 'title')).toBe(3);
  });
});

describe('PassageIndex.idf', () => {
  it('weighs a rare term above a common one, and an absent term highest', () => {
    const rare = index.idf(processTerm('Geneva') ?? '');
    const common = index.idf(processTerm('border') ?? '');
    expect(rare).toBeGreaterThan(common);
    expect(index.idf('nowhere')).toBeGreaterThan(rare);
  });
});

describe('PassageIndex.query', () => {
  it('finds passages by stemmed words, best first', () => {
    const results = index.query('pipelines', 10);
    expect(results.map((r) => articleOf(r.id))).toEqual(['gas', 'gas']);
  });

  it('matches thousands-separated numbers written either way', () => {
    expect(index.query('100000', 10).map((r) => articleOf(r.id))).toEqual(['troops']);
  });

  it('matches a typo of a longer word fuzzily ("pipline", "stram")', () => {
    expect(index.query('pipline', 10).map((r) => articleOf(r.id))).toContain('gas');
    expect(index.query('stram', 10).map((r) => articleOf(r.id))).toEqual(['gas']);
  });

  it('matches a slip whose stem is mangled through the slips it is given, below an exact match', () => {
    // "stopepd" keeps its letters as its stem (no suffix the stemmer knows), three edits from "stop": out of
    // fuzzy reach, one slip (a swap) from "stopped".
    const typo = processTerm('stopepd') ?? '';
    expect(index.query('stopepd', 10)).toEqual([]);
    const slips = new Map([[typo, slipNeighbours('stopepd', (t) => index.hasTerm(t))]]);
    const [typed] = index.query('stopepd', 10, { slips });
    const [exact] = index.query('stopped', 10);
    expect(articleOf(typed?.id)).toBe('gas');
    expect(typed?.terms).toEqual(exact?.terms);
    // Counted as a fuzzy neighbour, not as the word itself.
    expect(typed?.score).toBeLessThan(exact?.score ?? 0);
  });

  it('matches a typo that swaps two neighbouring letters fuzzily, as one edit ("gatehred")', () => {
    // why: "gatehred" stems to "gatehr", a swap from "gather": two edits for Levenshtein, out of a six-letter
    // word's reach, so a question with the commonest typing slip lost the word.
    expect(index.query('gatehred', 10).map((r) => articleOf(r.id))).toEqual(['troops']);
  });

  it('does not fuzz a correctly spelt word towards its neighbours', () => {
    // "troop" is one edit from "group" (in the talks article); being a known term, it is not fuzzed.
    expect(index.query('troops', 10).map((r) => articleOf(r.id))).toEqual(['troops']);
  });

  it('respects the limit and the filter', () => {
    expect(index.query('border pipeline', 1)).toHaveLength(1);
    const onlyTalks = index.query('border', 10, { filter: (id) => passages[id]?.articleId === 'talks' });
    expect(onlyTalks.map((r) => articleOf(r.id))).toEqual(['talks']);
  });

  it('matches nothing for stop words', () => {
    expect(index.query('the of and', 10)).toEqual([]);
  });
});

describe('PassageIndex JSON round trip', () => {
  it('restores an index that answers queries and weighs terms exactly as the original', () => {
    const restored = PassageIndex.fromJSON(JSON.parse(JSON.stringify(index.toJSON())));
    expect(restored.size).toBe(index.size);
    for (const q of ['pipeline', 'border troops', 'stram', 'Geneva talks']) {
      expect(restored.query(q, 10)).toEqual(index.query(q, 10));
    }
    expect(restored.idf(processTerm('border') ?? '')).toBe(index.idf(processTerm('border') ?? ''));
  });
});

describe('PassageIndex.query scoring', () => {
  // A corpus where words repeat across passages with different counts and lengths, so BM25's parts all matter.
  const wide = corpusOf({
    a: 'Gas Prices\n\nGas prices rose as the pipeline closed.\n\nThe pipeline pipeline pipeline was long.',
    b: 'Border Talks\n\nTalks on the border and on gas went on for hours in Geneva.',
    c: 'Pipeline Politics\n\nPoliticians argued over the pipeline, the border and the price of gas for days.',
    d: 'Weather\n\nRain fell all day.',
  });
  const wideArticles = new Map(wide.articles.map((a) => [a.id, a]));
  const widePassages = buildPassages(wide.articles);
  const wideIndex = PassageIndex.build(widePassages, wideArticles);

  it('scores passages exactly as minisearch does with the same options', () => {
    const reference = new MiniSearch<{ id: number; title: string; text: string }>({
      fields: ['title', 'text'],
      tokenize,
      processTerm: (term) => processTerm(term),
    });
    reference.addAll(
      widePassages.map((p, id) => {
        const article = wideArticles.get(p.articleId);
        return { id, title: article?.title ?? '', text: article?.text.slice(p.start, p.end) ?? '' };
      }),
    );
    for (const q of ['pipeline', 'gas border', 'price of gas pipeline', 'Geneva talks hours', 'rain']) {
      const expected = reference.search(q, { combineWith: 'OR', boost: { title: 0.5, text: 1 } });
      const actual = wideIndex.query(q, 100);
      expect(actual.map((r) => r.id).sort()).toEqual(expected.map((r) => r.id as number).sort());
      for (const hit of actual) {
        expect(hit.score).toBeCloseTo(expected.find((r) => r.id === hit.id)?.score ?? NaN, 9);
      }
    }
  });

  it('returns the same best passages whatever the limit', () => {
    const words = ['gas', 'pipeline', 'border', 'talks', 'price', 'rain', 'Geneva', 'days', 'unknown'];
    fc.assert(
      fc.property(
        fc.array(fc.constantFrom(...words), { maxLength: 5 }),
        fc.integer({ min: 1, max: 6 }),
        (q, k) => {
          const question = q.join(' ');
          expect(wideIndex.query(question, k)).toEqual(wideIndex.query(question, 100).slice(0, k));
        },
      ),
    );
  });

  it('names the passage terms that matched, including a typo’s neighbour', () => {
    const [top] = wideIndex.query('pipline border', 1);
    expect(top?.terms).toEqual(expect.arrayContaining([processTerm('pipeline'), processTerm('border')]));
  });
});

describe('PassageIndex.fromJSON', () => {
  it('refuses damaged data rather than reading out of bounds', () => {
    const saved = index.toJSON();
    const outOfRange = Buffer.from(new Uint32Array([0, 0, 99]).buffer).toString('base64');
    const docs = new Uint32Array(Buffer.from(saved.fields[1]?.docs ?? '', 'base64').buffer.slice(0));
    const reversed = Buffer.from(docs.slice().reverse().buffer).toString('base64');
    const broken = [
      { ...saved, terms: saved.terms.slice(1) },
      { ...saved, size: 1 },
      { ...saved, fields: [saved.fields[0]] },
      { ...saved, fields: [saved.fields[0], { ...saved.fields[1], docs: outOfRange }] },
      { ...saved, fields: [saved.fields[0], { ...saved.fields[1], freqs: 'AAA' }] },
      // Every passage id in range, but a posting list out of order: binary search would miss matches.
      { ...saved, fields: [saved.fields[0], { ...saved.fields[1], docs: reversed }] },
      { nothing: true },
    ];
    for (const json of broken) expect(() => PassageIndex.fromJSON(json as never)).toThrow();
  });
});
