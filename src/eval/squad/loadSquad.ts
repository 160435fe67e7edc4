import { readFile } from 'node:fs/promises';
import * as z from 'zod/mini';
import type { Article } from '../../corpus/Article.js';
import { SquadFormatError } from './SquadFormatError.js';

const SquadFileSchema = z.object({
  data: z.array(
    z.object({
      title: z.string(),
      paragraphs: z.array(
        z.object({
          context: z.string(),
          qas: z.array(
            z.object({
              id: z.string(),
              question: z.string(),
              answers: z.array(z.object({ text: z.string() })),
            }),
          ),
        }),
      ),
    }),
  ),
});

/** One SQuAD paragraph, which the eval treats as one article of the corpus. */
export interface SquadParagraph {
  /** `<articleIndex>-<paragraphIndex>`, both 0-based in file order (`0-3`). */
  readonly id: string;
  readonly articleIndex: number;
  /** The Wikipedia article's title with underscores as spaces (`Super Bowl 50`). */
  readonly title: string;
  readonly context: string;
}

/** One SQuAD question with the id of the paragraph it was written on. */
export interface SquadQuestion {
  readonly id: string;
  readonly question: string;
  /** Gold answer texts (usually 3, often repeated). Compare text, never `answer_start`. */
  readonly answers: readonly string[];
  readonly paragraphId: string;
  readonly articleIndex: number;
}

/** A SQuAD v1.1 file flattened: paragraphs and questions in file order. */
export interface SquadDataset {
  readonly articleTitles: readonly string[];
  readonly paragraphs: readonly SquadParagraph[];
  readonly questions: readonly SquadQuestion[];
}

/** Parses SQuAD v1.1 JSON text (`{ data: [{ title, paragraphs: [{ context, qas }] }] }`). */
export function parseSquad(json: string, source = 'SQuAD JSON'): SquadDataset {
  let raw: unknown;
  try {
    raw = JSON.parse(json);
  } catch (error) {
    throw new SquadFormatError(`${source}: not JSON (${(error as Error).message})`);
  }
  const parsed = SquadFileSchema.safeParse(raw);
  if (!parsed.success) {
    const issue = parsed.error.issues[0];
    throw new SquadFormatError(
      `${source}: not SQuAD v1.1 (${issue ? `${issue.path.join('.')}: ${issue.message}` : 'unknown'})`,
    );
  }
  const articleTitles: string[] = [];
  const paragraphs: SquadParagraph[] = [];
  const questions: SquadQuestion[] = [];
  parsed.data.data.forEach((article, articleIndex) => {
    const title = article.title.replace(/_/g, ' ');
    articleTitles.push(title);
    article.paragraphs.forEach((paragraph, paragraphIndex) => {
      const id = `${articleIndex}-${paragraphIndex}`;
      paragraphs.push({ id, articleIndex, title, context: paragraph.context });
      for (const qa of paragraph.qas) {
        questions.push({
          id: qa.id,
          question: qa.question,
          answers: qa.answers.map((answer) => answer.text),
          paragraphId: id,
          articleIndex,
        });
      }
    });
  });
  return { articleTitles, paragraphs, questions };
}

/** Reads and parses a SQuAD v1.1 file. */
export async function loadSquad(file: string): Promise<SquadDataset> {
  return parseSquad(await readFile(file, 'utf8'), file);
}

/**
 * Which title each paragraph-article carries. `squad`: the Wikipedia article's title (shared by all of its
 * paragraphs, so it says which article but not which paragraph). `none`: the paragraph's first words, as
 * `parseArticle` would derive for an untitled file, so a title field adds no information beyond the text.
 */
export type SquadTitleMode = 'squad' | 'none';

const FIRST_WORDS = 8;

/** Makes one Article per paragraph: the context is the whole text and the body, with no date or URL. */
export function squadArticles(
  paragraphs: readonly SquadParagraph[],
  titleMode: SquadTitleMode = 'squad',
): Article[] {
  return paragraphs.map((paragraph) => ({
    id: paragraph.id,
    path: `${paragraph.id}.txt`,
    title:
      titleMode === 'squad' || paragraph.context.trim() === ''
        ? paragraph.title
        : paragraph.context.trim().split(/\s+/).slice(0, FIRST_WORDS).join(' '),
    date: null,
    url: null,
    text: paragraph.context,
    bodyStart: 0,
    encoding: 'utf-8',
    duplicateIds: [],
  }));
}
