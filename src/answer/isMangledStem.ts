/**
 * Whether `term` is a stem of three letters or fewer cut from `word`, three or more letters longer: the
 * stemmer makes one from a slip that doubles a letter before a suffix ("comming" → "com", "beeing" → "bee")
 * as from a real word ("running" → "run"), so the related-terms table cannot vouch for the word.
 */
export function isMangledStem(term: string, word: string): boolean {
  return term.length <= 3 && word.length >= term.length + 3;
}
