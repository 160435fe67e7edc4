import type { AnswerContext } from '../../src/answer/AnswerContext.js';
import { parseArticle } from '../../src/corpus/parseArticle.js';
import { answerContextOf } from '../../src/eval/answerContextOf.js';
import { squadArticles, type SquadParagraph } from '../../src/eval/squad/loadSquad.js';

/**
 * The answer stage's context over SQuAD paragraphs (one article each), never declining, for the fitting scripts.
 * Titled with SQuAD's article titles, or with `asFiles` each paragraph read as the CLI reads a `.txt` file of it
 * (scripts/measure/squadThroughCli.ts): no headline, so titled from its first words.
 */
export function squadAnswerContext(
  paragraphs: readonly SquadParagraph[],
  { asFiles = false }: { readonly asFiles?: boolean } = {},
): AnswerContext {
  if (!asFiles) return answerContextOf(squadArticles(paragraphs));
  return answerContextOf(
    paragraphs.map((p) => parseArticle({ id: p.id, path: `${p.id}.txt`, text: p.context })),
  );
}
