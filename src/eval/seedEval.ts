import { readFile } from 'node:fs/promises';
import * as z from 'zod/mini';
import type { AnswerResult } from '../answer/AnswerResult.js';
import type { Engine } from '../engine/Engine.js';
import type { QuestionScore } from './summariseEval.js';

const nonEmpty = () => z.string().check(z.minLength(1));

/** Optional hand annotations (docs/eval-format.md): which half of the set, and the kind of answer asked for. */
const annotations = {
  split: z.optional(z.enum(['tune', 'test'])),
  type: z.optional(z.string().check(z.minLength(1))),
};
const AnswerableSchema = z.strictObject({
  id: nonEmpty(),
  question: nonEmpty(),
  accept: z.array(z.strictObject({ source: nonEmpty(), contains: nonEmpty() })).check(z.minLength(1)),
  ...annotations,
});
const UnanswerableSchema = z.strictObject({
  id: nonEmpty(),
  question: nonEmpty(),
  unanswerable: z.literal(true),
  ...annotations,
});
const EvalFileSchema = z.object({
  description: z.optional(z.string()),
  questions: z.array(z.union([AnswerableSchema, UnanswerableSchema])).check(z.minLength(1)),
});

/** The questions file format of `../shared/eval/README.md`, plus optional `split` and `type` per question. */
export type EvalFile = z.infer<typeof EvalFileSchema>;
export type EvalQuestion = EvalFile['questions'][number];

export interface EvalOutcome {
  readonly question: EvalQuestion;
  /** The file's pass rule: the first excerpt is accepted, or an unanswerable question was declined. */
  readonly passed: boolean;
  readonly score: QuestionScore;
  readonly result: AnswerResult;
}

/** Reads and validates a questions file; errors name the file, the bad question (number and id) and field. */
export async function readEvalFile(file: string): Promise<EvalFile> {
  let json: unknown;
  try {
    json = JSON.parse(await readFile(file, 'utf8'));
  } catch (error) {
    throw new Error(`Cannot read questions file ${file}: ${(error as Error).message}`);
  }
  const problem = findProblem(json);
  if (problem) throw new Error(`Questions file ${file}: ${problem}`);
  return EvalFileSchema.parse(json);
}

/**
 * The first problem of a questions file as one line, or null. Each question is checked against the schema its
 * own keys call for (`unanswerable` or `accept`), so the message names the real fault rather than a union's.
 */
function findProblem(json: unknown): string | null {
  const outer = z
    .object({ description: z.optional(z.string()), questions: z.array(z.unknown()).check(z.minLength(1)) })
    .safeParse(json);
  if (!outer.success) return describeIssue(outer.error.issues[0]);
  const seen = new Set<string>();
  for (const [index, raw] of outer.data.questions.entries()) {
    const schema =
      typeof raw === 'object' && raw !== null && 'unanswerable' in raw
        ? UnanswerableSchema
        : AnswerableSchema;
    const parsed = schema.safeParse(raw);
    const rawId = (raw as { id?: unknown } | null)?.id;
    const name = `question ${index + 1}${typeof rawId === 'string' ? ` (id "${rawId}")` : ''}`;
    if (!parsed.success) return `${name}: ${describeIssue(parsed.error.issues[0])}`;
    if (seen.has(parsed.data.id)) return `${name}: duplicate id`;
    seen.add(parsed.data.id);
  }
  return null;
}

function describeIssue(issue: z.core.$ZodIssue | undefined): string {
  if (!issue) return 'invalid';
  return issue.path.length > 0 ? `${issue.path.join('.')}: ${issue.message}` : issue.message;
}

/**
 * Compares as the eval README says: case-insensitive, curly quotes read as straight ones, runs of white
 * space as one space.
 */
export function normaliseForEval(text: string): string {
  return text
    .replace(/[“”„″]/g, '"')
    .replace(/[‘’‚′]/g, "'")
    .replace(/\s+/g, ' ')
    .trim()
    .toLowerCase();
}

/** Whether one quoted excerpt holds an accepted answer: from an accepted source, containing its text. */
function isAccepted(
  accept: readonly { source: string; contains: string }[],
  excerpt: { sourceId: string; quote: string },
): boolean {
  const quote = normaliseForEval(excerpt.quote);
  return accept.some((a) => a.source === excerpt.sourceId && quote.includes(normaliseForEval(a.contains)));
}

/** Whether `result` passes `question`: the first excerpt comes from an accepted source and contains its text. */
export function judge(question: EvalQuestion, result: AnswerResult): boolean {
  if ('unanswerable' in question) return result.kind === 'none';
  return result.kind === 'found' && isAccepted(question.accept, result.excerpts[0]);
}

/**
 * Scores one reply for the per-split, per-type report: whether the first excerpt is accepted, whether it comes
 * from an accepted source at all, whether any excerpt is accepted, and whether the reply declined ("no article answers this"; an invalid question is not a decline).
 * Any system's replies can be scored this way, so a baseline gets the same figures.
 */
export function scoreQuestion(
  question: EvalQuestion,
  excerpts: readonly { sourceId: string; quote: string }[] | 'declined' | 'invalid',
): QuestionScore {
  const base = { id: question.id, split: question.split, type: question.type };
  const declined = excerpts === 'declined';
  if ('unanswerable' in question)
    return { ...base, answerable: false, firstRight: false, firstArticle: false, anyRight: false, declined };
  const list = typeof excerpts === 'string' ? [] : excerpts;
  const first = list[0];
  return {
    ...base,
    answerable: true,
    firstRight: first !== undefined && isAccepted(question.accept, first),
    firstArticle: first !== undefined && question.accept.some((a) => a.source === first.sourceId),
    anyRight: list.some((e) => isAccepted(question.accept, e)),
    declined,
  };
}

/** The engine's reply in the shape `scoreQuestion` takes. */
function repliedExcerpts(result: AnswerResult): Parameters<typeof scoreQuestion>[1] {
  if (result.kind === 'found') return result.excerpts;
  return result.kind === 'none' ? 'declined' : 'invalid';
}

/** Asks every question of `file` through the engine's normal `answer()` path. */
export function runEval(engine: Engine, file: EvalFile): EvalOutcome[] {
  return file.questions.map((question) => {
    const result = engine.answer(question.question);
    return {
      question,
      passed: judge(question, result),
      score: scoreQuestion(question, repliedExcerpts(result)),
      result,
    };
  });
}
