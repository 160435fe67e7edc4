import { SQLITE_BASELINE_DIR } from '../eval/squad/loadSqliteBaseline.js';
import type { CorpusBench } from './measureCorpus.js';

/** Printed under the table when the FTS5 columns were not measured. */
export const FTS5_SKIPPED =
  'FTS5 columns skipped: the SQLite baseline (better-sqlite3) is not installed. `npm run bench -- --fts5` ' +
  `installs it into ${SQLITE_BASELINE_DIR} (it compiles SQLite from C sources: a few minutes, and it needs a C ` +
  'toolchain) and measures them.';

/** Memory growth between the smallest and largest corpus measured, per 1,000 articles, in MB. */
export interface MemoryGrowth {
  readonly from: string;
  readonly to: string;
  readonly heapUsedMbPer1000: number;
  readonly rssMbPer1000: number;
}

/**
 * How index memory grows with the corpus: the difference in index memory (corpus + index, heap and RSS)
 * between two corpora divided by the difference in articles, per 1,000 articles. Null when fewer than two
 * corpora with different sizes were measured. Uses the BBC pair when both are present (same text, so the
 * slope is the cost of more articles alone), else the smallest and largest.
 */
export function memoryGrowth(results: readonly CorpusBench[]): MemoryGrowth | null {
  const bbc = results.find((r) => r.corpus === 'bbc');
  const bbc8 = results.find((r) => r.corpus === 'bbc-x8');
  const sorted = [...results].sort((a, b) => a.articles - b.articles);
  const [small, large] = bbc && bbc8 ? [bbc, bbc8] : [sorted[0], sorted[sorted.length - 1]];
  if (!small || !large || large.articles === small.articles) return null;
  const per1000 = 1000 / (large.articles - small.articles);
  const total = (r: CorpusBench, key: 'heapUsedMb' | 'rssMb') => r.corpusMemory[key] + r.indexMemory[key];
  return {
    from: small.corpus,
    to: large.corpus,
    heapUsedMbPer1000: (total(large, 'heapUsedMb') - total(small, 'heapUsedMb')) * per1000,
    rssMbPer1000: (total(large, 'rssMb') - total(small, 'rssMb')) * per1000,
  };
}

const f0 = (n: number) => n.toFixed(0);
const f1 = (n: number) => n.toFixed(1);
const f2 = (n: number) => (n < 10 ? n.toFixed(2) : n.toFixed(1));
const mb = (bytes: number) => (bytes / 1024 / 1024).toFixed(1);

/**
 * The bench as a Markdown table, one row per corpus, then memory growth and notes. The FTS5 columns appear when
 * any corpus has them (a corpus without them shows "-"), else a note says how to get them.
 */
export function formatBench(results: readonly CorpusBench[]): string {
  const growth = memoryGrowth(results);
  const withFts5 = results.some((r) => r.fts5 !== null);
  const fts5Columns = (r: CorpusBench): string[] =>
    !withFts5
      ? []
      : r.fts5 === null
        ? ['-', '-', '-']
        : [f0(r.fts5.buildMs), mb(r.fts5.bytes), `${f2(r.fts5.p50Ms)} / ${f2(r.fts5.p99Ms)}`];
  const lines = [
    '| corpus | articles | passages | load ms | build ms | index MB | start-up ms (restore) | heap / RSS MB | answer p50 / p99 ms | found |' +
      (withFts5 ? ' FTS5 build ms | FTS5 MB | FTS5 p50 / p99 ms |' : ''),
    `|${'---|'.repeat(withFts5 ? 13 : 10)}`,
    ...results.map((r) =>
      [
        '',
        r.corpus,
        r.articles,
        r.passages,
        f0(r.loadMs),
        f0(r.buildMs),
        mb(r.indexBytes),
        `${f0(r.startupMs)} (${f0(r.restoreMs)})`,
        `${f1(r.corpusMemory.heapUsedMb + r.indexMemory.heapUsedMb)} / ${f1(r.corpusMemory.rssMb + r.indexMemory.rssMb)}`,
        `${f2(r.answer.p50Ms)} / ${f2(r.answer.p99Ms)}`,
        `${r.answer.found}/${r.answer.questions}`,
        ...fts5Columns(r),
        '',
      ]
        .join(' | ')
        .trim(),
    ),
    '',
    ...results.map(
      (r) =>
        `${r.corpus}: ${r.duplicates} duplicate files folded, ${r.latin1} Latin-1, ${r.skipped} skipped; ` +
        `corpus ${f1(r.corpusMemory.heapUsedMb)} MB heap, index ${f1(r.indexMemory.heapUsedMb)} MB heap; ` +
        `RSS after build ${f0(r.rssAfterBuildMb)} MB; cache save ${f0(r.serializeMs)} ms; ` +
        `restore = key ${f0(r.restoreParts.keyMs)} + cache load ${f0(r.restoreParts.cacheLoadMs)} + ` +
        `createEngine ${f0(r.restoreParts.engineMs)} ms; ` +
        `cached index ${r.restoredAnswersMatch ? 'used, answers identical' : 'NOT USED OR ANSWERS DIFFER'}`,
    ),
  ];
  if (growth) {
    lines.push(
      `Memory growth ${growth.from} -> ${growth.to}: ${f1(growth.heapUsedMbPer1000)} MB heap, ` +
        `${f1(growth.rssMbPer1000)} MB RSS per 1,000 articles (corpus text + index)`,
    );
  }
  if (results.some((r) => r.fts5 === null)) lines.push(FTS5_SKIPPED);
  return lines.join('\n');
}
