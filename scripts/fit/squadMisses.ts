import { writeFileSync } from 'node:fs';
import { rankQuestion } from '../../src/answer/answer.js';
import { MIN_CONFIDENCE } from '../../src/answer/confidence.js';
import { loadSquad } from '../../src/eval/squad/loadSquad.js';
import { excerptContainsAnswer } from '../../src/eval/squad/normalizeAnswer.js';
import { squadAnswerContext } from './squadAnswerContext.js';

/**
 * Where the SQuAD eval's R@1 and answer-in-first-excerpt are lost, at the default MIN_CONFIDENCE, without the
 * full eval's baselines: every question is ranked once (all paragraphs indexed) and put in one bucket, and the
 * outcomes are written as JSON lines for closer looks. With `--as-files`, each paragraph is read as the CLI reads
 * a `.txt` file of it (titled from its first words), as scripts/measure/squadThroughCli.ts measures: R@1 81.69
 * here against the CLI's 81.7 (with SQuAD's own titles: 81.59).
 *
 * `npx tsx scripts/fit/squadMisses.ts [--as-files] <dev-v1.1.json> [out.jsonl] [limit]`
 */
async function main(): Promise<void> {
  const args = process.argv.slice(2);
  const asFiles = args.includes('--as-files');
  const [file, out = '/tmp/squad-outcomes.jsonl', limitArg] = args.filter((a) => a !== '--as-files');
  if (file === undefined)
    throw new Error('Usage: squadMisses.ts [--as-files] <dev-v1.1.json> [out.jsonl] [limit]');
  const dataset = await loadSquad(file);
  const ctx = squadAnswerContext(dataset.paragraphs, { asFiles });
  const questions = dataset.questions.slice(0, limitArg === undefined ? undefined : Number(limitArg));
  const counts = new Map<string, number>();
  // The eval's answer-in-first-excerpt: an answered question whose first quote holds a gold answer, from any paragraph.
  let answerInFirst = 0;
  const lines: string[] = [];
  for (const q of questions) {
    const ranking = rankQuestion(ctx, q.question);
    const quotes = ranking?.quotes ?? [];
    const confidence = ranking?.confidence ?? 0;
    const best = quotes[0];
    const textOf = (i: number): string => {
      const quote = quotes[i];
      const article = quote && ctx.articles.get(quote.passage.articleId);
      return quote && article ? article.text.slice(quote.span.start, quote.span.end) : '';
    };
    const rightFirst = best?.passage.articleId === q.paragraphId;
    const withAnswer = best !== undefined && excerptContainsAnswer(textOf(0), q.answers);
    const articleRank = [...new Set(quotes.map((quote) => quote.passage.articleId))].indexOf(q.paragraphId);
    // The best quote of the right paragraph that holds the answer, if any: was the answer quotable at all?
    const answerQuote = quotes.findIndex(
      (quote, i) => quote.passage.articleId === q.paragraphId && excerptContainsAnswer(textOf(i), q.answers),
    );
    const declined = !(confidence >= MIN_CONFIDENCE) || best === undefined;
    const bucket = declined
      ? rightFirst
        ? withAnswer
          ? 'declined, right+answer'
          : 'declined, right no answer'
        : 'declined, wrong'
      : !rightFirst
        ? 'wrong paragraph'
        : withAnswer
          ? 'hit'
          : answerQuote >= 0
            ? 'right, answer in a lower quote'
            : 'right, answer in no quote';
    counts.set(bucket, (counts.get(bucket) ?? 0) + 1);
    if (!declined && withAnswer) answerInFirst += 1;
    lines.push(
      JSON.stringify({
        id: q.id,
        article: q.articleIndex,
        paragraph: q.paragraphId,
        question: q.question,
        answers: q.answers,
        confidence,
        bucket,
        rightFirst,
        withAnswer,
        articleRank,
        answerQuote,
        cut: best?.cut,
        first: textOf(0),
        top: best?.passage.articleId,
        type: ranking?.query.type,
        span: best?.span,
        score: best?.score,
        isPair: best?.features.isPair,
        answerSpan: quotes[answerQuote]?.span,
        answerScore: quotes[answerQuote]?.score,
        answerIsPair: quotes[answerQuote]?.features.isPair,
        answerText: answerQuote >= 0 ? textOf(answerQuote) : undefined,
      }),
    );
  }
  writeFileSync(out, `${lines.join('\n')}\n`);
  const n = questions.length;
  const pct = (k: number): string => ((100 * k) / n).toFixed(2);
  for (const [bucket, k] of [...counts].sort((a, b) => b[1] - a[1]))
    console.log(`${bucket}: ${k} (${pct(k)}%)`);
  const get = (b: string): number => counts.get(b) ?? 0;
  const r1 = get('hit') + get('right, answer in a lower quote') + get('right, answer in no quote');
  console.log(
    `R@1 ${pct(r1)}  answer-in-first ${pct(answerInFirst)} (right paragraph ${pct(get('hit'))})  (n ${n}, MIN_CONFIDENCE ${MIN_CONFIDENCE})`,
  );
}

await main();
