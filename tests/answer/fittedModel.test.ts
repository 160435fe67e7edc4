import { describe, expect, it } from 'vitest';
import { EVIDENCE_FEATURES, MIN_CONFIDENCE } from '../../src/answer/confidence.js';
import { FITTED_MODEL, FittedModelSchema, inFeatureOrder } from '../../src/answer/fittedModel.js';
import { RANK_FEATURES, RANK_WEIGHTS } from '../../src/answer/rankFeatures.js';

describe('data/fitted-model.json', () => {
  it('gives every ranking feature one weight: fitted, or set by hand with a reason', () => {
    const { weights, handSet } = FITTED_MODEL.ranker;
    for (const name of RANK_FEATURES) expect(name in weights !== name in handSet).toBe(true);
    for (const { why } of Object.values(handSet)) expect(why.length).toBeGreaterThan(20);
    RANK_FEATURES.forEach((name, j) => expect(RANK_WEIGHTS[j]).toBe(weights[name] ?? handSet[name]?.weight));
  });

  it('is where the default threshold and the confidence model come from', () => {
    expect(MIN_CONFIDENCE).toBe(FITTED_MODEL.confidence.minConfidence.value);
    expect(Object.keys(FITTED_MODEL.confidence.features)).toEqual([...EVIDENCE_FEATURES]);
    // The stricter operating point declines more; a refit that swapped them would be a broken file.
    expect(FITTED_MODEL.confidence.target.threshold).toBeGreaterThan(MIN_CONFIDENCE);
  });

  it('says it is generated, by which command, from what data', () => {
    for (const section of [FITTED_MODEL.ranker, FITTED_MODEL.confidence]) {
      expect(section.generated).toMatch(/Written by scripts\/fit\/fit\w+\.ts/);
      expect(section.command).toMatch(/^npx tsx scripts\/fit\/fit\w+\.ts /);
      expect(section.data).toMatch(/SQuAD/);
    }
  });
});

describe('FittedModelSchema', () => {
  it('rejects a hand-edited file, naming the bad field', () => {
    const broken = structuredClone(FITTED_MODEL) as { confidence: { features: Record<string, unknown> } };
    broken.confidence.features.passageCoverage = { mean: 0.6, scale: 0, weight: 1 };
    const result = FittedModelSchema.safeParse(broken);
    expect(result.success).toBe(false);
    expect(result.error?.issues[0]?.path).toEqual(['confidence', 'features', 'passageCoverage', 'scale']);
  });
});

describe('inFeatureOrder', () => {
  it('orders values by feature name and names a missing one', () => {
    expect(inFeatureOrder(['b', 'a'], { a: 1, b: 2 }, 'x')).toEqual([2, 1]);
    expect(() => inFeatureOrder(['a', 'c'], { a: 1 }, 'ranker.weights')).toThrow(/ranker.weights has no "c"/);
  });
});
