import type { CandidateQuote } from './CandidateQuote.js';
import { leadInArticle } from './leadInArticle.js';

/**
 * Share of the first quote's score that a quote naming a person for sure must reach to lead over a first quote
 * naming one only maybe (see surePersonFirst). On the news tuning halves (first quote right, of 109 headline
 * questions over the headless BBC corpus / of 163 of the first set; 46 / 118 without this rule) and SQuAD through
 * the CLI (answer in the first quote, 74.99 without it): 0.9 46 / 119 / 74.99; 0.85 46 / 119 / 75.00; 0.8 46 / 119
 * / 75.00; 0.7 46 / 119 / 74.96. Without its nearness condition (see surePersonFirst), 0.85 gave 47 / 119 / 74.98;
 * for organisations and places too (without it), 0.9 gave 47 / 116.
 */
const SURE_PERSON_KEEP = 0.85;

/**
 * Puts first, for a "who" question whose first quote names someone only maybe (0 < answerTypeFit < 1: a
 * capitalised word the tags could not place, such as "the Canadian firm's chief", or only an organisation),
 * the best quote of the same article naming a person for sure (answerTypeFit 1: "Nortel's head **Frank
 * Dunn**") as near the question's words (typedNearness no lower), when it scores at least SURE_PERSON_KEEP of
 * the first. A story restates the question around a role or a nationality and names the person elsewhere.
 * Only for people: an organisation or a place is as often named by a word the tags cannot place ("RSA
 * Security", "Mbita Point"), so a plain capitalised word is no weaker a sign of one. `quotes` are ranked best
 * first, the first one that may lead first; reordered in place.
 */
export function surePersonFirst(quotes: CandidateQuote[]): void {
  const [first] = quotes;
  if (!first || first.features.answerTypeFit <= 0 || first.features.answerTypeFit >= 1) return;
  const near = first.features.typedNearness;
  leadInArticle(
    quotes,
    SURE_PERSON_KEEP,
    (q) => q.features.answerTypeFit >= 1 && q.features.typedNearness >= near,
  );
}
