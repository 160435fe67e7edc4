import type { RelatedTerm, RelatedTerms } from './relatedTerms.js';

/**
 * Two tables of related words read as one (the GloVe neighbours and WordNet's synonyms, see relatedTerms.ts):
 * a term's entries are both tables' entries, best first, a word listed by both at the higher similarity. The
 * terms are those of `first`; `second` adds entries to them only (buildSynonyms.ts keeps to `first`'s words),
 * so the words the table knows as English (plainTypos.ts, prepareQuery.ts) are `first`'s.
 */
export class JoinedRelatedTerms implements RelatedTerms, Iterable<[string, RelatedTerm['related']]> {
  constructor(
    private readonly first: RelatedTerms &
      Iterable<[string, RelatedTerm['related']]> & { readonly size: number },
    private readonly second: RelatedTerms,
  ) {}

  get size(): number {
    return this.first.size;
  }

  get(term: string): RelatedTerm['related'] | undefined {
    const own = this.first.get(term);
    const more = this.second.get(term);
    if (more === undefined || own === undefined) return own;
    const best = new Map<string, number>();
    for (const { term: near, similarity } of [...own, ...more])
      best.set(near, Math.max(similarity, best.get(near) ?? 0));
    // A stable sort: of equals, `first`'s come first.
    return [...best]
      .map(([near, similarity]) => ({ term: near, similarity }))
      .sort((a, b) => b.similarity - a.similarity);
  }

  *[Symbol.iterator](): IterableIterator<[string, RelatedTerm['related']]> {
    for (const [term] of this.first) yield [term, this.get(term) ?? []];
  }
}
