/**
 * Per-sentence tagging cost on the BBC corpus: the engine's patterns (tagSentences.ts) against compromise
 * (people, places, organisations, money, dates) and wink-nlp with wink-eng-lite-web-model (entities), on the
 * first N sentences of the corpus's passages.
 *
 *   npm install --no-save compromise compromise-dates compromise-numbers wink-nlp wink-eng-lite-web-model
 *   npx tsx scripts/measure/sentenceTagCost.ts ../shared/data/bbc-news/bbc [N=2000] [--patterns-only]
 */
import { loadCorpus } from '../../src/corpus/loadCorpus.js';
import { buildPassages } from '../../src/passages/buildPassages.js';

/** A package that is not a dependency (installed with --no-save for this measurement), by a name TypeScript does not resolve. */
async function optional(name: string): Promise<unknown> {
  return ((await import(name)) as { default: unknown }).default;
}

const dir = process.argv[2] ?? '../shared/data/bbc-news/bbc';
const limit = Number(process.argv[3] ?? 2000);
const corpus = await loadCorpus(dir);
const texts = new Map(corpus.articles.map((a) => [a.id, a.text]));
const sentences: string[] = [];
for (const passage of buildPassages(corpus.articles)) {
  for (const s of passage.sentences)
    sentences.push((texts.get(passage.articleId) ?? '').slice(s.start, s.end));
}
console.log(`${sentences.length} sentences in the corpus; timing the first ${limit}`);
const sample = sentences.slice(0, limit);

function time(name: string, tag: (s: string) => unknown): void {
  const t0 = performance.now();
  let found = 0;
  for (const s of sample) if (tag(s)) found++;
  const ms = performance.now() - t0;
  console.log(
    `${name}: ${((1000 * ms) / sample.length).toFixed(0)} µs per sentence, whole corpus ≈ ${(((ms / sample.length) * sentences.length) / 1000).toFixed(1)} s (${found} tagged)`,
  );
}

const { tagText } = await import('../../src/passages/tagSentences.js').catch(() => ({ tagText: null }));
if (tagText) time('patterns', (s) => tagText(s, 0, s.length).length > 0);
// `--patterns-only` after N: the libraries take minutes over the whole corpus.
if (process.argv[4] === '--patterns-only') process.exit(0);

let t0 = performance.now();
const nlp = (await optional('compromise')) as Compromise;
nlp.plugin((await optional('compromise-dates')) as never);
nlp.plugin((await optional('compromise-numbers')) as never);
console.log(`compromise load ${(performance.now() - t0).toFixed(0)} ms`);
time('compromise', (s) => {
  const doc = nlp(s);
  return (
    doc.people().length +
    doc.places().length +
    doc.organizations().length +
    doc.money().length +
    // compromise-dates adds dates() and durations()
    (doc as unknown as { dates(): { length: number } }).dates().length
  );
});

t0 = performance.now();
const winkNLP = (await optional('wink-nlp')) as (model: unknown) => Wink;
const model = await optional('wink-eng-lite-web-model');
const wink = winkNLP(model);
console.log(`wink-nlp load ${(performance.now() - t0).toFixed(0)} ms`);
time('wink-nlp', (s) => wink.readDoc(s).entities().length());

interface Found {
  readonly length: number;
}
interface Doc {
  people(): Found;
  places(): Found;
  organizations(): Found;
  money(): Found;
}
type Compromise = ((text: string) => Doc) & { plugin(plugin: never): void };
interface Wink {
  readDoc(text: string): { entities(): { length(): number } };
}
