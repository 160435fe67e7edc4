import { describe, expect, it } from 'vitest';
import { createEngine } from '../../src/engine/createEngine.js';
import { formatHalfIndexedReport } from '../../src/eval/formatHalfIndexedReport.js';
import {
  runHalfIndexedEval,
  summariseHalfIndexed,
  type HalfIndexedOutcome,
} from '../../src/eval/halfIndexedEval.js';
import { indexedHalf } from '../../src/eval/indexedHalf.js';
import type { EvalQuestion } from '../../src/eval/seedEval.js';
import { corpusOf, paragraphs } from '../support/fixtureCorpus.js';

// Four stories in one folder: the 1st and 3rd in id order are indexed, the 2nd and 4th are not.
const corpus = corpusOf({
  'news/001': paragraphs(
    'Harbour wall rebuilt',
    'The council rebuilt the harbour wall at Porthmellin for 2.1 million pounds after the winter storms.',
  ),
  'news/002': paragraphs(
    'Glider record',
    'A glider pilot from Kestrel Ridge flew 1,200 kilometres in one day, a national record.',
  ),
  'news/003': paragraphs(
    'Library reopens',
    'The library in Ashcombe reopened on Saturday after a two-year refit paid for by the lottery.',
  ),
  'news/004': paragraphs(
    'Orchard sold',
    'The cider orchard at Wendle Farm was sold to a cooperative of twelve growers for an undisclosed sum.',
  ),
});

const questions: EvalQuestion[] = [
  {
    id: 'inside',
    question: 'How much did rebuilding the Porthmellin harbour wall cost?',
    accept: [{ source: 'news/001', contains: '2.1 million pounds' }],
    split: 'tune',
  },
  {
    id: 'outside',
    question: 'How far did the Kestrel Ridge glider pilot fly?',
    accept: [{ source: 'news/002', contains: '1,200 kilometres' }],
    split: 'test',
  },
  {
    id: 'copy',
    question: 'When did the Ashcombe library reopen?',
    // Accepted from a byte-identical copy of news/003, indexed under news/003's id: it should be answered.
    accept: [{ source: 'mirror/003', contains: 'Saturday' }],
    split: 'test',
  },
  { id: 'none', question: 'Who won the 2018 World Cup?', unanswerable: true, split: 'tune' },
];

describe('runHalfIndexedEval', () => {
  it('asks the answerable questions of the half-indexed engine and marks those whose article is indexed', () => {
    const indexed = indexedHalf(corpus.articles);
    const half = createEngine({ ...corpus, articles: corpus.articles.filter((a) => indexed.has(a.id)) });
    const outcomes = runHalfIndexedEval(half, questions, indexed, (id) =>
      id === 'mirror/003' ? 'news/003' : id,
    );
    expect(outcomes.map((o) => [o.id, o.split, o.inside])).toEqual([
      ['inside', 'tune', true],
      ['outside', 'test', false],
      ['copy', 'test', true],
    ]);
    // The question about the indexed story is answered, with more confidence than the one about a story the
    // index lacks.
    const [inside, outside] = outcomes;
    expect(inside?.answered).toBe(true);
    expect(inside?.confidence ?? 0).toBeGreaterThan(outside?.confidence ?? 1);
  });
});

const outcome = (inside: boolean, answered: boolean, confidence: number): HalfIndexedOutcome => ({
  id: `${inside}-${confidence}`,
  split: inside ? 'tune' : 'test',
  inside,
  answered,
  confidence,
});
// Ten inside questions, confidences 0.1 to 1.0, all answered but the first; four outside ones, one declined.
const outcomes = [
  ...Array.from({ length: 10 }, (_, i) => outcome(true, i > 0, (i + 1) / 10)),
  outcome(false, false, 0.05),
  outcome(false, true, 0.15),
  outcome(false, true, 0.25),
  outcome(false, true, 0.9),
];

describe('summariseHalfIndexed', () => {
  it('counts answered inside and declined outside questions, and the declines at the 90%-answered threshold', () => {
    expect(summariseHalfIndexed(outcomes)).toEqual({
      inside: 10,
      answered: 9,
      outside: 4,
      declined: 1,
      // 0.2 answers 9 of the 10 inside questions, and declines the outside ones at 0.05 and 0.15.
      atTarget: { threshold: 0.2, declined: 50 },
    });
  });
});

describe('formatHalfIndexedReport', () => {
  it('prints the heading and a row for all questions and each half present', () => {
    const report = formatHalfIndexedReport(outcomes, 'Half-indexed: 2 of 4 articles');
    const lines = report.split('\n');
    expect(lines[0]).toBe('Half-indexed: 2 of 4 articles');
    const row = (label: string) =>
      lines
        .find((l) => l.startsWith(`${label} `))
        ?.trim()
        .split(/\s{2,}/);
    expect(row('all')).toEqual(['all', '10', '9 90.0%', '4', '1 25.0%', '0.200', '50.0%']);
    // The tune half holds only inside questions here: nothing to decline.
    expect(row('tune half')).toEqual(['tune half', '10', '9 90.0%', '0', '-', '0.200', '-']);
    expect(row('test half')).toEqual(['test half', '0', '-', '4', '1 25.0%', '-', '-']);
  });
});
