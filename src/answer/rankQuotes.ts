import type { IndexHit } from '../index/PassageIndex.js';
import type { Span } from '../passages/Span.js';
import type { AnswerContext } from './AnswerContext.js';
import type { CandidateQuote, Ranking } from './CandidateQuote.js';
import { typeFitOfTags } from './answerType.js';
import { confidenceOf, figureMissing } from './confidence.js';
import { evidenceOf } from './evidenceOf.js';
import { plainTypos } from './plainTypos.js';
import { isInnerNameWord, relatedForNames } from './nameMentions.js';
import { phraseMarksFor } from './phraseMarksOf.js';
import { freshHitArrays, someHit } from './freshHitArrays.js';
import { KeyFilter } from './KeyFilter.js';
import { memoBySpan } from './memoBySpan.js';
import { onlyQuestionWords } from './onlyQuestionWords.js';
import { tokenRangeOf } from './passageTokens.js';
import { standsBeforeName } from './agentNounHits.js';
import { FOLLOWS_ON, orderQuotes } from './orderQuotes.js';
import { readQuestion } from './readQuestion.js';
import { shownFrom } from './referentBefore.js';
import { prepareQuery, type Query } from './prepareQuery.js';
import { QuoteFeatureScratch, type PassageHits } from './quoteFeatures.js';
import { quoteSpans } from './quoteSpans.js';
import { accumulate, coverage } from './passageCoverage.js';
import { scoreOf, type UnitFeatures } from './rankFeatures.js';
import { storyScores } from './storyScores.js';
import { focusFirst, focusWeigher, type FocusWeigher } from './focusFirst.js';
import { surfaceOf } from './surfaceOf.js';
import { asksSuccession, successionFirst } from './succession.js';
import { titleTermsOf } from './titleTermsOf.js';
import { typedNearness } from './typedNearness.js';
import { derivedForms } from './derivedForms.js';
import { withFollowingSentence } from './withFollowingSentence.js';
import { followOnSentence } from './followOnSentence.js';
import { localWeights, relatedIndex, termResolver, withTypoWeights, type TermHit } from './resolveTerms.js';

/** Passages re-ranked by sentence: 8 cost a third less than 12, which found no better answers (SQuAD, news). */
const CANDIDATE_PASSAGES = 8;

/** Ranks the quotes for a validated question (only from article `sourceId` when given) and weighs them. */
export function rankQuotes(ctx: AnswerContext, question: string, sourceId?: string): Ranking {
  const query = prepareQuery(ctx.index, readQuestion(ctx, question), ctx.relatedTerms);
  if (query.terms.length === 0) return { query, quotes: [], evidence: null, confidence: 0 };
  const filter =
    sourceId === undefined ? undefined : (id: number) => ctx.passages[id]?.articleId === sourceId;
  const typos = plainTypos(ctx, query);
  const unnamed = query.terms.filter((t) => !query.nameTerms.includes(t));
  const results = ctx.index.query(query.searchText, CANDIDATE_PASSAGES, {
    filter,
    slips: query.slips,
    typos,
    // Not of names: "Russian" is no form of "Russia" that answers "the president of Russia" (a name's other
    // forms count in the re-ranker, see relatedForNames), and passages naming it crowd out the one that names him.
    derived: derivedForms(ctx.relatedTerms, unnamed),
  });
  const { quotes, query: weighed, focusWeight } = rankCandidates(ctx, query, results, typos);
  // Asked of one story (sourceId), the question's story is not missing: ledeShare reads it as a folder of one.
  const evidence = evidenceOf(ctx, weighed, quotes, results, sourceId === undefined ? ctx.articles.size : 1);
  // After the evidence: the confidence reads the quote that ranks best, and a detail's sentence, promoted for
  // matching the question's focus, matches less of the rest of it.
  if (focusWeight) focusFirst(quotes, focusWeight, weighed.totalWeight);
  // A succession no quote reports, or a sum, count or age no shown quote of the best story names (figureMissing) is
  // not answered. No evidence: the fitting tools read a declined question from it (newsConfidenceExamples.ts).
  if (
    (asksSuccession(question) && !successionFirst(ctx, quotes, weighed.nameTerms)) ||
    figureMissing(weighed.type, question, quotes)
  ) {
    return { query: weighed, quotes, evidence: null, confidence: 0 };
  }
  return { query: weighed, quotes, evidence, confidence: evidence === null ? 0 : confidenceOf(evidence) };
}

/**
 * The candidate quotes of the retrieved passages, best first, and the query as they were weighed (a typo's
 * weight replaced by its neighbour's, see withTypoWeights).
 */
function rankCandidates(
  ctx: AnswerContext,
  initialQuery: Query,
  results: readonly IndexHit[],
  typos: ReadonlySet<string>,
): { quotes: CandidateQuote[]; query: Query; focusWeight?: FocusWeigher } {
  let query = initialQuery;
  const top = results[0];
  if (!top) return { quotes: [], query };
  const resolve = termResolver(query.terms, query.slips, typos);
  query = withTypoWeights(ctx.index, query, results, resolve);
  const n = query.terms.length;
  const strengths = new Float64Array(n);
  const quotes: CandidateQuote[] = [];
  // Which document terms stand for which question terms: itself, or a fuzzy neighbour for a typo.
  const docTermsOf = results.map((result) => {
    const docTerms = new Map<string, TermHit>();
    for (const docTerm of result.terms) {
      const resolved = resolve(docTerm);
      if (resolved) docTerms.set(docTerm, resolved);
    }
    return docTerms;
  });
  // A compound ("TimeWarner" for "Time Warner") stands for its first term (as a hit) and the next (see `second`).
  const second = new Map(query.compounds.map((c) => [c.term, c.first + 1]));
  const passageTermsOf = docTermsOf.map((docTerms, r) => {
    const found = new Set([...docTerms.values()].map((hit) => hit.index));
    for (const docTerm of results[r]?.terms ?? []) {
      const next = second.get(docTerm);
      if (next !== undefined) found.add(next);
    }
    return found;
  });
  const scratch = new QuoteFeatureScratch({
    terms: query.weights,
    words: query.allWords.weights,
    local: localWeights(query.weights, passageTermsOf),
    ofPairs: query.ofPairs,
  });
  const surfaceIndex = new Map(query.allWords.surfaces.map((w, k) => [w, k]));
  const surfaceFilter = new KeyFilter(surfaceIndex.keys());
  const related = relatedIndex(relatedForNames(ctx.relatedTerms, query.nameTerms), query.terms);
  const exact = new Map<string, TermHit>(query.terms.map((t, index) => [t, { index, strength: 1 }]));
  for (const { term, first } of query.compounds) exact.set(term, { index: first, strength: 1 });
  // "What did Macron tell Putin?" is answered by "Macron ... told Putin" (see pastFormHits).
  for (const [past, index] of query.pastForms) {
    if (!exact.has(past)) exact.set(past, { index, strength: 1 });
  }
  // The question's terms, and the typos' neighbours the passages matched, counted over each whole story.
  const storyTerms = new Map(exact);
  for (const docTerms of docTermsOf) for (const [term, hit] of docTerms) storyTerms.set(term, hit);
  const stories = storyScores(
    ctx.index,
    ctx.passages,
    results.map((result) => result.id),
    storyTerms,
    query.weights,
  );
  const nameIndexes = new Set(query.nameTerms.map((t) => query.terms.indexOf(t)));
  // Every term a token can match by in any way below: most of a passage's tokens are none, and one look-up
  // here spares them the four (its passage's, exact, agent noun, related).
  const matchable = new Set(exact.keys());
  for (const docTerms of docTermsOf) for (const term of docTerms.keys()) matchable.add(term);
  for (const term of query.agentNouns.keys()) matchable.add(term);
  for (const term of related.keys()) matchable.add(term);
  const mayMatch = new KeyFilter(matchable);

  results.forEach((result, r) => {
    const passage = ctx.passages[result.id];
    const article = passage && ctx.articles.get(passage.articleId);
    const docTerms = docTermsOf[r];
    const passageTerms = passageTermsOf[r];
    if (!passage || !article || !docTerms || !passageTerms) return;
    const {
      tokens: passageTokens,
      sentences,
      ownSentences,
      ownTokens,
      marks,
    } = withFollowingSentence(ctx, article.text, passage);
    const { tokens } = passageTokens;
    const { hitIndex, secondHit, hitStrength, relatedHit, relatedStrength, surface } = freshHitArrays(
      tokens.length,
    );
    // "Who leads UKIP?" is answered by "UKIP leader Roger Knapman": the verb's agent noun, before a name.
    const agentHit = (term: string, i: number): TermHit | undefined => {
      const index = query.agentNouns.get(term);
      return index !== undefined && standsBeforeName(article.text, tokens, i)
        ? { index, strength: 1 }
        : undefined;
    };
    tokens.forEach((token, i) => {
      if (token.term === null || !mayMatch.mayHave(token.term) || !matchable.has(token.term)) return;
      // The following sentence's words are not among the passage's matched terms: an exact match counts.
      const hit = docTerms.get(token.term) ?? exact.get(token.term) ?? agentHit(token.term, i);
      if (hit && nameIndexes.has(hit.index) && isInnerNameWord(article.text, tokens, i, query.words)) return;
      if (hit) {
        hitIndex[i] = hit.index;
        hitStrength[i] = hit.strength;
        secondHit[i] = second.get(token.term) ?? -1;
        return;
      }
      const near = related.get(token.term);
      if (near) {
        relatedHit[i] = near.index;
        relatedStrength[i] = near.strength;
      }
    });

    strengths.fill(0);
    for (const term of titleTermsOf(article)) {
      const hit = docTerms.get(term) ?? (second.has(term) ? exact.get(term) : undefined);
      if (hit) strengths[hit.index] = Math.max(strengths[hit.index] ?? 0, hit.strength);
      const next = second.get(term);
      if (next !== undefined) strengths[next] = 1;
    }
    accumulate(hitIndex, hitStrength, 0, ownTokens, strengths);
    for (let i = 0; i < ownTokens; i++) {
      const next = secondHit[i] ?? -1;
      if (next >= 0) strengths[next] = 1;
    }
    const passageCoverage = coverage(strengths, query);
    const retrieval = result.score / top.score;
    const hits: PassageHits = {
      term: hitIndex,
      strength: hitStrength,
      second: secondHit,
      surface: surfaceOf(passageTokens.words, surfaceIndex, surface, surfaceFilter),
      related: relatedHit,
      relatedStrength,
      ...phraseMarksFor(marks, passageTokens.words, query.words),
    };
    const tokenKey = (i: number): number => hitIndex[i] ?? -1;
    const isHit = (i: number): boolean => (hitIndex[i] ?? -1) >= 0;
    const tokenWeight = (i: number): number => (query.weights[hitIndex[i] ?? 0] ?? 0) * (hitStrength[i] ?? 0);

    // The tags saved with the index (see tagSentences.ts): the passage's own and its follower's first sentences'.
    const next = ctx.passages[passage.id + 1];
    const tagged = next?.articleId === passage.articleId ? [passage, next] : [passage];
    const fit = memoBySpan((at: Span) =>
      typeFitOfTags(query.type, article.text, at, tagged, query.words, query.speakers),
    );
    // Only a question asking for a thing a sentence names (an amount, a date, a name) follows on to the
    // sentence that names one: a reason or a statement is read from cue words, not a mention.
    const fits = FOLLOWS_ON.has(query.type) ? sentences.map(fit) : [];

    const nearness = (at: Span, a: number, b: number): number =>
      typedNearness(
        query.type,
        article.text,
        at,
        tokens,
        a,
        b,
        isHit,
        passageTokens.sentenceRanges,
        tagged,
        query.words,
      );
    // Whether a continuation holds the asked kind of answer that `previous` lacks, or as surely but nearer the
    // question's words ("Carson … died on 23 January" after a lead with "on Sunday" far from them).
    const leadsOver = (typeFit: number, near: number, previous: Span): boolean => {
      if (typeFit === 0) return false;
      const before = fit(previous);
      // Only a sure mention (fit 1) is weighed by nearness: a plain capitalised word (NAME_FIT.plain, PLACE_FIT.plain
      // in nameFit.ts) is no sure name or place.
      if (typeFit !== before || typeFit < 1) return typeFit > before;
      const [a, b] = tokenRangeOf(tokens, previous.start, previous.end, 0, tokens.length);
      return near > nearness(previous, a, b);
    };
    const site = { text: article.text, passage, passages: ctx.passages, query, questionTerms: matchable };
    const shown = (at: Span, continued: boolean): Span | undefined => shownFrom(site, at, fit(at), continued);
    for (const { span, from, to, isPair, cut, previous } of quoteSpans(
      article.text,
      sentences,
      passageTokens,
      tokenKey,
      tokenWeight,
      ownSentences,
      (i) => followOnSentence(fits, i, ownSentences),
    )) {
      // A quote with no token of a question term matches none (measure would say matchedCount 0): skipped
      // unmeasured, as a good part of the candidate quotes are.
      if (!someHit(hitIndex, from, to)) continue;
      const match = scratch.measure(hits, from, to);
      if (match.matchedCount === 0) continue;
      const typeFit = fit(span);
      const near = typeFit === 0 ? 0 : nearness(span, from, to);
      // A continuation leads only by holding the answer better than the sentence before (see leadsOver); a
      // quote of nothing but the question's words ("Veritas?" for "What does Veritas mean?") never leads.
      const secondary =
        (previous !== undefined && !leadsOver(typeFit, near, previous)) ||
        onlyQuestionWords(tokens, from, to, hitIndex, relatedHit);
      const matched: string[] = [];
      for (let q = 0; q < scratch.strengths.length; q++) {
        if ((scratch.strengths[q] as number) > 0) matched.push(query.terms[q] ?? '');
      }
      const features: UnitFeatures = {
        sentenceCoverage: match.sentenceCoverage,
        surfaceCoverage: match.surfaceCoverage,
        phrase: match.phrase,
        bm25: match.bm25,
        rareCoverage: match.rareCoverage,
        relatedCoverage: match.relatedCoverage,
        localCoverage: match.localCoverage,
        retrieval,
        passageCoverage,
        answerTypeFit: typeFit,
        isPair,
        typedNearness: near,
        storyGap: 1 - (stories.get(passage.articleId) ?? 1),
      };
      const score = scoreOf(features, query.type);
      // Shown from the sentence before: a continuation matching the question only through it (see follows), or
      // a quote without the asked kind of answer that points back to the sentence naming it (referentBefore).
      const onlyBefore =
        previous && !someHit(hitIndex, ...tokenRangeOf(tokens, span.start, span.end, from, to));
      const follows = onlyBefore ? shown(previous, true) : shown(span, false);
      quotes.push({ passage, span, cut, score, matched, features, passageTerms, secondary, follows });
    }
  });
  orderQuotes(quotes, query.type, ctx.passages);
  return { quotes, query, focusWeight: focusWeigher(ctx, storyTerms, query) };
}
