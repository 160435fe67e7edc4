import { describe, expect, it } from 'vitest';
import { createEngine } from '../../src/engine/createEngine.js';
import { parseArticle } from '../../src/corpus/parseArticle.js';

const original = parseArticle({
  id: 'a',
  path: 'a.txt',
  text: 'Gas Deal\n\nThe gas deal was signed.\n\nIt runs ten years.',
});
const engine = createEngine({
  dir: '/fixture',
  articles: [{ ...original, duplicateIds: ['copy/a'] }],
  skipped: [],
  warnings: [],
});

describe('createEngine', () => {
  it('counts passages per article and in total', () => {
    expect(engine.passageCount).toBe(2);
    expect(engine.passageCountOf('a')).toBe(2);
    expect(engine.passageCountOf('nope')).toBe(0);
  });

  it('resolves a duplicate id to its original, for lookup and for sourceId', () => {
    expect(engine.getArticle('copy/a')?.id).toBe('a');
    expect(engine.passageCountOf('copy/a')).toBe(2);
    const result = engine.answer('When was the gas deal signed?', { sourceId: 'copy/a' });
    expect(result.kind).toBe('found');
    if (result.kind === 'found') expect(result.excerpts[0].sourceId).toBe('a');
  });

  it('ranks the candidate quotes of a question for the evaluation tools, and refuses what answer refuses', () => {
    const ranking = engine.rankQuestion('gas deal');
    expect(ranking?.quotes.map((q) => q.passage.articleId)).toContain('a');
    expect(ranking?.confidence).toBeGreaterThan(0);
    expect(engine.rankQuestion('')).toBeNull();
  });
});
