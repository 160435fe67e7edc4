// `npm run sources`: the indexed articles (id, title, date, passages), duplicates, and skipped files with reasons.
// `npm run sources -- --status`: only the figures /status shows (articles, passages, skipped, build time, memory).
// `npm run sources -- --text <id>`: an article's text exactly as Verbatim reads it; quotes are slices of it.
import { performance } from 'node:perf_hooks';
import { loadCliEngine, loadEnvironment, runCli } from './loadCliEngine.js';

runCli(async () => {
  const started = performance.now();
  const engine = await loadCliEngine(loadEnvironment());
  const textFlag = process.argv.indexOf('--text');
  if (textFlag !== -1) {
    const id = process.argv[textFlag + 1];
    const article = id === undefined ? undefined : engine.getArticle(id);
    if (!article) {
      const hint = engine.suggestArticles(id ?? '', 3).map((a) => a.id);
      process.stderr.write(
        `${id === undefined ? 'No article id given after --text.' : `No article with id ${id}.`}${hint.length > 0 ? ` Did you mean: ${hint.join(', ')}?` : ''}\n`,
      );
      return 2;
    }
    // Exactly the text (no newline added): an excerpt's start and end index this output.
    process.stdout.write(article.text);
    return 0;
  }
  if (process.argv.includes('--status')) {
    // The figures /status shows on Discord, for this one load (the CLI does not watch the folder).
    const memory = process.memoryUsage();
    const lines = [
      `folder    ${engine.corpus.dir}`,
      `articles  ${engine.articles.length}`,
      `passages  ${engine.passageCount}`,
      `skipped   ${engine.corpus.skipped.length}`,
      `build     ${Math.round(performance.now() - started)} ms (load and index, cache included)`,
      `memory    ${(memory.heapUsed / 1024 / 1024).toFixed(1)} MB heap, ${(memory.rss / 1024 / 1024).toFixed(1)} MB resident`,
    ];
    process.stdout.write(`${lines.join('\n')}\n`);
    return 0;
  }
  const out: string[] = [
    `${engine.articles.length} articles, ${engine.passageCount} passages in ${engine.corpus.dir}`,
    '',
  ];
  for (const article of engine.articles) {
    out.push(
      `${article.id}\t${article.date ?? 'undated'}\t${engine.passageCountOf(article.id)} passages\t${article.title}`,
    );
    if (article.duplicateIds.length > 0) out.push(`\t  same text as: ${article.duplicateIds.join(', ')}`);
  }
  if (engine.corpus.skipped.length > 0) {
    out.push('', `Skipped ${engine.corpus.skipped.length} files:`);
    for (const file of engine.corpus.skipped) out.push(`${file.path}\t${file.reason}`);
  }
  process.stdout.write(`${out.join('\n')}\n`);
  return 0;
});
