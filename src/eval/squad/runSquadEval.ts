import type { Corpus } from '../../corpus/Article.js';
import type { Engine } from '../../engine/Engine.js';
import { evalEngine } from './evalEngine.js';
import { Fts5Baseline } from './Fts5Baseline.js';
import type { SqliteConstructor } from './loadSqliteBaseline.js';
import { loadSquad, squadArticles } from './loadSquad.js';
import type { SquadDataset, SquadQuestion, SquadTitleMode } from './loadSquad.js';
import { MiniSearchBaseline } from './MiniSearchBaseline.js';
import { operatingPoint } from './operatingPoint.js';
import type { OperatingPoint } from './operatingPoint.js';
import { StemIdf } from './pickSentence.js';
import { evalFts5, evalMiniSearch, strideSample, timed } from './evalBaselines.js';

/** The abstention split indexes the paragraphs of this many leading SQuAD articles and asks all questions. */
export const INDEXED_ARTICLES = 24;

/** Questions answered untimed before each system's timed loop, so JIT warm-up does not land in p99. */
export const WARM_UP_QUESTIONS = 20;

/**
 * Optional ranking hook on the engine. `answer()` returns at most 3 excerpts, so its excerpts rank at most 3
 * paragraphs and R@5 and MRR need a longer list. When the engine object has `rankArticles(question, limit)`
 * (article ids, best first) the eval uses it for R@5 and MRR; R@1, answer-in-excerpt and latency always come
 * from `answer()`. Without the hook, the ranked list is the distinct source ids of `answer()`'s excerpts.
 */
export interface ArticleRanker {
  rankArticles(question: string, limit: number): string[];
}

/**
 * Optional calibration hook on the engine: how sure it is that its corpus answers `question` (higher = surer;
 * any scale). When present, the abstention split also reports the share of out-of-corpus questions declined at
 * the threshold that answers TARGET_ANSWERED% of in-corpus ones, the issue's operating point. `answer()`'s own
 * decisions are reported either way.
 */
export interface AnswerConfidence {
  answerConfidence(question: string): number;
}

export interface SquadEvalOptions {
  /** Builds the engine under test over a corpus (the lead's `createEngine`). */
  readonly createEngine: (corpus: Corpus) => Engine;
  /**
   * Ask only the first `limit` questions (default all). The abstention pass then asks `limit` questions taken
   * at an even stride across all articles, so both halves of the split are still represented.
   */
  readonly limit?: number | undefined;
  /** Titles of the paragraph-articles (default `squad`); see SquadTitleMode. */
  readonly titleMode?: SquadTitleMode;
  /** Progress lines (to stderr in the CLI); default silent. */
  readonly onProgress?: (message: string) => void;
  /**
   * better-sqlite3 (see loadSqliteBaseline) for the SQLite FTS5 baseline's rows; without it (the default) the
   * report has the engine and minisearch only.
   */
  readonly sqlite?: SqliteConstructor | null;
}

/** One system's row of the table. Percentages are 0–100; MRR is a fraction; times are milliseconds. */
export interface SystemResult {
  readonly system: string;
  readonly questions: number;
  readonly recallAt1: number;
  readonly recallAt5: number;
  /** MRR@10 (ranks beyond 10 score 0). */
  readonly mrr: number;
  /** Share of questions whose first excerpt holds a gold answer; null when the system makes no excerpt. */
  readonly answerInExcerpt: number | null;
  /** First excerpts longer than MAX_EXCERPT_CHARS (should be 0; baseline excerpts are cut to fit). */
  readonly excerptsOverLimit: number;
  /** Per-question latency of one call: `answer()` for the engine, search (+ excerpt for FTS5) for baselines. */
  readonly p50Ms: number;
  readonly p99Ms: number;
  readonly buildMs: number;
  /** Where R@5 and MRR came from. */
  readonly ranking: string;
}

/** Declines and answers on the out-of-corpus split. */
export interface AbstentionResult {
  readonly system: string;
  readonly indexedArticles: number;
  readonly indexedParagraphs: number;
  /** Questions whose paragraph was indexed, and the share of them answered (kind `found`), in %. */
  readonly inCorpusQuestions: number;
  readonly inCorpusAnswered: number;
  /** Questions whose paragraph was not indexed, and the share of them declined, in %. */
  readonly outOfCorpusQuestions: number;
  readonly outOfCorpusDeclined: number;
  /** The engine at the TARGET_ANSWERED operating point, when it has the `answerConfidence` hook; else null. */
  readonly atTarget: OperatingPoint | null;
}

export interface SquadEvalReport {
  readonly file: string;
  readonly paragraphs: number;
  readonly questionsInFile: number;
  readonly titleMode: SquadTitleMode;
  readonly systems: readonly SystemResult[];
  /**
   * The engine's row for the questions of the first INDEXED_ARTICLES articles (held out when the ranking
   * weights were fitted), then for the others (the questions the weights were fitted on); an empty half is left
   * out (with `limit`, say).
   */
  readonly engineByArticles: readonly SystemResult[];
  readonly abstention: readonly AbstentionResult[];
}

function confidenceHookOf(engine: Engine): AnswerConfidence['answerConfidence'] | null {
  const candidate = (engine as Partial<AnswerConfidence>).answerConfidence;
  return typeof candidate === 'function' ? candidate.bind(engine) : null;
}

function corpusOf(
  dataset: SquadDataset,
  file: string,
  articleLimit: number,
  titleMode: SquadTitleMode,
): Corpus {
  const paragraphs = dataset.paragraphs.filter((paragraph) => paragraph.articleIndex < articleLimit);
  return { dir: file, articles: squadArticles(paragraphs, titleMode), skipped: [], warnings: [] };
}

function abstention(
  system: string,
  indexedParagraphs: number,
  questions: readonly SquadQuestion[],
  answers: (question: string) => boolean,
): AbstentionResult {
  let inCorpus = 0;
  let answered = 0;
  let outOfCorpus = 0;
  let declined = 0;
  for (const q of questions) {
    const found = answers(q.question);
    if (q.articleIndex < INDEXED_ARTICLES) {
      inCorpus += 1;
      if (found) answered += 1;
    } else {
      outOfCorpus += 1;
      if (!found) declined += 1;
    }
  }
  return {
    system,
    indexedArticles: INDEXED_ARTICLES,
    indexedParagraphs,
    inCorpusQuestions: inCorpus,
    inCorpusAnswered: inCorpus === 0 ? Number.NaN : (100 * answered) / inCorpus,
    outOfCorpusQuestions: outOfCorpus,
    outOfCorpusDeclined: outOfCorpus === 0 ? Number.NaN : (100 * declined) / outOfCorpus,
    atTarget: null,
  };
}

function confidenceOperatingPoint(
  confidence: AnswerConfidence['answerConfidence'],
  questions: readonly SquadQuestion[],
): OperatingPoint | null {
  const inCorpus: number[] = [];
  const outOfCorpus: number[] = [];
  for (const q of questions) {
    (q.articleIndex < INDEXED_ARTICLES ? inCorpus : outOfCorpus).push(confidence(q.question));
  }
  return operatingPoint(inCorpus, outOfCorpus);
}

/**
 * Runs the SQuAD eval: every paragraph of `file` is one article; each question is asked of the engine (through
 * `answer()`) and of the baselines (minisearch; SQLite FTS5 when `options.sqlite` is given) over the same
 * paragraphs, then the abstention split is run. Systems are
 * measured one after another, never interleaved, so each one's timings see only its own work.
 */
export async function runSquadEval(file: string, options: SquadEvalOptions): Promise<SquadEvalReport> {
  const progress = options.onProgress ?? (() => {});
  const titleMode = options.titleMode ?? 'squad';
  const dataset = await loadSquad(file);
  const questions =
    options.limit === undefined ? dataset.questions : dataset.questions.slice(0, Math.max(0, options.limit));
  const documents = dataset.paragraphs.map((paragraph) => ({ id: paragraph.id, text: paragraph.context }));
  progress(`${dataset.paragraphs.length} paragraphs, asking ${questions.length} questions`);

  const systems: SystemResult[] = [];
  const engineByArticles: SystemResult[] = [];
  {
    const corpus = corpusOf(dataset, file, Number.POSITIVE_INFINITY, titleMode);
    const { value: engine, ms } = timed(() => options.createEngine(corpus));
    progress(`engine built in ${ms.toFixed(0)} ms`);
    const [all, ...halves] = evalEngine(engine, questions, ms, INDEXED_ARTICLES, WARM_UP_QUESTIONS);
    if (all) systems.push(all);
    engineByArticles.push(...halves);
  }
  {
    const { value: baseline, ms } = timed(() => new MiniSearchBaseline(documents));
    progress(`minisearch built in ${ms.toFixed(0)} ms`);
    systems.push(evalMiniSearch(baseline, questions, ms));
  }
  const sqlite = options.sqlite ?? null;
  if (sqlite) {
    const texts = new Map(documents.map((document) => [document.id, document.text]));
    const idf = new StemIdf(texts.values());
    const { value: baseline, ms } = timed(() => new Fts5Baseline(sqlite, documents));
    progress(`FTS5 built in ${ms.toFixed(0)} ms`);
    systems.push(evalFts5(baseline, questions, texts, idf, ms));
    baseline.close();
  }

  const splitQuestions =
    options.limit === undefined ? dataset.questions : strideSample(dataset.questions, options.limit);
  const indexed = documents.filter((_, i) => (dataset.paragraphs[i]?.articleIndex ?? 0) < INDEXED_ARTICLES);
  progress(
    `abstention split: ${indexed.length} paragraphs indexed, asking ${splitQuestions.length} questions`,
  );
  const results: AbstentionResult[] = [];
  {
    const engine = options.createEngine(corpusOf(dataset, file, INDEXED_ARTICLES, titleMode));
    const confidence = confidenceHookOf(engine);
    results.push({
      ...abstention('engine', indexed.length, splitQuestions, (q) => engine.answer(q).kind === 'found'),
      atTarget: confidence ? confidenceOperatingPoint(confidence, splitQuestions) : null,
    });
  }
  if (sqlite) {
    // FTS5 has no notion of declining: it answers whenever any question word occurs. Shown for contrast.
    const baseline = new Fts5Baseline(sqlite, indexed);
    results.push(
      abstention(
        'SQLite FTS5 bm25 porter',
        indexed.length,
        splitQuestions,
        (q) => baseline.search(q, 1).length > 0,
      ),
    );
    baseline.close();
  }

  return {
    file,
    paragraphs: dataset.paragraphs.length,
    questionsInFile: dataset.questions.length,
    titleMode,
    systems,
    engineByArticles,
    abstention: results,
  };
}
