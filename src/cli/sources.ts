// `npm run sources`: the indexed articles (id, title, date, passages), duplicates, and skipped files with reasons.
import { loadCliEngine, runCli } from './loadCliEngine.js';

runCli(async () => {
  const engine = await loadCliEngine();
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
