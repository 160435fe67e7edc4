// The wire-story sets (data/eval/wire-stories-qa.json over data/eval/wire-stories, data/eval/wire-stories-2-qa.json
// over data/eval/wire-stories-2, and the third) stay honest: their shape matches
// docs/eval-format.md, its halves are the stories the rule there gives, and every accepted phrase is short and
// really in its story. The stories are invented and ours, so the check needs nothing beside the repository.
import { readdir, readFile } from 'node:fs/promises';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { normaliseForEval, readEvalFile } from '../../src/eval/seedEval.js';
import { REPO_ROOT } from '../support/fixtureCorpus.js';

const SETS = [
  { file: 'data/eval/wire-stories-qa.json', stories: 'data/eval/wire-stories' },
  { file: 'data/eval/wire-stories-2-qa.json', stories: 'data/eval/wire-stories-2' },
  { file: 'data/eval/wire-stories-3-qa.json', stories: 'data/eval/wire-stories-3' },
] as const;

/** The half of a story (a01 … f20) by the rule fixed before the first run: numbers 1, 2, 5, 6, … are `tune`. */
function halfOf(story: string): 'tune' | 'test' {
  return (Number(story.slice(1)) - 1) % 4 < 2 ? 'tune' : 'test';
}

describe.each(SETS)('$file', ({ file, stories: folder }) => {
  const FILE = path.join(REPO_ROOT, file);
  const STORIES = path.join(REPO_ROOT, folder);

  it('asks at least 100 answerable questions over 40 stories, each with its story’s half and a type', async () => {
    const { questions } = await readEvalFile(FILE);
    const stories = (await readdir(STORIES)).filter((f) => f.endsWith('.txt'));
    expect(stories.length).toBe(40);
    const answerable = questions.flatMap((q) => ('accept' in q ? [q] : []));
    expect(answerable.length).toBeGreaterThanOrEqual(100);
    expect(new Set(answerable.map((q) => q.id.replace(/-\d+$/, ''))).size).toBe(40);
    const wrongHalf = questions.filter((q) => q.split !== halfOf(q.id.replace(/-\d+$/, '')) || !q.type);
    expect(wrongHalf.map((q) => q.id)).toEqual([]);
  });

  it('accepts only short phrases of two characters or more that are in the question’s own story', async () => {
    const { questions } = await readEvalFile(FILE);
    const bad: string[] = [];
    for (const q of questions) {
      if (!('accept' in q)) continue;
      for (const a of q.accept) {
        const text = normaliseForEval(await readFile(path.join(STORIES, `${a.source}.txt`), 'utf8'));
        // Its own story's, a few characters to a few words, and there.
        const own = a.source === q.id.replace(/-\d+$/, '');
        if (!own || a.contains.length < 2 || a.contains.length > 60) bad.push(q.id);
        else if (!text.includes(normaliseForEval(a.contains))) bad.push(q.id);
      }
    }
    expect(bad).toEqual([]);
  });
});
