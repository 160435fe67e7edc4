// One excerpt per fact: the same sentence carried by two stories is quoted once, with the other listed.
import { describe, expect, it } from 'vitest';
import { rankQuestion } from '../../src/answer/answer.js';
import type { CandidateQuote } from '../../src/answer/CandidateQuote.js';
import { pickExcerpts } from '../../src/answer/pickExcerpts.js';
import { createEngine } from '../../src/engine/createEngine.js';
import { answerContextOf } from '../../src/eval/answerContextOf.js';
import { corpusOf } from '../support/fixtureCorpus.js';

const SHARED = 'Mara Quist won the best actress award for her role in Salt Harbour.';

describe('pickExcerpts', () => {
  const engine = createEngine(
    corpusOf({
      // Two invented stories reusing the same agency sentence, and one that says it in other words.
      'arts/001': ['Harbour Film Sweeps Awards', SHARED, 'The ceremony was held in Lisbon.'].join('\n\n'),
      'arts/002': ['Awards Night Recap', SHARED, 'Critics had tipped the film for months.'].join('\n\n'),
      'arts/003': [
        'Quist Honoured',
        'The best actress award went to Mara Quist, star of Salt Harbour, on Saturday.',
      ].join('\n\n'),
    }),
  );

  it('quotes a sentence two articles share once, naming the other article in alsoIn', () => {
    // why: arts/001 and arts/002 carry the same sentence word for word, so it is one fact, quoted once.
    const result = engine.answer('Who won the best actress award?');
    expect(result.kind).toBe('found');
    if (result.kind !== 'found') return;
    const copies = result.excerpts.filter((e) => e.quote === SHARED);
    expect(copies).toHaveLength(1);
    const [shown] = copies;
    const other = shown?.sourceId === 'arts/001' ? 'arts/002' : 'arts/001';
    expect(shown?.alsoIn).toEqual([other]);
    expect(new Set(result.excerpts.map((e) => e.quote)).size).toBe(result.excerpts.length);
  });

  it('lists no other article when the quote is the only copy', () => {
    const result = engine.answer('Where was the ceremony held?');
    expect(result.kind === 'found' && result.excerpts[0].alsoIn).toEqual([]);
  });
});

describe("pickExcerpts: the best article's typed companion", () => {
  const engine = createEngine(
    corpusOf({
      // Invented stories: the first repeats the question's words with a sum of no currency (which may or may
      // not be the one asked for), and gives the sum two paragraphs on, in a sentence with few of its words;
      // two others repeat the words without any sum.
      'biz/001': [
        'Tarnwell Foods Results',
        'Tarnwell Foods said earnings in the last quarter of 2031 fell by 19 million after a costly recall of its pies.',
        'The firm also named a new finance director.',
        'Net profit was $41m in the quarter, against $60m a year earlier.',
      ].join('\n\n'),
      'biz/002': [
        'Tarnwell Meeting',
        'Tarnwell Foods earnings in the last quarter of 2031 will be discussed at the annual meeting in Leeds.',
      ].join('\n\n'),
      'biz/003': [
        'Analysts Wary',
        'Analysts who follow Tarnwell Foods say earnings in the last quarter of 2031 disappointed investors.',
      ].join('\n\n'),
    }),
  );

  it('quotes second the sentence of the best article that holds the amount asked for', () => {
    // why: "how much" asks for a sum of money; the first quote (biz/001's lead) has only a bare number, and the
    // other articles' sentences restate the question. biz/001's "$41m" sentence answers it, so it comes
    // second, before the better-scoring restatements of other articles.
    const result = engine.answer('How much did Tarnwell Foods earn in the last quarter of 2031?');
    expect(result.kind).toBe('found');
    if (result.kind !== 'found') return;
    expect(result.excerpts[0].sourceId).toBe('biz/001');
    expect(result.excerpts[1]?.sourceId).toBe('biz/001');
    expect(result.excerpts[1]?.quote).toContain('$41m');
  });

  it('adds no companion when only one excerpt is asked for', () => {
    const result = engine.answer('How much did Tarnwell Foods earn in the last quarter of 2031?', {
      maxExcerpts: 1,
    });
    expect(result.kind === 'found' && result.excerpts.length).toBe(1);
  });
});

describe('pickExcerpts: how far below the best a further excerpt may score', () => {
  const engine = createEngine(
    corpusOf({
      'arts/011': [
        'Festival Report',
        'The Glass Owls headlined the Marlow folk festival on Saturday night.',
      ].join('\n\n'),
      'arts/012': [
        'Ticket News',
        'Tickets for the Marlow folk festival sold out within a day, and the band was thrilled.',
      ].join('\n\n'),
      'arts/013': ['Town Diary', 'Traffic in Marlow was heavy at the weekend of the festival.'].join('\n\n'),
    }),
  );

  it('adds a quote that scores over half the best one, and none that scores far less', () => {
    // why: arts/012 has most of the question's words (band, Marlow folk festival) but not "headlined": it
    // scores some 0.64 of arts/011's quote, still about the question, so it is shown; arts/013 has only
    // Marlow and festival and scores a tenth as much.
    const result = engine.answer('Which band headlined the Marlow folk festival?');
    expect(result.kind).toBe('found');
    if (result.kind !== 'found') return;
    expect(result.excerpts.map((e) => e.sourceId)).toEqual(['arts/011', 'arts/012']);
  });
});

describe('pickExcerpts: which further quote deserves a place', () => {
  // Invented stories about the question; the tests set each quote's score and features so that only the rule
  // under test decides between two candidates for the second place.
  const ctx = answerContextOf(
    corpusOf({
      'news/021': [
        'Canal Report',
        'The Orrin canal reopened to boats after the winter repairs.',
        'Crews worked on the Orrin canal locks for weeks of repairs.',
      ].join('\n\n'),
      'news/022': ['Boats Return', 'Boats on the Orrin canal were back after the repairs.'].join('\n\n'),
      'news/023': ['Repairs Finished', 'Repairs to the Orrin canal ended in Dorwich in March.'].join('\n\n'),
      'news/024': ['Canal Town', 'The Orrin canal winter repairs were a long job for Dorwich.'].join('\n\n'),
    }).articles,
  );
  const ranking = rankQuestion(ctx, 'Where were the Orrin canal repairs?');
  /** The candidate quoting `words`, with the score and features given, the rest neutral. */
  const quoteOf = (
    words: string,
    score: number,
    features: Partial<CandidateQuote['features']>,
  ): CandidateQuote => {
    const quote = ranking?.quotes.find((q) => {
      const text = ctx.articles.get(q.passage.articleId)?.text ?? '';
      return text.slice(q.span.start, q.span.end) === words;
    });
    if (!quote) throw new Error(`no candidate quote "${words}"`);
    const neutral = { passageCoverage: 1, answerTypeFit: 0, typedNearness: 1, storyGap: 0, isPair: false };
    return { ...quote, score, features: { ...quote.features, ...neutral, ...features } };
  };
  const sources = (quotes: [CandidateQuote, ...CandidateQuote[]]): string[] =>
    pickExcerpts(ctx, quotes, 2).map((e) => e.sourceId);

  it('prefers for the second place a quote with a mention of the asked kind to a restatement', () => {
    // why: news/022 scores more but names no place; news/023 names one (Dorwich), so a reader whose first
    // quote lacks the answer finds it there.
    const best = quoteOf('The Orrin canal reopened to boats after the winter repairs.', 1, {
      answerTypeFit: 1,
    });
    const restating = quoteOf('Boats on the Orrin canal were back after the repairs.', 0.9, {});
    const typed = quoteOf('Repairs to the Orrin canal ended in Dorwich in March.', 0.8, { answerTypeFit: 1 });
    expect(sources([best, restating, typed])).toEqual(['news/021', 'news/023']);
  });

  it("quotes the best story when the first quote's story falls well short of it", () => {
    // why: news/021 says less of the question as a whole than news/024 (storyGap 0.3), so news/024's quote
    // takes the second place although news/021's next quote, raised as the same story's, scores more.
    const best = quoteOf('The Orrin canal reopened to boats after the winter repairs.', 1, {
      answerTypeFit: 1,
      storyGap: 0.3,
    });
    const sameStory = quoteOf('Crews worked on the Orrin canal locks for weeks of repairs.', 0.9, {
      answerTypeFit: 0.5,
      storyGap: 0.3,
    });
    const topStory = quoteOf('The Orrin canal winter repairs were a long job for Dorwich.', 0.6, {
      answerTypeFit: 1,
    });
    expect(sources([best, sameStory, topStory])).toEqual(['news/021', 'news/024']);
  });
});

describe('pickExcerpts: a continuation that shares no word with the question', () => {
  const engine = createEngine(
    corpusOf({
      // An invented recovery story: the lede names the country and the crisis, the next paragraph gives dates.
      recovery: [
        'Fresh Hope For Recovery',
        'Three years after Argentina was hit by a deadly economic crisis, there is fresh hope.',
        "The country's economy is set to grow about 8% this year, a sharp turnaround from 2002 when output fell 11%.",
        'Unemployment has fallen and exports are rising, officials said.',
      ].join('\n\n'),
    }),
  );

  it('is quoted with the sentence it continues, and that sentence is not quoted again', () => {
    // why: the second paragraph is chosen for the dates it holds, but alone it names neither Argentina nor the
    // crisis: the reader could not tell why it answers, nor which country it means.
    const result = engine.answer('When was Argentina hit by the crisis?');
    expect(result.kind).toBe('found');
    if (result.kind !== 'found') return;
    expect(result.excerpts[0]?.quote).toMatch(
      /^Three years after Argentina was hit .*\n\nThe country's economy/s,
    );
    const ledes = result.excerpts.filter((e) => e.quote.includes('Three years after'));
    expect(ledes).toHaveLength(1);
  });
});
