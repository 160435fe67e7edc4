// The real seed articles, loaded as `npm run ask` loads them.
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { loadEngine } from '../../src/engine/loadEngine.js';
import { REPO_ROOT } from '../support/fixtureCorpus.js';

const engine = await loadEngine(path.join(REPO_ROOT, 'seeds'));

describe('seeds', () => {
  it('loads the three seed articles with their ids and nothing skipped', () => {
    expect(engine.articles.map((a) => a.id)).toEqual([
      '000_bf4b978a58fdcece',
      '003_bcdb362db8b66c8f',
      '004_07e4d072f0fa54a3',
    ]);
    expect(engine.corpus.skipped).toEqual([]);
  });

  it('reads the headline of 000, the dated first line of 003 and derives a title for 004', () => {
    const [a000, a003, a004] = engine.articles;
    expect(a000?.title).toBe(
      'Diplomatic Efforts To Resolve Ukraine Tensions Intensify At High-Level Meetings In Moscow, Washington',
    );
    expect(a000?.date).toBeNull();
    expect(a003?.date).toBe('2022-02-08');
    expect(a003?.title.startsWith('Macron and Putin have agreed')).toBe(true);
    // 004 opens with a long paragraph, not a headline: its title is its first words, cut with an ellipsis.
    expect(a004?.title.startsWith('Joe Biden said there was')).toBe(true);
    expect(a004?.title.endsWith('…')).toBe(true);
  });

  it('answers a question about Nord Stream 2 with a verbatim quote from 000', () => {
    const result = engine.answer('What did Biden promise about Nord Stream 2?');
    expect(result.kind).toBe('found');
    if (result.kind !== 'found') return;
    const [best] = result.excerpts;
    expect(best.sourceId).toBe('000_bf4b978a58fdcece');
    expect(engine.getArticle(best.sourceId)?.text.slice(best.start, best.end)).toBe(best.quote);
    expect(best.quote).toMatch(/Nord Stream/);
  });

  it('answers "Who is the president of Russia?" with a sentence naming him, not one that repeats the words', () => {
    // "…the U.S. president said Russia had assembled…" has both words and a capitalised "White House", but no
    // person the question does not name; "Russian President Vladimir Putin" has one (see nameFit.ts).
    const result = engine.answer('Who is the president of Russia?');
    expect(result.kind).toBe('found');
    if (result.kind !== 'found') return;
    expect(result.excerpts[0].quote).toContain('Russian President Vladimir Putin');
  });

  it('does not quote the trailing "Source link" of 004', () => {
    const text = engine.getArticle('004_07e4d072f0fa54a3')?.text ?? '';
    const result = engine.answer('Source link', { sourceId: '004_07e4d072f0fa54a3' });
    expect(text.trimEnd().endsWith('Source link')).toBe(true);
    expect(result.kind).toBe('none');
  });
});
