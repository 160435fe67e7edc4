import type { Article } from '../corpus/Article.js';
import { DATELINE, titleFromLede } from '../corpus/parseArticle.js';
import { splitParagraphs } from '../passages/buildPassages.js';
import { splitSentences } from '../passages/splitSentences.js';

/** Characters of the body read to tell a title made from the lede: 80 and a dateline, with room for spaces. */
const LEDE_TITLE_READ_CHARS = 300;

/**
 * What the index reads as `article`'s title (the title field, see searchOptions.ts FIELDS): its title, or,
 * when the title was made from the first words of its lede because the story has no headline (see
 * parseArticle.ts) and the story has paragraphs after the lede, the lede's whole first sentence without its
 * dateline ("LONDON, England (CNN) --"). Readers ask about a headless story what its first sentence says, as
 * they would ask about a headline; the title's first 80 characters cut that sentence short, so a question
 * about its end found the story's other paragraphs by their own words only. The dateline names the city and
 * the agency, not the story. A story of one paragraph (a SQuAD paragraph read as a file) keeps its title: it
 * has no other paragraph to tell what it is about, and there the whole sentence only counted its words twice
 * (SQuAD through the CLI: right paragraph first 83.49% of questions with the title, 83.28% with the sentence).
 */
export function searchTitleOf(article: Article): string {
  // Read for each of the article's passages when the index is built: once is enough (a rebuilt article is a
  // new object, read afresh).
  let title = searchTitles.get(article);
  if (title === undefined) searchTitles.set(article, (title = readSearchTitle(article)));
  return title;
}

/** Each article's search title, kept while the article lives. */
const searchTitles = new WeakMap<Article, string>();

function readSearchTitle(article: Article): string {
  // A title made from the lede is its first 80 characters (titleFromWords): the body's start tells, and reading
  // only that spares a pass over every article's whole text when the index is built.
  const opening = article.text.slice(article.bodyStart, article.bodyStart + LEDE_TITLE_READ_CHARS);
  if (article.title !== titleFromLede(opening)) return article.title;
  const [lede, next] = splitParagraphs(article.text, article.bodyStart, 2);
  if (!lede || !next) return article.title;
  const [first] = splitSentences(article.text, lede.start, lede.end);
  const sentence = first ? article.text.slice(first.start, first.end) : '';
  return sentence.replace(DATELINE, '').trim() || article.title;
}
