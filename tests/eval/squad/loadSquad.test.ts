import { describe, expect, it } from 'vitest';
import { parseSquad, squadArticles } from '../../../src/eval/squad/loadSquad.js';
import { SquadFormatError } from '../../../src/eval/squad/SquadFormatError.js';

const FIXTURE = JSON.stringify({
  version: '1.1',
  data: [
    {
      title: 'Super_Bowl_50',
      paragraphs: [
        {
          context: 'Super Bowl 50 was an American football game.',
          qas: [
            { id: 'q1', question: 'What was it?', answers: [{ text: 'football game', answer_start: 31 }] },
          ],
        },
        { context: 'The Broncos won.', qas: [] },
      ],
    },
    {
      title: 'Warsaw',
      paragraphs: [
        {
          context: 'Warsaw is the capital of Poland.',
          qas: [
            { id: 'q2', question: 'Capital of?', answers: [{ text: 'Poland' }, { text: 'Poland' }] },
            { id: 'q3', question: 'Which city?', answers: [{ text: 'Warsaw' }] },
          ],
        },
      ],
    },
  ],
});

describe('parseSquad', () => {
  it('flattens paragraphs and questions in file order with <article>-<paragraph> ids', () => {
    const dataset = parseSquad(FIXTURE);
    expect(dataset.articleTitles).toEqual(['Super Bowl 50', 'Warsaw']);
    expect(dataset.paragraphs.map((p) => p.id)).toEqual(['0-0', '0-1', '1-0']);
    expect(dataset.questions).toEqual([
      { id: 'q1', question: 'What was it?', answers: ['football game'], paragraphId: '0-0', articleIndex: 0 },
      {
        id: 'q2',
        question: 'Capital of?',
        answers: ['Poland', 'Poland'],
        paragraphId: '1-0',
        articleIndex: 1,
      },
      { id: 'q3', question: 'Which city?', answers: ['Warsaw'], paragraphId: '1-0', articleIndex: 1 },
    ]);
  });

  it('names the source and the problem for files that are not SQuAD', () => {
    expect(() => parseSquad('{', 'x.json')).toThrow(SquadFormatError);
    expect(() => parseSquad('{', 'x.json')).toThrow(/^x\.json: not JSON/);
    expect(() => parseSquad('{"data":[{"title":1}]}', 'y.json')).toThrow(
      /^y\.json: not SQuAD v1\.1 \(data\.0\.title/,
    );
  });
});

describe('squadArticles', () => {
  const { paragraphs } = parseSquad(FIXTURE);

  it('makes one article per paragraph whose whole text is the context', () => {
    const [first] = squadArticles(paragraphs);
    expect(first).toMatchObject({
      id: '0-0',
      title: 'Super Bowl 50',
      text: 'Super Bowl 50 was an American football game.',
      bodyStart: 0,
      date: null,
      duplicateIds: [],
    });
  });

  it('titles each article with its first words when titles are off', () => {
    expect(squadArticles(paragraphs, 'none').map((a) => a.title)).toEqual([
      'Super Bowl 50 was an American football game.',
      'The Broncos won.',
      'Warsaw is the capital of Poland.',
    ]);
  });
});
