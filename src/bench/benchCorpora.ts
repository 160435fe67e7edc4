import type { Article, Corpus } from '../corpus/Article.js';
import { loadCorpus } from '../corpus/loadCorpus.js';
import { loadSquad, squadArticles } from '../eval/squad/loadSquad.js';

/** The corpora `npm run bench` measures, smallest first. */
export const BENCH_CORPORA = ['seeds', 'squad', 'bbc', 'bbc-x8'] as const;
export type BenchCorpusName = (typeof BENCH_CORPORA)[number];

/** How many times `bbc-x8` repeats the BBC corpus. */
export const BBC_REPEATS = 8;

/** Where the bench finds its data; each defaults to the project layout (relative to the working folder). */
export interface BenchPaths {
  readonly seeds: string;
  readonly squad: string;
  readonly bbc: string;
}

export const DEFAULT_BENCH_PATHS: BenchPaths = {
  seeds: 'seeds',
  squad: '../shared/data/squad-v1.1-dev/dev-v1.1.json',
  bbc: '../shared/data/bbc-news/bbc',
};

/**
 * The corpus repeated `times` times in memory: copy k (from 0) prefixes every id and path with `x<k>/`, so
 * each copy is a distinct set of articles with identical text. No files are written.
 */
export function repeatCorpus(corpus: Corpus, times: number): Corpus {
  const articles: Article[] = [];
  for (let k = 0; k < times; k += 1) {
    const prefix = `x${k}/`;
    for (const article of corpus.articles) {
      articles.push({
        ...article,
        id: prefix + article.id,
        path: prefix + article.path,
        duplicateIds: article.duplicateIds.map((id) => prefix + id),
      });
    }
  }
  return { ...corpus, articles };
}

/** Loads one bench corpus: folders through `loadCorpus`, SQuAD paragraphs as articles (Wikipedia titles). */
export async function loadBenchCorpus(name: BenchCorpusName, paths: BenchPaths): Promise<Corpus> {
  switch (name) {
    case 'seeds':
      return loadCorpus(paths.seeds);
    case 'squad': {
      const dataset = await loadSquad(paths.squad);
      return { dir: paths.squad, articles: squadArticles(dataset.paragraphs), skipped: [], warnings: [] };
    }
    case 'bbc':
      return loadCorpus(paths.bbc);
    case 'bbc-x8':
      return repeatCorpus(await loadCorpus(paths.bbc), BBC_REPEATS);
  }
}
