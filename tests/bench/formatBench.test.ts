import { describe, expect, it } from 'vitest';
import { formatBench, FTS5_SKIPPED, memoryGrowth } from '../../src/bench/formatBench.js';
import type { CorpusBench } from '../../src/bench/measureCorpus.js';
import type { BenchCorpusName } from '../../src/bench/benchCorpora.js';

function result(corpus: BenchCorpusName, articles: number, heapUsedMb: number, rssMb: number): CorpusBench {
  const latency = { samples: 500, p50Ms: 1, p99Ms: 4 };
  return {
    ...{
      corpus,
      articles,
      duplicates: 0,
      latin1: 0,
      skipped: 0,
      loadMs: 10,
      buildMs: 20,
      passages: articles * 9,
    },
    ...{
      indexBytes: 1024 * 1024,
      serializeMs: 5,
      restoreMs: 30,
      startupMs: 40,
      restoreParts: { keyMs: 5, cacheLoadMs: 15, engineMs: 10 },
      restoredAnswersMatch: true,
    },
    corpusMemory: { heapUsedMb: heapUsedMb / 4, rssMb: rssMb / 4 },
    indexMemory: { heapUsedMb: (3 * heapUsedMb) / 4, rssMb: (3 * rssMb) / 4 },
    rssAfterBuildMb: 200,
    answer: { ...latency, found: 40, questions: 50 },
    fts5: { ...latency, buildMs: 8, bytes: 2048 },
  };
}

describe('memoryGrowth', () => {
  it('is the slope of corpus + index memory between the BBC pair, per 1,000 articles', () => {
    const growth = memoryGrowth([
      result('squad', 2000, 20, 40),
      result('bbc', 2000, 100, 150),
      result('bbc-x8', 16000, 800, 1200),
    ]);
    expect(growth).toEqual({ from: 'bbc', to: 'bbc-x8', heapUsedMbPer1000: 50, rssMbPer1000: 75 });
  });

  it('falls back to the smallest and largest corpus, and is null without two sizes', () => {
    expect(memoryGrowth([result('squad', 3000, 30, 30), result('seeds', 1000, 10, 10)])).toMatchObject({
      from: 'seeds',
      to: 'squad',
      heapUsedMbPer1000: 10,
    });
    expect(memoryGrowth([result('seeds', 3, 1, 1)])).toBeNull();
  });
});

describe('formatBench', () => {
  it('prints one table row per corpus and the growth line', () => {
    const text = formatBench([result('bbc', 2000, 100, 150), result('bbc-x8', 16000, 800, 1200)]);
    expect(text).toContain(
      '| bbc | 2000 | 18000 | 10 | 20 | 1.0 | 40 (30) | 100.0 / 150.0 | 1.00 / 4.00 | 40/50 |',
    );
    expect(text).toContain('Memory growth bbc -> bbc-x8: 50.0 MB heap, 75.0 MB RSS per 1,000 articles');
  });

  it('shows the FTS5 columns when measured, and no skip note', () => {
    const text = formatBench([result('bbc', 2000, 100, 150)]);
    expect(text).toContain('| 40/50 | 8 | 0.0 | 1.00 / 4.00 |');
    expect(text).not.toContain(FTS5_SKIPPED);
  });

  it('leaves the FTS5 columns out and says how to get them when SQLite is not installed', () => {
    const text = formatBench([{ ...result('seeds', 3, 1, 1), fts5: null }]);
    expect(text.split('\n')[0]).not.toContain('FTS5');
    expect(text).toContain('| seeds | 3 | 27 | 10 | 20 | 1.0 | 40 (30) | 1.0 / 1.0 | 1.00 / 4.00 | 40/50 |');
    expect(text).toContain('npm run bench -- --fts5');
  });
});
