import type { TermToken } from './passageTokens.js';
import type { Span } from '../passages/Span.js';
import { TagKind, tagEndOf, tagKindOf, tagStartOf } from '../passages/tagSentences.js';
import { asksAmount } from './asksAmount.js';
import type { AnswerType, TaggedRange } from './answerType.js';

/** The mentions that can answer each answer type that names a thing (see answerType.ts's typeFitOfTags). */
const KINDS_OF: Partial<Record<AnswerType, readonly TagKind[]>> = {
  count: [TagKind.number],
  money: [TagKind.money, TagKind.number],
  distance: [TagKind.distance, TagKind.number],
  duration: [TagKind.durationUnit],
  date: [TagKind.date],
  person: [TagKind.name],
  organisation: [TagKind.name],
  place: [TagKind.name],
};
/** The mentions that answer "how much" (see asksAmount): a number or a sum of money. */
const AMOUNT_KINDS: readonly TagKind[] = [TagKind.number, TagKind.money];

/**
 * Words between a mention and the nearest question word over which nearness halves: one word between ("net
 * profits **of** 400m euros") counts a quarter. On the news tuning half 0.5 put one more first quote in the
 * right article than 1 and three more than 3 (where any mention in the sentence counts), at no cost on SQuAD.
 */
const HALF_GAP = 0.5;

/**
 * How close the quote's nearest new mention of the asked kind stands to one of the question's words, from 0 to
 * 1: 1 right next to it ("Judge **Letitia** Clark" for "which judge"; "cost **3.5** million pounds" for "how
 * much … cost"), halving every HALF_GAP words between, 0 with no such mention. A mention is new when it has a
 * word the question lacks. News answers stand next to the words that ask for them, while a sentence that
 * restates the question holds its mentions elsewhere. `tokens[from, to)` are the quote's, `matched(i)` whether
 * token i matches a question term, `sentenceRanges` the token ranges [from, to) of the passage's sentences (see
 * PassageTokens); `tagged` as for typeFitOfTags.
 */
export function typedNearness(
  type: AnswerType,
  text: string,
  span: Span,
  tokens: readonly TermToken[],
  from: number,
  to: number,
  matched: (i: number) => boolean,
  sentenceRanges: readonly (readonly [number, number])[],
  tagged: readonly TaggedRange[],
  questionWords: ReadonlySet<string>,
): number {
  const kinds = type === 'count' && asksAmount(questionWords) ? AMOUNT_KINDS : KINDS_OF[type];
  if (!kinds) return 0;
  let best = 0;
  for (const range of tagged) {
    for (const tag of range.tags) {
      const kind = tagKindOf(tag);
      if (!kinds.includes(kind)) continue;
      const start = tagStartOf(tag, range.start);
      const end = tagEndOf(tag, range.start);
      if (start < span.start || end > span.end) continue;
      const gap = gapToQuestionWord(tokens, from, to, start, end, matched, sentenceRanges);
      if (gap === null) continue;
      const nearness = 0.5 ** (gap / HALF_GAP);
      // Whether the mention is new reads its words: asked only of one that would raise the best.
      if (nearness > best && isNew(text.slice(start, end), questionWords)) best = nearness;
    }
  }
  return best;
}

/** Whether `mention` has a word the question does not (a possessive's "'s" aside). */
function isNew(mention: string, questionWords: ReadonlySet<string>): boolean {
  const words = mention.toLowerCase().match(/[\p{L}\p{N}]+/gu) ?? [];
  return words.some((w) => w !== 's' && !questionWords.has(w));
}

/**
 * Words between the mention [start, end) and the nearest matched token of tokens[from, to) in the same
 * sentence, or null for none: in a pair of sentences, the last word of one is not next to the first of the other.
 * The sentence is the passage's own (see splitSentences), so "Mr." or "3.5" ends none.
 */
function gapToQuestionWord(
  tokens: readonly TermToken[],
  from: number,
  to: number,
  start: number,
  end: number,
  matched: (i: number) => boolean,
  sentenceRanges: readonly (readonly [number, number])[],
): number | null {
  let first = -1;
  let last = -1;
  for (let i = from; i < to; i++) {
    const token = tokens[i] as TermToken;
    if (token.end <= start) continue;
    if (token.start >= end) break;
    if (first < 0) first = i;
    last = i;
  }
  if (first < 0) return null;
  const sentence = sentenceRanges.find(([a, b]) => a <= first && first < b);
  const lo = Math.max(from, sentence?.[0] ?? from);
  const hi = Math.min(to, sentence?.[1] ?? to);
  let gap: number | null = null;
  for (let i = first - 1; i >= lo; i--) {
    if (matched(i)) {
      gap = first - i - 1;
      break;
    }
  }
  for (let i = last + 1; i < hi && (gap === null || i - last - 1 < gap); i++) {
    if (matched(i)) {
      gap = i - last - 1;
      break;
    }
  }
  return gap;
}
