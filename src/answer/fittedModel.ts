// zod's smaller build, as in src/config/loadConfig.ts (which loads its English messages for both).
import * as z from 'zod/mini';
import fittedModelJson from '../../data/fitted-model.json' with { type: 'json' };

/** Where a fitted section came from: what wrote it, with which command, on what data, and when. */
const Provenance = {
  /** Says the section is generated and by what; a reader is not to edit it by hand. */
  generated: z.string(),
  command: z.string(),
  data: z.string(),
  /** ISO date of the fit. */
  fittedOn: z.string(),
};

/** Share of questions (%) whose top-scored quote is from the right paragraph, and holds the answer too. */
const RankAccuracy = z.object({ rightParagraph: z.number(), withAnswer: z.number() });

/** Answered and declined shares (%) on the eval's abstention split, at a given threshold. */
const Abstention = z.object({
  threshold: z.number(),
  inCorpusAnswered: z.number(),
  outOfCorpusDeclined: z.number(),
});

/** A news half's first-quote-right and answered shares (% of answerable) and declined (% of unanswerable). */
const NewsFigures = z.object({ firstRight: z.number(), answered: z.number(), declined: z.number() });

/** A half-indexed run's answered (% of questions whose article is indexed) and declined (% of the others). */
const HalfIndexedFigures = z.object({ answered: z.number(), declined: z.number() });

/** The shape of `data/fitted-model.json`; the fitting scripts write it through this schema too. */
export const FittedModelSchema = z.object({
  about: z.string(),
  ranker: z.object({
    ...Provenance,
    /** Fitted weights by RANK_FEATURES name. */
    weights: z.record(z.string(), z.number()),
    /** Weights the fit leaves alone, by RANK_FEATURES name, each with why it is set by hand. */
    handSet: z.record(z.string(), z.object({ weight: z.number(), why: z.string() })),
    figures: z.object({
      measure: z.string(),
      fitting: RankAccuracy,
      heldOut: RankAccuracy,
      all: RankAccuracy,
      /**
       * With news questions in the fit: each news set's halves' figures, by "<eval file> over <corpus folder>";
       * only `tune` was fitted on.
       */
      news: z.optional(z.record(z.string(), z.object({ tune: RankAccuracy, test: RankAccuracy }))),
    }),
  }),
  confidence: z.object({
    ...Provenance,
    /** Per EVIDENCE_FEATURES name: standardise ((x − mean) / scale), then weigh. */
    features: z.record(
      z.string(),
      z.object({ mean: z.number(), scale: z.number().check(z.positive()), weight: z.number() }),
    ),
    bias: z.number(),
    /** The engine's default threshold (the MIN_CONFIDENCE setting when unset). */
    minConfidence: z.object({
      value: z.number().check(z.minimum(0), z.maximum(1)),
      /** The share (0–1) of the fitting split's answerable questions it answers. */
      answersShare: z.number(),
      why: z.string(),
    }),
    /** The threshold answering `answersShare` (0–1) of the fitting split's answerable questions. */
    target: z.object({ answersShare: z.number(), threshold: z.number() }),
    /**
     * With news questions in the fit: per news set ("<eval file> over <corpus folder>"), each half's figures (%)
     * at the default threshold; only `tune` was fitted on.
     */
    news: z.optional(
      z.array(
        z.object({
          data: z.string(),
          tune: NewsFigures,
          test: NewsFigures,
          /** Each half's half-indexed run (see src/eval/halfIndexedEval.ts): answered and declined (%). */
          halfIndexed: z.optional(z.object({ tune: HalfIndexedFigures, test: HalfIndexedFigures })),
        }),
      ),
    ),
    /** The SQuAD eval's abstention split, which the fit did not index. */
    heldOut: z.object({ data: z.string(), atMinConfidence: Abstention, atTarget: Abstention }),
  }),
});

/** The contents of `data/fitted-model.json`. */
export type FittedModel = z.infer<typeof FittedModelSchema>;

/**
 * The ranking weights, confidence model and thresholds that the fitting scripts (scripts/fit/fitRanker.ts and
 * fitConfidence.ts) wrote into `data/fitted-model.json`, validated once when the answer stage loads. Imported as
 * JSON, so it is part of any bundle.
 * @throws ZodError naming the bad field when the file was edited into a wrong shape.
 */
export const FITTED_MODEL: FittedModel = FittedModelSchema.parse(fittedModelJson);

/** The values of `byName` in `names`' order. @throws Error naming a name `byName` lacks, and where. */
export function inFeatureOrder<T>(names: readonly string[], byName: Record<string, T>, where: string): T[] {
  return names.map((name) => {
    const value = byName[name];
    if (value === undefined) throw new Error(`data/fitted-model.json: ${where} has no "${name}"; refit.`);
    return value;
  });
}
