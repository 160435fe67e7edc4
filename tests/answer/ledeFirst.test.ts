import { describe, expect, it } from 'vitest';
import { createEngine } from '../../src/engine/createEngine.js';
import { corpusOf, paragraphs } from '../support/fixtureCorpus.js';

describe('ledeFirst: the lede leads over a paragraph deep in the story that matches as well', () => {
  const engine = createEngine(
    corpusOf({
      mill: paragraphs(
        'Mill Plan',
        'The old mill on the river will become a museum of weaving, the council said.',
        'Work starts in spring.',
        'The site has been empty since 1990.',
        'Plans for the old mill have been debated for years, and what the mill will become has split the town.',
      ),
      ferry: paragraphs(
        'Ferry Fares Rise',
        'Ferry fares on the harbour route will rise by 4% in May, the operator said.',
      ),
    }),
  );
  const text = engine.getArticle('mill')?.text ?? '';
  const firstQuote = (question: string): string | undefined => {
    const [first] = engine.rankQuestion(question)?.quotes ?? [];
    return first && text.slice(first.span.start, first.span.end);
  };

  it('quotes the lede for "What will the old mill become?"', () => {
    // why: the fourth paragraph repeats the question's words ("what the mill will become") and scores higher,
    // but only says the town is split; the lede holds every word of the question too, and the answer, as news
    // puts the facts first.
    expect(firstQuote('What will the old mill become?')).toBe(
      'The old mill on the river will become a museum of weaving, the council said.',
    );
  });

  it('leaves first a deep paragraph that matches words the lede lacks', () => {
    // why: only the fourth paragraph says the town is split; the lede matches less of the question.
    expect(firstQuote('Has the plan for the old mill split the town?')).toContain('split the town');
  });

  it('quotes the second paragraph too over a deep one, when the story opens with a scene', () => {
    // why: a story may open with a line of scene-setting and give the news in its second paragraph, which is
    // still the top of the story.
    const opensWithScene = createEngine(
      corpusOf({
        mill: paragraphs(
          'Mill Plan',
          'Councillors met on Tuesday night.',
          'The old mill on the river will become a museum of weaving, the council said.',
          'The site has been empty since 1990.',
          'Plans for the old mill have been debated for years, and what the mill will become has split the town.',
        ),
        ferry: paragraphs(
          'Ferry Fares Rise',
          'Ferry fares on the harbour route will rise by 4% in May, the operator said.',
        ),
      }),
    );
    const [first] = opensWithScene.rankQuestion('What will the old mill become?')?.quotes ?? [];
    const millText = opensWithScene.getArticle('mill')?.text ?? '';
    expect(first && millText.slice(first.span.start, first.span.end)).toBe(
      'The old mill on the river will become a museum of weaving, the council said.',
    );
  });
});
