import { mkdir, mkdtemp, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { loadConfig } from '../config/loadConfig.js';
import { loadEngine } from '../engine/loadEngine.js';
import { answerRecord, formatAnswer } from './formatAnswer.js';

/**
 * A made-up story for the warm-up below: a headline, a date line, and sentences with what questions ask
 * about (people and their titles, a firm, places, sums, counts, dates, quotations attributed every usual way).
 * Its date is ISO: a date in words loads chrono-node, a package, and a snapshot can hold none (Node 20).
 */
const STORY = `Harbour council approves new tram line

Published: 2024-03-12

The city council of Northport voted 31 to 9 on Tuesday to build a tram line to the harbour, at a cost of
42 million pounds, Mayor Helen Carter said.

"This line will carry 20,000 people a day by 2027," Ms Carter told reporters at the town hall.

According to Tom Ellis, chief executive of Ellis Rail Ltd, work will start in June and take three years.
The firm's spokeswoman said it had hired 150 engineers. He added that fares would not rise.
`;

/** Questions of every kind the analysis tells apart, typed as people type them, and one no story answers. */
const QUESTIONS = [
  'How much will the tram line cost?',
  'Who is the mayor of Northport?',
  'When will work start on the tram?',
  'How many engineers did the firm hire?',
  'What did Helen Carter say about passengers?',
  'where is the tram line going',
  'Did the council approve the tram line?',
  'why did the council vote whcih way?',
  'Who won the 2018 World Cup?',
];

/**
 * Runs `npm run ask`'s whole path once over a small corpus of its own, so that a start-up snapshot
 * (askSnapshot.ts) holds its code compiled (not its regular expressions: V8 keeps none): reading the settings and the
 * folder, building and saving an index, restoring it from the cache, answering and formatting every kind
 * of question. Leaves nothing behind (a temporary folder, removed).
 */
export async function warmUpAsk(): Promise<void> {
  const dir = await mkdtemp(path.join(tmpdir(), 'verbatim-warm-up-'));
  try {
    const corpusDir = path.join(dir, 'articles');
    const cacheDir = path.join(dir, 'index');
    await mkdir(corpusDir);
    await writeFile(path.join(corpusDir, 'tram.txt'), STORY);
    const config = loadConfig({ CORPUS_DIR: corpusDir, INDEX_CACHE_DIR: cacheDir });
    const options = { cacheDir: config.INDEX_CACHE_DIR, minConfidence: config.MIN_CONFIDENCE };
    await loadEngine(config.CORPUS_DIR, options); // builds and saves the index
    const engine = await loadEngine(config.CORPUS_DIR, options); // restores it, as a warm `npm run ask` does
    for (const question of QUESTIONS) {
      const result = engine.answer(question);
      formatAnswer(result);
      JSON.stringify(answerRecord(result, (id) => engine.getArticle(id)?.author));
    }
  } finally {
    await rm(dir, { recursive: true, force: true });
  }
}
