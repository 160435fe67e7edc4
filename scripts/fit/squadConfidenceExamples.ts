import { rankQuestion } from '../../src/answer/answer.js';
import { featureVector, type Evidence } from '../../src/answer/confidence.js';
import type { SquadDataset } from '../../src/eval/squad/loadSquad.js';
import { INDEXED_ARTICLES } from '../../src/eval/squad/runSquadEval.js';
import { squadAnswerContext } from './squadAnswerContext.js';
import type { Example } from './fitLogistic.js';

/**
 * Examples for fitting the confidence model: SQuAD with the articles AFTER the first INDEXED_ARTICLES indexed
 * (the eval's abstention split indexes the first ones, so it measures on other data), all questions asked.
 */
export function confidenceExamples(dataset: SquadDataset): Example[] {
  const ctx = squadAnswerContext(dataset.paragraphs.filter((p) => p.articleIndex >= INDEXED_ARTICLES));
  const examples: Example[] = [];
  for (const q of dataset.questions) {
    const evidence = rankQuestion(ctx, q.question)?.evidence ?? null;
    // A question that matches nothing is declined whatever the model says; it teaches the model nothing.
    if (evidence)
      examples.push({ x: featureVector(evidence), answerable: q.articleIndex >= INDEXED_ARTICLES });
  }
  return examples;
}

/**
 * Held-out figures, as the SQuAD eval's abstention split measures them: the FIRST INDEXED_ARTICLES articles
 * indexed (an index the fit never saw), every question asked; a question that matches nothing has confidence 0.
 */
export function heldOutEvidence(dataset: SquadDataset): {
  inCorpus: (Evidence | null)[];
  outOfCorpus: (Evidence | null)[];
} {
  const ctx = squadAnswerContext(dataset.paragraphs.filter((p) => p.articleIndex < INDEXED_ARTICLES));
  const inCorpus: (Evidence | null)[] = [];
  const outOfCorpus: (Evidence | null)[] = [];
  for (const q of dataset.questions) {
    (q.articleIndex < INDEXED_ARTICLES ? inCorpus : outOfCorpus).push(
      rankQuestion(ctx, q.question)?.evidence ?? null,
    );
  }
  return { inCorpus, outOfCorpus };
}
