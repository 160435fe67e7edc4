import { processTerm, tokenizeWithOffsets, writtenForm } from '../index/terms.js';
import type { Passage } from '../passages/buildPassages.js';

/** A token of a passage with its index term (null for stop words), offsets into the article text. */
export interface TermToken {
  readonly term: string | null;
  readonly start: number;
  readonly end: number;
}

/** Tokens of a passage and the token range [from, to) of each of its sentences. */
export interface PassageTokens {
  readonly tokens: readonly TermToken[];
  /** Each token as written, lowercase. */
  readonly words: readonly string[];
  readonly sentenceRanges: readonly (readonly [number, number])[];
}

/**
 * Tokens of recently re-ranked passages: re-ranking tokenises the same popular passages again and again.
 * One cache per engine, so a rebuilt engine does not keep the old one's passages alive. Entries are evicted
 * oldest first past `capacity` (default 10,000 passages, about 10 KB each).
 */
export class PassageTokenCache {
  private readonly entries = new Map<Passage, PassageTokens>();
  /** See `joined`: keyed by passage, for the count of following sentences it was made with. */
  private readonly joinedEntries = new Map<Passage, { count: number; value: unknown }>();

  constructor(
    private readonly capacity = 10_000,
    /** Passages whose joined tokens are kept (see `joined`): a few KB each, pointers to the tokens above. */
    private readonly joinedCapacity = 2_000,
  ) {}

  /**
   * What `make()` makes of `passage` joined with `count` sentences of the next one (see withFollowingSentence),
   * kept for the next question that re-ranks the passage: joining the two token lists again allocated a
   * sixth of what a question allocates. `make` must depend on the passage, its article and `count` only.
   */
  joined<T>(passage: Passage, count: number, make: () => T): T {
    const cached = this.joinedEntries.get(passage);
    if (cached?.count === count) return cached.value as T;
    const value = make();
    this.joinedEntries.set(passage, { count, value });
    if (this.joinedEntries.size > this.joinedCapacity) {
      const oldest = this.joinedEntries.keys().next();
      if (!oldest.done) this.joinedEntries.delete(oldest.value);
    }
    return value;
  }

  /** The tokens of `passage` (a slice of `text`). */
  get(text: string, passage: Passage): PassageTokens {
    const cached = this.entries.get(passage);
    if (cached) return cached;
    const raw = tokenizeWithOffsets(text.slice(passage.start, passage.end));
    const tokens = raw.map((t) => ({
      term: processTerm(t.raw),
      start: passage.start + t.start,
      end: passage.start + t.end,
    }));
    const words = raw.map((t) => writtenForm(t.raw));
    const entry: PassageTokens = {
      tokens,
      words,
      sentenceRanges: passage.sentences.map((s) => tokenRangeOf(tokens, s.start, s.end, 0, tokens.length)),
    };
    this.entries.set(passage, entry);
    if (this.entries.size > this.capacity) {
      const oldest = this.entries.keys().next();
      if (!oldest.done) this.entries.delete(oldest.value);
    }
    return entry;
  }
}

/** Token indexes [from, to) of the tokens inside [start, end), searched within tokens[lo, hi). */
export function tokenRangeOf(
  tokens: readonly TermToken[],
  start: number,
  end: number,
  lo: number,
  hi: number,
): [number, number] {
  let from = lo;
  while (from < hi && (tokens[from]?.start ?? 0) < start) from++;
  let to = from;
  while (to < hi && (tokens[to]?.end ?? 0) <= end) to++;
  return [from, to];
}
