import type { Article } from '../corpus/Article.js';
import type { IndexHit, PassageIndex } from '../index/PassageIndex.js';
import { FUZZY_DISTANCE } from '../index/searchOptions.js';
import { processTerm, tokenize, tokenizeWithOffsets } from '../index/terms.js';
import type { Passage } from '../passages/buildPassages.js';
import type { AnswerOptions, AnswerResult, Excerpt, QuoteCut, Span } from './AnswerResult.js';
import { answerTypeFit, answerTypeOf, questionWordsOf, typeWordsOf, type AnswerType } from './answerType.js';
import { confidenceOf, type Evidence } from './confidence.js';
import { QuoteFeatureScratch, type PassageHits } from './quoteFeatures.js';
import { scoreOf, type UnitFeatures } from './rankFeatures.js';
import { editDistance } from './editDistance.js';
import type { PassageTokenCache } from './passageTokens.js';
import { quoteSpans } from './quoteSpans.js';
import type { RelatedTerms } from './relatedTerms.js';
import { validateQuestion } from './validateQuestion.js';

/** What `answer` reads: the indexed passages, their articles, and a per-engine token cache. */
export interface AnswerContext {
  readonly articles: ReadonlyMap<string, Article>;
  readonly passages: readonly Passage[];
  readonly index: PassageIndex;
  readonly tokenCache: PassageTokenCache;
  /** Decline when the confidence (see confidence.ts) is below this. */
  readonly minConfidence: number;
  /** Words related in meaning (see relatedTerms.ts): usually the shipped table. */
  readonly relatedTerms: RelatedTerms;
}

/**
 * Passages taken from BM25 retrieval into sentence-level re-ranking. Eight leave room for recall@5 and cost a
 * third less than twelve; on SQuAD twelve found no better answers.
 */
const CANDIDATE_PASSAGES = 8;
/**
 * A further excerpt must match at least this share of the question's word weight (IDF) in its passage, so
 * the second and third quotes are about the question too. (Whether to answer at all is decided by the
 * confidence model, see confidence.ts.)
 */
const MIN_COVERAGE = 0.4;
/** A fuzzy match (typo) counts this much of an exact one. */
const FUZZY_STRENGTH = 0.6;
/** Weight factor of the noun right after a leading "which"/"what" (see prepareQuery). */
const HEAD_NOUN_FACTOR = 0.5;
/** Further excerpts must score at least this share of the best one's score. */
const RELATIVE_KEEP = 0.7;
/** Score multiplier for a further excerpt from an article already quoted: each source's version first. */
const SAME_ARTICLE_FACTOR = 0.8;

/** One candidate quote: a sentence, a pair of adjacent sentences, or a window of a long sentence. */
interface Unit {
  readonly passage: Passage;
  readonly span: Span;
  /** Which sides of the span were cut from a long sentence (see quoteSpans). */
  readonly cut: QuoteCut;
  readonly score: number;
  readonly matched: readonly string[];
  readonly features: UnitFeatures;
  /** The question terms (indexes) the quote's passage or its title matches, typos' neighbours included. */
  readonly passageTerms: ReadonlySet<number>;
}

/** A question ready for ranking: its terms, their IDF weights, and what kind of answer it wants. */
interface Query {
  /** The question's own words (see answerTypeFit). */
  readonly words: ReadonlySet<string>;
  readonly searchText: string;
  readonly terms: readonly string[];
  readonly weights: Float64Array;
  readonly totalWeight: number;
  readonly type: ReturnType<typeof answerTypeOf>;
  /**
   * Every word of the question with an index term, answer-kind words ("year", "long") included, for the
   * surface coverage: its term, its lowercase form as written, and its IDF weight.
   */
  readonly allWords: {
    readonly terms: readonly string[];
    readonly surfaces: readonly string[];
    readonly weights: Float64Array;
  };
  /** Index terms of the capitalised words after the first: the names the question mentions. */
  readonly nameTerms: readonly string[];
}

/** The ranked quotes for a question, the retrieved passages they come from, and how confident an answer is. */
interface Ranking {
  /** The query as the quotes were weighed (see withTypoWeights). */
  readonly query: Query;
  readonly units: Unit[];
  /** What the confidence model read; null when nothing matches. */
  readonly evidence: Evidence | null;
  readonly confidence: number;
}

/** Answers `question` from the corpus with verbatim excerpts, or says none answers it. */
export function answer(ctx: AnswerContext, question: string, options: AnswerOptions = {}): AnswerResult {
  const check = validateQuestion(question);
  if (check.kind === 'invalid') {
    return { kind: 'invalid', question, reason: check.reason, message: check.message };
  }
  const { units, confidence } = rank(ctx, check.question, options.sourceId);
  const best = units[0];
  // Written so that a NaN confidence declines.
  if (!best || !(confidence >= ctx.minConfidence)) return { kind: 'none', question };

  const maxExcerpts = Math.min(3, Math.max(1, Math.floor(options.maxExcerpts ?? 3)));
  const chosen: Unit[] = [best];
  const floor = best.score * RELATIVE_KEEP;
  while (chosen.length < maxExcerpts) {
    let pick: Unit | undefined;
    let pickScore = floor;
    for (const unit of units) {
      if (unit.score < floor) break;
      if (unit.features.passageCoverage < MIN_COVERAGE || chosen.some((c) => overlaps(c, unit))) continue;
      const seen = chosen.some((c) => c.passage.articleId === unit.passage.articleId);
      const adjusted = unit.score * (seen ? SAME_ARTICLE_FACTOR : 1);
      if (adjusted >= pickScore && (pick === undefined || adjusted > pickScore)) {
        pick = unit;
        pickScore = adjusted;
      }
    }
    if (!pick) break;
    chosen.push(pick);
  }
  const excerpts = chosen.map((unit) => toExcerpt(ctx, unit));
  return { kind: 'found', question, excerpts: excerpts as [Excerpt, ...Excerpt[]] };
}

/**
 * Article ids ranked for `question`, best first, at most `limit`: the articles of the re-ranked quotes.
 * For retrieval metrics (recall@k, MRR).
 */
export function rankArticles(ctx: AnswerContext, question: string, limit: number): string[] {
  const ids = new Set<string>();
  for (const unit of rankIfValid(ctx, question)?.units ?? []) ids.add(unit.passage.articleId);
  return [...ids].slice(0, limit);
}

/**
 * The confidence that the articles answer `question` (0 when nothing matches): the figure `answer` compares
 * with MIN_CONFIDENCE to decline. For measuring abstention at other thresholds.
 */
export function answerConfidence(ctx: AnswerContext, question: string): number {
  return rankIfValid(ctx, question)?.confidence ?? 0;
}

/** Every candidate quote for `question` with its re-ranking features, best first (for fitting RANK_WEIGHTS). */
export function rankedQuotes(
  ctx: AnswerContext,
  question: string,
): { articleId: string; start: number; end: number; type: AnswerType; features: UnitFeatures }[] {
  const ranking = rankIfValid(ctx, question);
  if (!ranking) return [];
  return ranking.units.map((u) => ({
    articleId: u.passage.articleId,
    start: u.span.start,
    end: u.span.end,
    type: ranking.query.type,
    features: u.features,
  }));
}

/** The evidence the confidence model reads for `question`, or null when nothing matches (for fitting it). */
export function answerEvidence(ctx: AnswerContext, question: string): Evidence | null {
  return rankIfValid(ctx, question)?.evidence ?? null;
}

function rankIfValid(ctx: AnswerContext, question: string): Ranking | null {
  const check = validateQuestion(question);
  return check.kind === 'invalid' ? null : rank(ctx, check.question);
}

/** Ranks the quotes for a validated question (only from article `sourceId` when given) and weighs them. */
function rank(ctx: AnswerContext, question: string, sourceId?: string): Ranking {
  const query = prepareQuery(ctx, question);
  if (query.terms.length === 0) return { query, units: [], evidence: null, confidence: 0 };
  const filter =
    sourceId === undefined ? undefined : (id: number) => ctx.passages[id]?.articleId === sourceId;
  const results = ctx.index.query(query.searchText, CANDIDATE_PASSAGES, filter);
  const { units, query: weighed } = rankUnits(ctx, query, results);
  const evidence = evidenceOf(ctx, weighed, units, results);
  return { query: weighed, units, evidence, confidence: evidence === null ? 0 : confidenceOf(evidence) };
}

function evidenceOf(
  ctx: AnswerContext,
  query: Query,
  units: readonly Unit[],
  results: readonly IndexHit[],
): Evidence | null {
  const best = units[0];
  const top = results[0];
  if (!best || !top) return null;
  const names = query.nameTerms;
  const found = names.filter((t) => best.passageTerms.has(query.terms.indexOf(t))).length;
  const absentTermWeight = ctx.index.absentTermIdf;
  return {
    passageCoverage: best.features.passageCoverage,
    sentenceCoverage: best.features.sentenceCoverage,
    relatedCoverage: best.features.relatedCoverage,
    nameCoverage: names.length === 0 ? 1 : found / names.length,
    retrievalPerTerm: query.totalWeight > 0 ? top.score / (query.totalWeight * query.terms.length) : 0,
    retrievalStrength: top.score / absentTermWeight,
  };
}

function prepareQuery(ctx: AnswerContext, question: string): Query {
  const tokens = tokenize(question);
  const typeWords = new Set(typeWordsOf(question));
  const kept = typeWords.size === 0 ? tokens : tokens.filter((w) => !typeWords.has(w.toLowerCase()));
  const terms = [...surfacesByTerm(kept).keys()];
  // "Which countries take part…": the noun after which/what names the answer's kind ("Ukraine, Russia…"),
  // so the quote rarely repeats it; it counts for less.
  const head = /^\s*(?:which|what)\s+([\p{L}\p{N}'’-]+)/iu.exec(question)?.[1];
  const headTerm = head === undefined ? null : processTerm(head);
  const weights = Float64Array.from(terms, (t) => ctx.index.idf(t) * (t === headTerm ? HEAD_NOUN_FACTOR : 1));
  const nameTerms = tokens
    .slice(1)
    .filter((w) => /^\p{Lu}/u.test(w))
    .map(processTerm)
    .filter((t): t is string => t !== null);
  const allOf = surfacesByTerm(tokens);
  const allTerms = [...allOf.keys()];
  const allWords = {
    terms: allTerms,
    surfaces: allTerms.map((t) => allOf.get(t) ?? ''),
    weights: Float64Array.from(allTerms, (t) => ctx.index.idf(t)),
  };
  return {
    allWords,
    nameTerms: [...new Set(nameTerms)],
    words: questionWordsOf(question),
    searchText: kept.join(' '),
    terms,
    weights,
    totalWeight: weights.reduce((a, b) => a + b, 0),
    type: answerTypeOf(question),
  };
}

/** Each distinct index term of `tokens`, in first-seen order, with its first token as written (lowercase). */
function surfacesByTerm(tokens: readonly string[]): Map<string, string> {
  const surfaces = new Map<string, string>();
  for (const raw of tokens) {
    const term = processTerm(raw);
    if (term !== null && !surfaces.has(term)) surfaces.set(term, raw.toLowerCase());
  }
  return surfaces;
}

/**
 * The candidate quotes of the retrieved passages, best first, and the query as they were weighed (a typo's
 * weight replaced by its neighbour's, see withTypoWeights).
 */
function rankUnits(
  ctx: AnswerContext,
  initialQuery: Query,
  results: readonly IndexHit[],
): { units: Unit[]; query: Query } {
  let query = initialQuery;
  const top = results[0];
  if (!top) return { units: [], query };
  const resolve = termResolver(query.terms);
  query = withTypoWeights(ctx, query, results, resolve);
  const n = query.terms.length;
  const strengths = new Float64Array(n);
  const units: Unit[] = [];
  // Which document terms stand for which question terms: itself, or a fuzzy neighbour for a typo.
  const docTermsOf = results.map((result) => {
    const docTerms = new Map<string, { index: number; strength: number }>();
    for (const docTerm of result.terms) {
      const resolved = resolve(docTerm);
      if (resolved) docTerms.set(docTerm, resolved);
    }
    return docTerms;
  });
  const passageTermsOf = docTermsOf.map(
    (docTerms) => new Set([...docTerms.values()].map((hit) => hit.index)),
  );
  const scratch = new QuoteFeatureScratch({
    terms: query.weights,
    words: query.allWords.weights,
    local: localWeights(query.weights, passageTermsOf),
  });
  const surfaceIndex = new Map(query.allWords.surfaces.map((w, k) => [w, k]));
  const related = relatedIndex(ctx.relatedTerms, query.terms);

  results.forEach((result, r) => {
    const passage = ctx.passages[result.id];
    const article = passage && ctx.articles.get(passage.articleId);
    const docTerms = docTermsOf[r];
    const passageTerms = passageTermsOf[r];
    if (!passage || !article || !docTerms || !passageTerms) return;
    const passageTokens = ctx.tokenCache.get(article.text, passage);
    const { tokens } = passageTokens;
    const hitIndex = new Int32Array(tokens.length).fill(-1);
    const hitStrength = new Float64Array(tokens.length);
    const relatedHit = new Int32Array(tokens.length).fill(-1);
    const relatedStrength = new Float64Array(tokens.length);
    tokens.forEach((token, i) => {
      if (token.term === null) return;
      const hit = docTerms.get(token.term);
      if (hit) {
        hitIndex[i] = hit.index;
        hitStrength[i] = hit.strength;
        return;
      }
      const near = related.get(token.term);
      if (near) {
        relatedHit[i] = near.index;
        relatedStrength[i] = near.strength;
      }
    });

    strengths.fill(0);
    for (const raw of tokenize(article.title)) {
      const hit = docTerms.get(processTerm(raw) ?? '');
      if (hit) strengths[hit.index] = Math.max(strengths[hit.index] ?? 0, hit.strength);
    }
    accumulate(hitIndex, hitStrength, 0, tokens.length, strengths);
    const passageCoverage = coverage(strengths, query);
    const retrieval = result.score / top.score;
    const hits: PassageHits = {
      term: hitIndex,
      strength: hitStrength,
      surface: Int32Array.from(passageTokens.words, (w) => surfaceIndex.get(w) ?? -1),
      related: relatedHit,
      relatedStrength,
    };
    const tokenKey = (i: number): number => hitIndex[i] ?? -1;
    const tokenWeight = (i: number): number => (query.weights[hitIndex[i] ?? 0] ?? 0) * (hitStrength[i] ?? 0);

    for (const { span, from, to, isPair, cut } of quoteSpans(
      article.text,
      passage.sentences,
      passageTokens,
      tokenKey,
      tokenWeight,
    )) {
      const match = scratch.measure(hits, from, to);
      if (match.matchedCount === 0) continue;
      const matched: string[] = [];
      scratch.strengths.forEach((strength, q) => {
        if (strength > 0) matched.push(query.terms[q] ?? '');
      });
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
        answerTypeFit: answerTypeFit(query.type, article.text.slice(span.start, span.end), query.words),
        isPair,
      };
      const score = scoreOf(features, query.type);
      units.push({ passage, span, cut, score, matched, features, passageTerms });
    }
  });
  units.sort((a, b) => b.score - a.score || a.passage.id - b.passage.id || a.span.start - b.span.start);
  return { units, query };
}

/**
 * A misspelt word ("pipline") is absent from the corpus, so it would weigh as much as a word about something
 * the articles never mention, and the question would be declined. When retrieval matched it to a corpus word
 * by fuzzy matching ("pipeline"), it weighs what that word weighs instead.
 */
function withTypoWeights(
  ctx: AnswerContext,
  query: Query,
  results: readonly IndexHit[],
  resolve: ReturnType<typeof termResolver>,
): Query {
  let weights: Float64Array | null = null;
  for (const result of results) {
    for (const docTerm of result.terms) {
      const hit = resolve(docTerm);
      if (!hit || hit.strength === 1 || ctx.index.frequencyOf(query.terms[hit.index] ?? '') > 0) continue;
      weights ??= Float64Array.from(query.weights);
      weights[hit.index] = Math.min(weights[hit.index] ?? Infinity, ctx.index.idf(docTerm));
    }
  }
  if (weights === null) return query;
  return { ...query, weights, totalWeight: weights.reduce((a, b) => a + b, 0) };
}

/**
 * Each question term's weight among the candidate passages: its IDF times its IDF within the candidates
 * (BM25's formula over the `passageTermsOf.length` candidates; `passageTermsOf` holds the terms each matches).
 * "Doctor" in a question about Doctor Who is in every candidate and decides little between them.
 */
function localWeights(weights: Float64Array, passageTermsOf: readonly ReadonlySet<number>[]): Float64Array {
  const count = new Float64Array(weights.length);
  for (const terms of passageTermsOf) for (const q of terms) count[q] = (count[q] ?? 0) + 1;
  const candidates = passageTermsOf.length;
  return weights.map((w, q) => {
    const c = count[q] ?? 0;
    return w * Math.log(1 + (candidates - c + 0.5) / (c + 0.5));
  });
}

/**
 * The document terms related in meaning to a question term (see relatedTerms.ts), each with the question term
 * it stands for and its similarity; the closest question term wins. Question terms themselves are left out:
 * they match exactly.
 */
function relatedIndex(
  table: RelatedTerms,
  terms: readonly string[],
): Map<string, { index: number; strength: number }> {
  const own = new Set(terms);
  const related = new Map<string, { index: number; strength: number }>();
  terms.forEach((term, index) => {
    for (const { term: near, similarity } of table.get(term) ?? []) {
      if (own.has(near) || (related.get(near)?.strength ?? 0) >= similarity) continue;
      related.set(near, { index, strength: similarity });
    }
  });
  return related;
}

/** Records in `strengths` the best strength of each question term hit in tokens[from, to). */
function accumulate(
  hitIndex: Int32Array,
  hitStrength: Float64Array,
  from: number,
  to: number,
  strengths: Float64Array,
): void {
  for (let i = from; i < to; i++) {
    const q = hitIndex[i] ?? -1;
    if (q >= 0) strengths[q] = Math.max(strengths[q] ?? 0, hitStrength[i] ?? 0);
  }
}

function coverage(strengths: Float64Array, query: Query): number {
  let sum = 0;
  strengths.forEach((s, i) => {
    sum += (query.weights[i] ?? 0) * s;
  });
  return query.totalWeight > 0 ? sum / query.totalWeight : 0;
}

/** Maps a document term to the question term it matches: exactly, or within the fuzzy edit distance. */
function termResolver(
  terms: readonly string[],
): (docTerm: string) => { index: number; strength: number } | null {
  // Every term the index matched is resolved once, though withTypoWeights and each passage ask again.
  const known = new Map<string, { index: number; strength: number } | null>(
    terms.map((t, i) => [t, { index: i, strength: 1 }]),
  );
  return (docTerm) => {
    const cached = known.get(docTerm);
    if (cached !== undefined) return cached;
    let best = -1;
    let bestDistance = Infinity;
    terms.forEach((term, i) => {
      const max = Math.max(1, Math.round(term.length * FUZZY_DISTANCE));
      const d = editDistance(term, docTerm, max);
      if (d <= max && d < bestDistance) {
        best = i;
        bestDistance = d;
      }
    });
    const resolved = best < 0 ? null : { index: best, strength: FUZZY_STRENGTH };
    known.set(docTerm, resolved);
    return resolved;
  };
}

function overlaps(a: Unit, b: Unit): boolean {
  return (
    a.passage.articleId === b.passage.articleId && a.span.start < b.span.end && b.span.start < a.span.end
  );
}

function toExcerpt(ctx: AnswerContext, unit: Unit): Excerpt {
  const article = ctx.articles.get(unit.passage.articleId);
  if (!article) throw new Error(`Unknown article ${unit.passage.articleId}`);
  const quote = article.text.slice(unit.span.start, unit.span.end);
  return {
    sourceId: article.id,
    title: article.title,
    date: article.date,
    quote,
    start: unit.span.start,
    end: unit.span.end,
    score: Math.round(unit.score * 1000) / 1000,
    matchedTerms: unit.matched,
    highlights: highlightsOf(quote, unit.matched),
    cut: unit.cut,
  };
}

/** Spans of the words of `quote` whose index term is one of `matched` (fuzzy matches included). */
function highlightsOf(quote: string, matched: readonly string[]): Span[] {
  const wanted = new Set(matched);
  const spans: Span[] = [];
  for (const token of tokenizeWithOffsets(quote)) {
    const term = processTerm(token.raw);
    if (term === null) continue;
    if (wanted.has(term) || matched.some((m) => m.length >= 5 && editDistance(m, term, 1) <= 1)) {
      spans.push({ start: token.start, end: token.end });
    }
  }
  return spans;
}
