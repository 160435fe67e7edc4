import { givenNames } from '../passages/givenNames.js';
import { processTerm } from '../index/terms.js';
import { SURNAME_OPENERS } from './attributionPatterns.js';

/** Lowercase words that open a surname ("Rafael **van** der Vaart", "Bill **de** Blasio"). */
const SURNAME_PARTICLES: ReadonlySet<string> = new Set(SURNAME_OPENERS);

/**
 * Index terms of the question's given names that come right before a capitalised word ("Vladimir Putin") or
 * a surname's particle ("Rafael van der Vaart").
 */
export function givenNameTerms(tokens: readonly string[]): Set<string> {
  const given = new Set<string>();
  const names = givenNames();
  for (let k = 0; k + 1 < tokens.length; k++) {
    const [word, next] = [tokens[k] as string, tokens[k + 1] as string];
    if (!names.has(word) || !(/^\p{Lu}/u.test(next) || SURNAME_PARTICLES.has(next))) continue;
    const term = processTerm(word);
    if (term !== null) given.add(term);
  }
  return given;
}
