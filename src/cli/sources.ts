// `npm run sources`: the indexed articles (id, title, date, passages), duplicates, skipped files with reasons,
// and every other warning about the articles, one a line.
// `npm run sources -- --status`: the figures /status shows (articles, passages, skipped, build time, memory) and
// the index cache's size on disk.
// `npm run sources -- --text <id>`: an article's text exactly as Verbatim reads it; quotes are slices of it.
import { performance } from 'node:perf_hooks';
import { indexCacheSize } from '../index/indexCache.js';
import { plural } from '../text/plural.js';
import { parseCliArgs } from './cliArgs.js';
import { loadCliEngine, loadEnvironment, runCli } from './loadCliEngine.js';
import { isSummarised } from './warningSummary.js';

const USAGE = `Usage: npm run sources -- [--status | --text <id>]
  --status    only the figures /status shows on Discord (articles, passages, skipped files, build time,
              memory) and the index cache's size on disk
  --text <id> the article's text exactly as Verbatim reads it (quotes are slices of it: text.slice(start, end))
  -h, --help  this help`;

runCli(async () => {
  const parsed = parseCliArgs(
    process.argv.slice(2),
    { status: { type: 'boolean', default: false }, text: { type: 'string' } },
    USAGE,
  );
  if (typeof parsed === 'number') return parsed;
  const started = performance.now();
  // This command lists each warning itself, so no summary line on stderr.
  const { engine, config, warnings } = await loadCliEngine(loadEnvironment(), { summary: false });
  const id = parsed.values.text;
  if (id !== undefined) {
    const article = engine.getArticle(id);
    if (!article) {
      const hint = engine.suggestArticles(id, 3).map((a) => a.id);
      process.stderr.write(
        `No article with id ${id}.${hint.length > 0 ? ` Did you mean: ${hint.join(', ')}?` : ''}\n`,
      );
      return 2;
    }
    // Exactly the text (no newline added): an excerpt's start and end index this output.
    process.stdout.write(article.text);
    return 0;
  }
  if (parsed.values.status) {
    // The figures /status shows on Discord, for this one load (the CLI does not watch the folder).
    const memory = process.memoryUsage();
    const lines = [
      `folder    ${engine.corpus.dir}`,
      `articles  ${engine.articles.length}`,
      `passages  ${engine.passageCount}`,
      `skipped   ${engine.corpus.skipped.length}`,
      `build     ${Math.round(performance.now() - started)} ms (load and index, cache included)`,
      `cache     ${await describeCacheSize(config.INDEX_CACHE_DIR)}`,
      `memory    ${(memory.heapUsed / 1024 / 1024).toFixed(1)} MB heap, ${(memory.rss / 1024 / 1024).toFixed(1)} MB resident`,
    ];
    process.stdout.write(`${lines.join('\n')}\n`);
    return 0;
  }
  const out: string[] = [
    `${plural(engine.articles.length, 'article')}, ${plural(engine.passageCount, 'passage')} in ${engine.corpus.dir}`,
    '',
  ];
  for (const article of engine.articles) {
    out.push(
      `${article.id}\t${article.date ?? 'undated'}\t${plural(engine.passageCountOf(article.id), 'passage')}\t${article.title}`,
    );
    if (article.duplicateIds.length > 0) out.push(`\t  same text as: ${article.duplicateIds.join(', ')}`);
  }
  if (engine.corpus.skipped.length > 0) {
    out.push('', `Skipped ${plural(engine.corpus.skipped.length, 'file')}:`);
    for (const file of engine.corpus.skipped) out.push(`${file.path}\t${file.reason}`);
  }
  // Skipped files and copies are listed above; every other warning about the articles (Latin-1, and kinds
  // added later) here. Index-cache problems went to stderr as they came.
  const others = warnings.filter(
    (w) => isSummarised(w.kind) && w.kind !== 'skipped' && w.kind !== 'duplicate',
  );
  if (others.length > 0) {
    out.push('', `Warnings (${others.length}):`);
    for (const warning of others) out.push(warning.message);
  }
  process.stdout.write(`${out.join('\n')}\n`);
  return 0;
});

/** "4.2 MB in 3 files (.cache/index)": the index cache's size on disk. */
async function describeCacheSize(cacheDir: string): Promise<string> {
  const { files, bytes } = await indexCacheSize(cacheDir);
  const size =
    bytes < 1024 * 1024 ? `${Math.ceil(bytes / 1024)} KB` : `${(bytes / 1024 / 1024).toFixed(1)} MB`;
  return `${size} in ${plural(files, 'file')} (${cacheDir})`;
}
