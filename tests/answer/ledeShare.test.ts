import { describe, expect, it } from 'vitest';
import { rankQuotes } from '../../src/answer/rankQuotes.js';
import { createEngine } from '../../src/engine/createEngine.js';
import { answerContextOf } from '../../src/eval/answerContextOf.js';
import { corpusOf, paragraphs } from '../support/fixtureCorpus.js';

// Invented stories: a festival whose lede never mentions the lifeboat volunteers thanked further down.
const stories = {
  festival: paragraphs(
    'Festival Weekend',
    'A music festival in Gorseby drew record crowds this weekend, with forty bands on three stages.',
    'Organisers thanked the lifeboat volunteers who kept swimmers safe in the bay.',
  ),
  ferry: paragraphs(
    'Ferry Service',
    'Islanders in Tarnwick celebrated a new ferry service on Friday.',
    'The ferry will carry 300 passengers and cost 4 million pounds.',
  ),
};

/** Stories that share no word with the questions below, to make a folder of `count` articles. */
function fillers(count: number): Record<string, string> {
  return Object.fromEntries(
    Array.from({ length: count }, (_, i) => [
      `filler-${i}`,
      paragraphs(
        `Committee Notes ${i}`,
        `The committee reviewed routine paperwork ${i} on a quiet afternoon.`,
      ),
    ]),
  );
}

function ledeShareOf(files: Record<string, string>, question: string): number | undefined {
  return createEngine(corpusOf(files)).rankQuestion(question)?.evidence?.ledeShare;
}

describe('ledeShare', () => {
  const many = { ...stories, ...fillers(120) };

  it('is 1 when the best quote is in the lede', () => {
    // why: the question asks what the festival story announces, in its first paragraph.
    expect(ledeShareOf(many, 'Where did the music festival draw record crowds?')).toBe(1);
  });

  it('is 0 among many stories when the lede holds none of the words the quote matches', () => {
    // why: a story found only by a detail lower down is, in a big folder, often a related story that
    // mentions the asked-about thing in passing, while the story about it is missing.
    expect(ledeShareOf(many, 'Who thanked the lifeboat volunteers?')).toBe(0);
  });

  it('counts the lede’s share of the matched words, weighed by rarity', () => {
    // why: "ferry" is in the lede, "passengers" and "carry" only in the paragraph after it.
    const share = ledeShareOf(many, 'How many passengers will the ferry carry?') ?? -1;
    expect(share).toBeGreaterThan(0);
    expect(share).toBeLessThan(1);
  });

  it('reads a misspelt word as the word it was matched to: a typo neither raises nor lowers the share', () => {
    // why: a word the corpus lacks reaches the passage through a neighbour ("lifebaot": "lifeboat"); counted
    // as held whatever the lede says, a misspelt question about a missing story looked more like a story's.
    expect(ledeShareOf(many, 'Who thanked the lifebaot volunteers?')).toBe(
      ledeShareOf(many, 'Who thanked the lifeboat volunteers?'),
    );
    // "harbour" is in the lede and the paragraph after it, misspelt or not; "cargo ships" only in the latter.
    const harbour = paragraphs(
      'Dredging Begins',
      'Engineers in Pellow began dredging the harbour on Monday.',
      'Cargo ships of 9,000 tonnes will dock in the harbour once the work ends.',
    );
    const withHarbour = { ...many, harbour };
    const spelt = ledeShareOf(withHarbour, 'How big are the cargo ships the harbour will take?') ?? -1;
    expect(spelt).toBeGreaterThan(0);
    expect(spelt).toBeLessThan(1);
    expect(ledeShareOf(withHarbour, 'How big are the cargo ships the harbuor will take?')).toBe(spelt);
  });

  it('is 1 when the question is asked of one chosen story, as in a folder of one', () => {
    // why: asked of a story the user names (the source option), the question's story is not missing, and a
    // detail lower down is what people ask one story about; graded by the folder, a chosen story's detail was
    // weighed as a passing mention in a related story.
    const ctx = answerContextOf(corpusOf(many).articles);
    expect(rankQuotes(ctx, 'Who thanked the lifeboat volunteers?').evidence?.ledeShare).toBe(0);
    expect(rankQuotes(ctx, 'Who thanked the lifeboat volunteers?', 'festival').evidence?.ledeShare).toBe(1);
  });

  it('is 1 in a folder of a few stories, and in between up to a hundred', () => {
    // why: among a few stories there is no related story to be found by a passing mention, and people ask
    // a few stories about their details.
    expect(ledeShareOf({ ...stories, ...fillers(1) }, 'Who thanked the lifeboat volunteers?')).toBe(1);
    const some = ledeShareOf({ ...stories, ...fillers(28) }, 'Who thanked the lifeboat volunteers?') ?? -1;
    expect(some).toBeGreaterThan(0);
    expect(some).toBeLessThan(1);
  });
});
