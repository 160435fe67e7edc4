import { describe, expect, it } from 'vitest';
import { asksSuccession } from '../../src/answer/succession.js';
import { createEngine } from '../../src/engine/createEngine.js';
import { corpusOf, paragraphs } from '../support/fixtureCorpus.js';

describe('asksSuccession: a question for the successor of someone it names', () => {
  it.each([
    'Who succeeded Mara Lind as chief executive of Orbis?',
    'Who replaced Mara Lind?',
    'Who will take over from Mara Lind as chief executive?',
    'Who is expected to succeed Mara Lind?',
    "Who is Mara Lind's successor?",
    'Who is the successor to Mara Lind?',
    'Who is replacing Mara Lind as coach?',
    'Who should succeed Mara Lind?',
    "Who'll take over from Mara Lind?",
    'So, who replaced Mara Lind?',
  ])('reads %j as one', (question) => {
    expect(asksSuccession(question)).toBe(true);
  });

  it.each([
    // The newcomer named: the stories that name him are about his arrival.
    'Who did Peter Vance replace?',
    'Who was replaced by Peter Vance?',
    // A company's takeover, and things replaced by things.
    'Which firm is trying to take over Orbis?',
    'What replaced the old ticket machines?',
    'Who did the founder name as his successor?',
    // Not the successor asked for: a verb before the possessive, "succeed in", the passive.
    "Who met Mara Lind's successor?",
    'Who succeeded in climbing the north face?',
    'Who was replaced as captain by Peter Vance?',
  ])('does not read %j as one', (question) => {
    expect(asksSuccession(question)).toBe(false);
  });
});

describe('successionFirst: a succession no quote reports is declined', () => {
  // A look-alike of the BBC stories that name an incumbent in his post: every word of "Who succeeded Mara Lind
  // as chief executive of Orbis?" is in the first one, and nothing about who came after her.
  const incumbent = paragraphs(
    'Orbis profits rise',
    'Orbis chief executive Mara Lind said profits rose 8% last year on strong sales of its shipping software.',
    'Lind said the firm would open offices in Lagos and Lima in the spring.',
  );
  const ferry = paragraphs(
    'Ferry fares rise',
    'Ferry fares on the harbour route will rise by 4% in May, the operator said.',
  );

  it('declines "Who succeeded Mara Lind as chief executive of Orbis?" when no story reports a successor', () => {
    // why: the story names her in her post and matches every word of the question; it never says anyone
    // followed her, so quoting it would answer a question it does not answer.
    const engine = createEngine(corpusOf({ orbis: incumbent, ferry }));
    expect(engine.answer('Who succeeded Mara Lind as chief executive of Orbis?').kind).toBe('none');
  });

  it('declines when the only sentence with the verb uses it of something else', () => {
    // why: "would replace the old ticket machines" has the question's verb, and names no one who followed her.
    const engine = createEngine(
      corpusOf({
        orbis: paragraphs(
          'Orbis to change tickets',
          'Orbis chief executive Mara Lind said new scanners would replace the old ticket machines at every station.',
          'The firm runs trains between Leeds and York.',
        ),
        ferry,
      }),
    );
    expect(engine.answer('Who replaced Mara Lind as chief executive of Orbis?').kind).toBe('none');
  });

  it('declines when the story only says someone "succeeded in" doing something', () => {
    // why: "succeeded in" means managed to; it reports no one following anyone in a post.
    const engine = createEngine(
      corpusOf({
        orbis: paragraphs(
          'Orbis wins contract',
          'Orbis chief executive Mara Lind has succeeded in winning a rail contract, finance director Peter Vance said.',
          'The firm runs trains between Leeds and York.',
        ),
        ferry,
      }),
    );
    expect(engine.answer('Who succeeded Mara Lind as chief executive of Orbis?').kind).toBe('none');
  });

  it('declines when the story only says a plan "succeeded"', () => {
    // why: "succeeded" with no one after it means went well; no one followed her in a post.
    const engine = createEngine(
      corpusOf({
        orbis: paragraphs(
          'Orbis plan works',
          'Orbis chief executive Mara Lind said the plan had succeeded and sales would grow, finance director Peter Vance said.',
          'The firm runs trains between Leeds and York.',
        ),
        ferry,
      }),
    );
    expect(engine.answer('Who succeeded Mara Lind as chief executive of Orbis?').kind).toBe('none');
  });

  it("declines rather than quote another post's succession", () => {
    // why: "his successor" is about someone else's post: the question names Mara Lind, the sentence does not.
    const engine = createEngine(
      corpusOf({
        orbis: incumbent,
        club: paragraphs(
          'Coach praises successor',
          'Former Orbis Rovers coach Tom Hale has praised the work of his successor Ann Kerr at the club.',
        ),
        ferry,
      }),
    );
    expect(engine.answer("Who is Mara Lind's successor at Orbis?").kind).toBe('none');
  });

  it('puts the sentence that reports the succession before the lede that only names her in her post', () => {
    // why: the lede matches more of the question's words and names someone new (the chairman), so no other
    // rule moves it; only the third paragraph says who will follow her, at above 0.7 of the lede's score.
    const engine = createEngine(
      corpusOf({
        orbis: paragraphs(
          'Orbis boss to leave',
          'Orbis chief executive Mara Lind is to leave the shipping software firm after six years as chief executive, chairman John Reed said.',
          'Lind, 58, said she would spend more time with her family.',
          'Finance director Peter Vance will succeed her as chief executive of Orbis in May.',
        ),
        ferry,
      }),
    );
    const result = engine.answer('Who will succeed Mara Lind as chief executive of Orbis?');
    expect(result.kind).toBe('found');
    if (result.kind === 'found') expect(result.excerpts[0].quote).toContain('Peter Vance will succeed her');
  });

  it('quotes the sentence that reports the succession when a story has one', () => {
    // why: the same words, and a sentence that says who took her place: that is the answer.
    const engine = createEngine(
      corpusOf({
        orbis: incumbent,
        handover: paragraphs(
          'New boss at Orbis',
          'Orbis chief executive Mara Lind thanked staff at the firm in Leeds on her last day.',
          'Peter Vance has replaced her as chief executive, the board said on Monday.',
        ),
        ferry,
      }),
    );
    const result = engine.answer('Who succeeded Mara Lind as chief executive of Orbis?');
    expect(result.kind).toBe('found');
    if (result.kind === 'found') expect(result.excerpts[0].quote).toContain('Peter Vance has replaced her');
  });

  it('still answers "Who did Peter Vance replace in the rowing squad?" from a story without a word for it', () => {
    // why: a question that names the newcomer finds the stories about his arrival; "in for the injured Lind"
    // says whom he replaced without "replace".
    const engine = createEngine(
      corpusOf({
        squad: paragraphs(
          'Vance called up',
          'Peter Vance has been called up to the rowing squad for the final, in for the injured Mara Lind.',
        ),
        club: paragraphs('Rowing club opens', 'A new rowing club has opened on the river in York.'),
        ferry,
      }),
    );
    expect(engine.answer('Who did Peter Vance replace in the rowing squad?').kind).toBe('found');
  });
});
