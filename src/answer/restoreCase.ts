import { STOP_WORDS } from '../index/stopWords.js';
import type { AnswerContext } from './AnswerContext.js';

/** Passages read per word to learn how the articles write it. */
const SAMPLE_PASSAGES = 20;
/** Share of a word's mid-sentence occurrences that must be capitalised for it to be read as a name. */
const NAME_SHARE = 0.8;
/** Fewest mid-sentence occurrences that say how a word is written: one capitalised use, and no other, will do. */
const MIN_OCCURRENCES = 1;

/**
 * A question typed all in lowercase ("what did putin say about nato"), with each word the articles write as a
 * name written as they write it ("Putin", "NATO"). Names decide much: a question's name that an article never
 * mentions is evidence it does not answer, "what did X say" looks for X's words, and a name is a name only
 * when capitalised. A question with capitals is left as typed, its writer marked the names, unless its
 * capitals mark none (see capitalsMarkNoNames): it is read as typed in lowercase.
 *
 * How the articles write a word is read from the passages the search finds for it: only where it stands inside
 * a sentence (a sentence's first word is capitalised whatever it is), and only when nearly every such use is
 * capitalised ("World Cup" yes, "world" in "the world's biggest" no).
 *
 * A word no article uses stays as typed: "macron" over articles that never name him may be a name, or a word
 * the articles put otherwise ("expanding" for "enlargement"); as a name it would count against every answer,
 * and on a small corpus most words are absent (tried: over BBC, 4 more of the 64 unanswerable questions typed
 * in lowercase declined, but "what does putin think about nato expanding east" was declined over the seeds).
 */
export function restoreCase(ctx: AnswerContext, typed: string): string {
  const question = capitalsMarkNoNames(typed) ? typed.toLowerCase() : typed;
  if (/\p{Lu}/u.test(question)) return question;
  let first = true;
  return question.replace(/[\p{L}\p{N}][\p{L}\p{N}'’.-]*[\p{L}\p{N}]|\p{L}/gu, (word) => {
    // The question's first word is a question word far more often than a name.
    const isFirst = first;
    first = false;
    if (isFirst || word.length < 2) return word;
    // "warner's": the articles write the name without the possessive more often than with it.
    const [, stem = word, possessive = ''] = /^(.+?)(['’]s)?$/u.exec(word) ?? [];
    return (writtenAsName(ctx, stem) ?? stem) + possessive;
  });
}

/** How the articles write `word` (lowercase) when they write it as a name, or undefined when they do not. */
function writtenAsName(ctx: AnswerContext, word: string): string | undefined {
  const forms = new Map<string, number>();
  let uses = 0;
  // Searched in the text itself, in any case: offsets in a lowercased copy would drift after an "İ" (two code
  // units in lowercase).
  const anyCase = new RegExp(
    `(?<![\\p{L}\\p{N}])${word.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')}(?![\\p{L}\\p{N}])`,
    'giu',
  );
  for (const hit of ctx.index.query(word, SAMPLE_PASSAGES)) {
    const passage = ctx.passages[hit.id];
    const text = passage && ctx.articles.get(passage.articleId)?.text.slice(passage.start, passage.end);
    if (!text) continue;
    for (const { index: at, 0: written } of text.matchAll(anyCase)) {
      // A sentence's first word is capitalised whatever it is: only uses inside a sentence tell.
      if (/(?:^|[.!?:]["”’)]?)\s*["“‘(]?$/u.test(text.slice(Math.max(0, at - 4), at))) continue;
      uses++;
      if (/^\p{Lu}/u.test(written)) forms.set(written, (forms.get(written) ?? 0) + 1);
    }
  }
  const named = [...forms.values()].reduce((a, b) => a + b, 0);
  if (uses < MIN_OCCURRENCES || named < NAME_SHARE * uses) return undefined;
  return [...forms].sort((a, b) => b[1] - a[1])[0]?.[0];
}

/** Fewest words for capitals to be read as a style rather than names ("US GDP?" may be two acronyms). */
const STYLE_WORDS = 3;

/**
 * Whether the capitals of `question` mark no names: it is written in capitals ("WHAT DID PUTIN SAY?"), or every
 * word starts with one, a small word after the first too ("What Did Putin Say?"). Read as written, each word
 * was a name (or, in capitals, an acronym: neither stemmed nor a stop word) that the answer's passage lacks,
 * and most such questions were declined (seed questions: 43 of 49 in capitals, 21 of 49 in Title Case).
 */
function capitalsMarkNoNames(question: string): boolean {
  const words = question.match(/\p{L}[\p{L}'’]*/gu) ?? [];
  if (words.length < STYLE_WORDS) return false;
  if (!/\p{Ll}/u.test(question)) return true;
  return (
    words.every((word) => /^\p{Lu}/u.test(word)) &&
    words.slice(1).some((word) => STOP_WORDS.has(word.toLowerCase()))
  );
}
