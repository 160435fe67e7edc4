import { describe, expect, it } from 'vitest';
import { fts5EvalColumn } from '../../src/eval/fts5EvalColumn.js';
import { corpusOf } from '../support/fixtureCorpus.js';
import { NEEDS_SQLITE, sqlite } from '../support/sqliteBaseline.js';

describe('fts5EvalColumn', () => {
  it.skipIf(!sqlite)(
    `scores the best article's best sentence like the engine's first quote ${NEEDS_SQLITE}`,
    () => {
      const { articles } = corpusOf({
        ferry: 'Ferry Halted\n\nThe island ferry stopped running on Monday.\n\nStorms are forecast all week.',
        bridge: 'Bridge Opens\n\nThe new bridge opened to traffic in March.',
      });
      const column = fts5EvalColumn(sqlite!, articles, [
        {
          id: 'q1',
          question: 'When did the ferry stop running?',
          accept: [{ source: 'ferry', contains: 'Monday' }],
        },
        { id: 'q2', question: 'When did the bridge open?', accept: [{ source: 'bridge', contains: 'May' }] },
        { id: 'q3', question: 'Who painted the Mona Lisa?', unanswerable: true },
      ]);
      expect(column.scores.map((s) => [s.id, s.firstRight, s.declined])).toEqual([
        ['q1', true, false],
        // The right article and sentence, but it says March: not the accepted answer.
        ['q2', false, false],
        // No word of the question is in any article: plain search has nothing to quote.
        ['q3', false, true],
      ]);
    },
  );
});
