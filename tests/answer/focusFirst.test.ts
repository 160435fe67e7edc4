import { describe, expect, it } from 'vitest';
import { whPhraseTerms } from '../../src/answer/focusFirst.js';
import { createEngine } from '../../src/engine/createEngine.js';
import { corpusOf, paragraphs } from '../support/fixtureCorpus.js';

describe('focusFirst: the sentence with the detail asked about leads over the lede that names the story', () => {
  const engine = createEngine(
    corpusOf({
      conductor: paragraphs(
        'Conductor Dies',
        'Conductor Anton Ferris, director of the Riverside Opera, has died in Austria at 61.',
        'Ferris, director of the Riverside Opera since 2001, conducted at opera houses across Europe.',
        'Ferris was born in Norway and studied the violin in Oslo.',
        'He won a national prize in 1985 and went on to teach in Munich.',
      ),
      ferry: paragraphs(
        'Ferry Fares Rise',
        'Ferry fares on the harbour route will rise by 4% in May, the operator said.',
      ),
    }),
  );
  const text = engine.getArticle('conductor')?.text ?? '';
  const firstQuote = (question: string): string | undefined => {
    const [first] = engine.rankQuestion(question)?.quotes ?? [];
    return first && text.slice(first.span.start, first.span.end);
  };

  it('quotes "born in Norway" for "In which country was the conductor Anton Ferris born?"', () => {
    // why: the lede names the conductor and a country (where he died) and matches more of the question; only
    // the third paragraph has "born", the word the lede never uses, and the country he was born in.
    expect(firstQuote('In which country was the conductor Anton Ferris born?')).toBe(
      'Ferris was born in Norway and studied the violin in Oslo.',
    );
  });

  it('quotes "born in Norway" for "Where was the opera director Ferris born?"', () => {
    // why: the lede holds a place ("Austria") right beside words of the question ("director", "Opera"), but
    // those words only say which story it is; none says what is asked for, so the lede is no sure answer.
    expect(firstQuote('Where was the opera director Ferris born?')).toBe(
      'Ferris was born in Norway and studied the violin in Oslo.',
    );
  });

  it('quotes the one sentence that says "born", not the pair it ends', () => {
    // why: the pair scores best for the sentence before it, which says nothing of where he was born.
    const pairs = createEngine(
      corpusOf({
        conductor: paragraphs(
          'Conductor Dies',
          'Conductor Anton Ferris, director of the Riverside Opera, has died in Austria at 61.',
          'Ferris, director of the Riverside Opera since 2001, conducted at opera houses across Europe.',
          'He conducted the Berlin Philharmonic and the London Symphony Orchestra. Ferris was born in Norway and studied the violin in Oslo.',
          'He won a national prize in 1985 and went on to teach in Munich.',
        ),
        ferry: paragraphs(
          'Ferry Fares Rise',
          'Ferry fares on the harbour route will rise by 4% in May, the operator said.',
        ),
      }),
    );
    const result = pairs.answer('In which country was the conductor Anton Ferris born?');
    expect(result.kind).toBe('found');
    if (result.kind === 'found') {
      expect(result.excerpts[0].quote).toMatch(/^Ferris was born in Norway/);
      expect(result.excerpts[0].quote).not.toContain('Berlin Philharmonic');
    }
  });

  it('keeps the lede for a question whose words the lede has', () => {
    // why: "died" is in the lede; no later sentence says more about where he died.
    expect(firstQuote('In which country did the conductor Anton Ferris die?')).toContain(
      'has died in Austria',
    );
  });

  it('does not follow a light verb ("get") to a sentence about something else', () => {
    // why: "get" gives the question its grammar, not its detail; "hard to get work" says nothing of an honour.
    const honours = createEngine(
      corpusOf({
        painter: paragraphs(
          'Painter Honoured',
          'Painter Clara Moss has been given the Order of Merit, the palace said.',
          'Moss, 70, paints the coast of Cornwall.',
          'The palace named 24 people in the list, among them scientists, writers and a former judge.',
          'The Order of Merit was founded in 1902 by King Edward VII and is limited to 24 living members at any time.',
          'She found it hard to get work as a painter in London in the 1970s.',
        ),
        ferry: paragraphs(
          'Ferry Fares Rise',
          'Ferry fares on the harbour route will rise by 4% in May, the operator said.',
        ),
      }),
    );
    const [first] = honours.rankQuestion('What honour did painter Clara Moss get?')?.quotes ?? [];
    const painter = honours.getArticle('painter')?.text ?? '';
    expect(first && painter.slice(first.span.start, first.span.end)).toContain('Order of Merit');
  });
});

describe('whPhraseTerms: the words that describe the answer asked for', () => {
  it('takes the words after "which" up to the verb, and after "what is the"', () => {
    expect([...whPhraseTerms('Which web radio station plays Spanish rap')]).toEqual([
      'web',
      'radio',
      'station',
    ]);
    expect([...whPhraseTerms('What is the anti Nazi film called')]).toEqual(['anti', 'nazi', 'film']);
    expect([...whPhraseTerms('In which valley are Peruvian farmers getting wireless internet')]).toEqual([
      'vallei',
    ]);
  });

  it('is empty for a question without "which" or "what"', () => {
    expect(whPhraseTerms('Who led the team').size).toBe(0);
  });
});
