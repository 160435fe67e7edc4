import { processTerm } from '../index/terms.js';
import type { Passage } from '../passages/buildPassages.js';
import { storyRange } from '../passages/storyRange.js';
import type { AnswerContext } from './AnswerContext.js';
import type { CandidateQuote } from './CandidateQuote.js';
import { leadInArticle } from './leadInArticle.js';
import { NEAR_ENOUGH } from './nearFirst.js';
import type { Query } from './prepareQuery.js';
import type { TermHit } from './resolveTerms.js';

/**
 * Share of the first quote's score that a quote must reach to lead in its place (see focusFirst), and the
 * share of the question's word weight (IDF) by which its focus must exceed the first quote's. On the news
 * tuning halves (first quote right: first set of 163 over the BBC corpus, headline set of 109 over the
 * headless corpus, review-style set of 60 over the BBC corpus; 122 / 65 / 34 without the rule): keep 0.6 and
 * margin 0.1 gave 121 / 65 / 38; margin 0.05 120 / 65 / 38, 0.15 123 / 64 / 37; keep 0.5 as 0.6, 0.7 122 /
 * 64 / 37; then, with a sure answer beside the question's words kept first (see focusFirst), 123 / 66 / 38.
 * SQuAD through the CLI (a paragraph a file: every word of a quote is in its lede) unchanged.
 */
const FOCUS_KEEP = 0.6;
const FOCUS_MARGIN = 0.1;

/** Paragraphs that make a story's lede here, as in ledeFirst (LEDE_DEPTH). */
const LEDE_DEPTH = 2;

/**
 * Light verbs and "call", and adverbs of time and degree: they lend a question its grammar ("What honour did X
 * **get**?", "What is the film **called**?", "How much is the minimum wage **now**?") rather than a detail to
 * look for, and match any sentence that uses them for something else.
 */
const NOT_FOCUS: ReadonlySet<string> = new Set(
  [
    ...['get', 'gets', 'getting', 'got', 'make', 'makes', 'making', 'made', 'take', 'takes', 'taking'],
    ...['took', 'taken', 'give', 'gives', 'giving', 'gave', 'given', 'go', 'goes', 'going', 'went', 'gone'],
    ...['come', 'comes', 'coming', 'came', 'do', 'does', 'doing', 'did', 'done', 'have', 'has', 'having'],
    ...['had', 'put', 'puts', 'putting', 'call', 'calls', 'called', 'calling'],
    ...['now', 'currently', 'today', 'still', 'ever', 'yet', 'already', 'recently', 'also', 'just', 'so'],
    ...['very', 'really', 'actually'],
  ].flatMap((word) => processTerm(word) ?? []),
);

const AUXILIARY = new Set(
  'is are was were be been do does did will would can could should has have had may might must'.split(' '),
);
const DETERMINER = /^(?:the|a|an|its|his|her|their|[a-z-]+['’]s)$/;

/**
 * How much of the question's focus (see focusWeigher) a quote matches: summed IDF weight; `asked`, the index
 * terms of the words that say what kind of thing is asked for (see whPhraseTerms), which are no focus.
 */
export interface FocusWeigher {
  (quote: CandidateQuote): number;
  readonly asked: ReadonlySet<string>;
}

/**
 * Weighs the question words each quote matches that its story's lede (title and first LEDE_DEPTH paragraphs)
 * never uses: the question's focus, the detail it asks about, where the words the lede shares with it say
 * which story it is about. Not focus: names (the lede may say "Peru" for "Peruvian"), NOT_FOCUS, and the
 * words after "which"/"what" that describe the answer (see whPhraseTerms). `terms` maps each index term that
 * stands for a question term to it (itself, or a typo's neighbour), as for storyScores.
 */
export function focusWeigher(
  ctx: AnswerContext,
  terms: ReadonlyMap<string, TermHit>,
  query: Query,
): FocusWeigher {
  const asked = whPhraseTerms(query.searchText);
  const ledeTermsOf = new Map<string, Set<number>>();
  const ledeTerms = (passage: Passage): Set<number> => {
    let found = ledeTermsOf.get(passage.articleId);
    if (found) return found;
    found = new Set<number>();
    const [first, end] = storyRange(ctx.passages, passage.id);
    const ledeEnd = Math.min(end, first + LEDE_DEPTH);
    for (const [term, { index: q }] of terms) {
      if (
        ctx.index.countIn(term, first, ledeEnd) > 0 ||
        ctx.index.countIn(term, first, first + 1, 'title') > 0
      ) {
        found.add(q);
      }
    }
    ledeTermsOf.set(passage.articleId, found);
    return found;
  };
  const isFocus = (term: string, q: number, lede: Set<number>): boolean =>
    !lede.has(q) && !NOT_FOCUS.has(term) && !asked.has(term) && !query.nameTerms.includes(term);
  const weigh = (quote: CandidateQuote): number => {
    const lede = ledeTerms(quote.passage);
    let weight = 0;
    for (const term of quote.matched) {
      const q = query.terms.indexOf(term);
      if (q >= 0 && isFocus(term, q, lede)) weight += query.weights[q] ?? 0;
    }
    return weight;
  };
  return Object.assign(weigh, { asked });
}

/**
 * Puts first the best quote of the first quote's article that matches more of the question's focus (see
 * focusWeigher; by more than FOCUS_MARGIN of the question's `totalWeight`) and fits the asked kind of answer
 * as well, when it scores at least FOCUS_KEEP of the first. "In which country was the conductor Marcello
 * Viotti born?": the lede names the conductor and where he died; only the sentence that says "born" says
 * where he was born. `quotes` are ranked best first, the first one that may lead first; reordered in place.
 */
export function focusFirst(quotes: CandidateQuote[], focusWeight: FocusWeigher, totalWeight: number): void {
  const [first] = quotes;
  // A sure answer right beside the words that say what is asked for (as nearFirst reads nearness; see
  // whPhraseTerms) is not displaced: "Deputy High Court Judge Richard Mawrey … told the hearing" over "a hearing
  // into postal fraud allegations" for "Which judge is hearing the … fraud case?", where only "fraud" is missing
  // from the lede. Beside the story's other words it may be anything: "Conductor Marcello Viotti, director of
  // Venice's La Fenice, has died in Germany" has a place beside "conductor" for "Where was the conductor born?".
  // On the news tuning halves (first quote right; first set, headline set, review-style set) 123 / 66 / 38 with
  // the guard for any question word, 124 / 66 / 38 so (test halves 110 / 48 / 24 → 111 / 48 / 25).
  if (
    !first ||
    (first.features.answerTypeFit >= 1 &&
      first.features.typedNearness >= NEAR_ENOUGH &&
      first.matched.some((term) => focusWeight.asked.has(term)))
  ) {
    return;
  }
  const own = focusWeight(first);
  const fit = first.features.answerTypeFit;
  const leads = (q: CandidateQuote): boolean =>
    q.features.answerTypeFit >= fit && focusWeight(q) - own > FOCUS_MARGIN * totalWeight;
  leadInArticle(quotes, FOCUS_KEEP, leads);
  // A pair promoted so often owes its score to a sentence about something else ("He conducted some of the best
  // orchestras … Viotti was born in Switzerland …"): its sentence that leads on its own, at FOCUS_KEEP of the
  // first quote too, is quoted instead. On the news tuning halves no first quote changed but in its length.
  const [lead] = quotes;
  if (!lead || lead === first || !lead.features.isPair) return;
  const k = quotes.findIndex(
    (q) =>
      !q.secondary &&
      !q.features.isPair &&
      q.passage.id === lead.passage.id &&
      q.span.start >= lead.span.start &&
      q.span.end <= lead.span.end &&
      q.score >= first.score * FOCUS_KEEP &&
      leads(q),
  );
  if (k > 0) quotes.unshift(...quotes.splice(k, 1));
}

/**
 * Index terms of the words that say what kind of thing a "which"/"what" question asks for: up to three words
 * after the wh-word, before a verb ("Which web radio **station** plays…"), or after "what is the" ("What is
 * the anti-Nazi **film** called?"). They describe the answer, not the detail asked about.
 */
export function whPhraseTerms(question: string): Set<string> {
  const words = question
    .toLowerCase()
    .split(/[^a-z'’-]+/)
    .filter(Boolean);
  const found = new Set<string>();
  let at = words.findIndex((w) => w === 'which' || w === 'what');
  if (at < 0) return found;
  at++;
  if (AUXILIARY.has(words[at] ?? '') && DETERMINER.test(words[at + 1] ?? '')) at += 2;
  for (let k = at; k < at + 3 && k < words.length; k++) {
    const word = words[k] as string;
    if (AUXILIARY.has(word)) break;
    const term = processTerm(word);
    if (term) found.add(term);
  }
  return found;
}
