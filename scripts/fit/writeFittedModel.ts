import { readFile, writeFile } from 'node:fs/promises';
import { FittedModelSchema } from '../../src/answer/fittedModel.js';
import type { FittedModel } from '../../src/answer/fittedModel.js';

/** The generated file of fitted numbers, relative to the project root (where npm and the fitting scripts run). */
export const FITTED_MODEL_PATH = 'data/fitted-model.json';

/**
 * Replaces one section of data/fitted-model.json (the ranker's or the confidence model's), keeping the other as
 * it is on disk, and validates the whole file before writing it.
 */
export async function writeFittedModel<K extends 'ranker' | 'confidence'>(
  section: K,
  value: FittedModel[K],
  path: string = FITTED_MODEL_PATH,
): Promise<void> {
  const current = FittedModelSchema.parse(JSON.parse(await readFile(path, 'utf8')));
  const next = FittedModelSchema.parse({ ...current, [section]: value });
  await writeFile(path, `${JSON.stringify(next, null, 2)}\n`);
}

/** Today as an ISO date (YYYY-MM-DD), for the `fittedOn` fields. */
export const today = (): string => new Date().toISOString().slice(0, 10);
