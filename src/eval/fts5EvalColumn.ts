import type { Article } from '../corpus/Article.js';
import { splitSentences } from '../passages/splitSentences.js';
import type { EvalColumn } from './formatEvalReport.js';
import type { EvalQuestion } from './seedEval.js';
import { scoreQuestion } from './seedEval.js';
import { Fts5Baseline } from './squad/Fts5Baseline.js';
import type { SqliteConstructor } from './squad/loadSqliteBaseline.js';
import { pickSentence, StemIdf } from './squad/pickSentence.js';

/**
 * The SQLite FTS5 baseline's column of the eval report: each article's text indexed with FTS5 (porter,
 * BM25), the best article's sentence covering most of the question's word weight quoted (see pickSentence),
 * as the SQuAD eval does. It declines only when no word of the question matches, so its "declined" column
 * shows how far plain search gets without a confidence model.
 */
export function fts5EvalColumn(
  Database: SqliteConstructor,
  articles: readonly Article[],
  questions: readonly EvalQuestion[],
): EvalColumn {
  const texts = new Map(articles.map((a) => [a.id, a.text]));
  const idf = new StemIdf(texts.values());
  const baseline = new Fts5Baseline(
    Database,
    articles.map((a) => ({ id: a.id, text: a.text })),
  );
  try {
    const scores = questions.map((question) => {
      const [id] = baseline.search(question.question, 1);
      const text = id === undefined ? undefined : texts.get(id);
      if (id === undefined || text === undefined) return scoreQuestion(question, 'declined');
      const { span } = pickSentence(question.question, text, idf, splitSentences);
      return scoreQuestion(question, [{ sourceId: id, quote: text.slice(span.start, span.end) }]);
    });
    return { name: 'SQLite FTS5 + best sentence', scores };
  } finally {
    baseline.close();
  }
}
