import type { Passage } from './buildPassages.js';

/**
 * The passages [first, end) of the story that passage `id` belongs to: an article's passages are consecutive in
 * the list (see buildPassages), so its run around `id`. [id, id + 1) for an id outside the list.
 */
export function storyRange(passages: readonly Passage[], id: number): [number, number] {
  const articleId = passages[id]?.articleId;
  if (articleId === undefined) return [id, id + 1];
  let first = id;
  while (first > 0 && passages[first - 1]?.articleId === articleId) first--;
  let end = id + 1;
  while (passages[end]?.articleId === articleId) end++;
  return [first, end];
}
