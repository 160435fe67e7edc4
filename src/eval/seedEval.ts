import { readFile } from 'node:fs/promises';
import { z } from 'zod';
import type { AnswerResult } from '../answer/AnswerResult.js';
import type { Engine } from '../engine/Engine.js';

/** The questions file format of `../shared/eval/README.md`. */
const EvalFileSchema = z.object({
  description: z.string().optional(),
  questions: z
    .array(
      z.union([
        z.object({
          id: z.string(),
          question: z.string(),
          accept: z.array(z.object({ source: z.string(), contains: z.string().min(1) })).min(1),
        }),
        z.object({ id: z.string(), question: z.string(), unanswerable: z.literal(true) }),
      ]),
    )
    .min(1),
});
export type EvalFile = z.infer<typeof EvalFileSchema>;
export type EvalQuestion = EvalFile['questions'][number];

export interface EvalOutcome {
  readonly question: EvalQuestion;
  readonly passed: boolean;
  readonly result: AnswerResult;
}

/** Reads and validates a questions file; errors name the file and the bad field. */
export async function readEvalFile(file: string): Promise<EvalFile> {
  let json: unknown;
  try {
    json = JSON.parse(await readFile(file, 'utf8'));
  } catch (error) {
    throw new Error(`Cannot read questions file ${file}: ${(error as Error).message}`);
  }
  const parsed = EvalFileSchema.safeParse(json);
  if (!parsed.success) {
    const issue = parsed.error.issues[0];
    throw new Error(`Questions file ${file}: ${issue?.path.join('.') ?? ''}: ${issue?.message ?? 'invalid'}`);
  }
  return parsed.data;
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

/** Whether `result` passes `question`: the first excerpt comes from an accepted source and contains its text. */
export function judge(question: EvalQuestion, result: AnswerResult): boolean {
  if ('unanswerable' in question) return result.kind === 'none';
  if (result.kind !== 'found') return false;
  const first = result.excerpts[0];
  const quote = normaliseForEval(first.quote);
  return question.accept.some(
    (a) => a.source === first.sourceId && quote.includes(normaliseForEval(a.contains)),
  );
}

/** Asks every question of `file` through the engine's normal `answer()` path. */
export function runEval(engine: Engine, file: EvalFile): EvalOutcome[] {
  return file.questions.map((question) => {
    const result = engine.answer(question.question);
    return { question, passed: judge(question, result), result };
  });
}
