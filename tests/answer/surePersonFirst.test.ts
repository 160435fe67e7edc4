import { describe, expect, it } from 'vitest';
import { createEngine } from '../../src/engine/createEngine.js';
import { corpusOf, paragraphs } from '../support/fixtureCorpus.js';

describe('typedInArticleFirst and surePersonFirst: a quote naming someone leads over one naming no one', () => {
  it('quotes "…, Greenleaf says in a report" over a passive lede for "Who is urging…"', () => {
    // why: the lede holds every word of the question (urging, council, double, parks, budget) but, in the
    // passive, names no one who urges; the next paragraph names the charity that does. A quote that names no
    // one cannot say who.
    const engine = createEngine(
      corpusOf({
        parks: paragraphs(
          'Parks Budget',
          'The town council is being urged to use all its powers to double the parks budget.',
          'Some 40 playgrounds will close before 2010 and the parks budget is half its 1990 level, Greenleaf says in a report.',
          'The council will vote on the budget in March.',
        ),
        ferry: paragraphs(
          'Ferry Fares Rise',
          'Ferry fares on the harbour route will rise by 4% in May, the operator said.',
        ),
      }),
    );
    // The ranking, whatever the confidence in a two-article corpus.
    const [first] =
      engine.rankQuestion('Who is urging the council to double the parks budget?')?.quotes ?? [];
    const text = engine.getArticle('parks')?.text ?? '';
    expect(first && text.slice(first.span.start, first.span.end)).toContain('Greenleaf says');
  });

  it('keeps the lede first when the other quote names only a day or a month', () => {
    // why: "March" and "Friday" are capitalised but name no one; the lede outscores them.
    const engine = createEngine(
      corpusOf({
        match: paragraphs(
          'Late Winner',
          'The winning goal was scored late in the second half by the home side.',
          'The winning goal came in March, in the last minute of the game.',
        ),
        ferry: paragraphs('Ferry Fares Rise', 'Ferry fares on the harbour route will rise by 4% in May.'),
      }),
    );
    const [first] = engine.rankQuestion('Who scored the winning goal?')?.quotes ?? [];
    const text = engine.getArticle('match')?.text ?? '';
    expect(first && text.slice(first.span.start, first.span.end)).not.toContain('March');
  });

  it('quotes a sure name over a lede that names no one but a nationality, for "Which … chief"', () => {
    // why: the lede holds every word of the question but only a capitalised word that names no one
    // ("Canadian"); a later sentence of the article names the chief ("Alan Burt, the chief") at least as
    // near the asking words. A maybe-name loses to a sure one from the same story.
    const engine = createEngine(
      corpusOf({
        corvex: paragraphs(
          'Corvex Profits Restated',
          'Corvex shares rose after an audit, which led to the sacking of the chief of the Canadian firm, showed profits were higher than first thought, analysts said.',
          'The firm makes pumps for the oil industry.',
          'The audit found that Alan Burt, the chief, and two other managers were sacked.',
        ),
        ferry: paragraphs(
          'Ferry Fares Rise',
          'Ferry fares on the harbour route will rise by 4% in May, the operator said.',
        ),
      }),
    );
    const [first] = engine.rankQuestion('Which Corvex chief was sacked after the audit?')?.quotes ?? [];
    const text = engine.getArticle('corvex')?.text ?? '';
    expect(first && text.slice(first.span.start, first.span.end)).toContain('Alan Burt');
  });
});
