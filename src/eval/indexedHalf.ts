/**
 * The articles indexed by the half-indexed abstention run (see halfIndexedEval.ts): within each folder, every
 * other article in id order, starting with the first (the 1st, 3rd, 5th, …). Folder by folder, so each
 * category of a corpus such as BBC's keeps half its articles and the questions about the other half still
 * find their topic's neighbours, as a reader's questions about a story the bot never saw would.
 */
export function indexedHalf(articles: readonly { readonly id: string }[]): Set<string> {
  const byFolder = new Map<string, string[]>();
  for (const { id } of articles) {
    const folder = id.includes('/') ? id.slice(0, id.lastIndexOf('/')) : '';
    byFolder.set(folder, [...(byFolder.get(folder) ?? []), id]);
  }
  const half = new Set<string>();
  for (const ids of byFolder.values()) {
    // Code-unit order, as the corpus lists its files: the same half on every machine and locale.
    ids.sort((a, b) => (a < b ? -1 : a > b ? 1 : 0)).forEach((id, i) => i % 2 === 0 && half.add(id));
  }
  return half;
}
