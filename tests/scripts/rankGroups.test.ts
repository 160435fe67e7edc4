import { mkdtemp, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { squadGroups } from '../../scripts/fit/rankGroups.js';
import { RANK_FEATURES } from '../../src/answer/rankFeatures.js';

/** One invented Wikipedia-like article of two paragraphs; only the first names the article's title, Qwerton. */
const SQUAD = {
  version: '1.1',
  data: [
    {
      title: 'Qwerton',
      paragraphs: [
        { context: 'Qwerton lies on the river Vell. It has an old stone bridge.', qas: [] },
        {
          context: 'The town is famous for its cheese market. Farmers sell there every week.',
          qas: [
            {
              id: 'q1',
              question: 'What is Qwerton famous for?',
              answers: [{ text: 'cheese market', answer_start: 29 }],
            },
          ],
        },
      ],
    },
  ],
};

describe('squadGroups', () => {
  it('reads each paragraph as the judged CLI reads a .txt file of it: no Wikipedia title to match', async () => {
    // why: the held-out review indexes one headless .txt file per paragraph; a fit that lets every paragraph
    // match its article's title ("Qwerton") measures a setting nobody is judged in.
    const dir = await mkdtemp(path.join(tmpdir(), 'rank-groups-'));
    const file = path.join(dir, 'squad.json');
    await writeFile(file, JSON.stringify(SQUAD));
    const passageCoverage = RANK_FEATURES.indexOf('passageCoverage');
    const goldCoverage = async (options?: { asFiles: boolean }): Promise<number> => {
      const { heldOut } = await squadGroups(file, options);
      const group = heldOut[0];
      const gold = group?.rows.find((_, i) => group.gold[i]);
      return gold?.[passageCoverage] ?? Number.NaN;
    };
    expect(await goldCoverage({ asFiles: false })).toBe(1);
    expect(await goldCoverage()).toBeLessThan(1);
  });
});
