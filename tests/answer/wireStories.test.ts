// Wire stories as the held-out news sets come: one plain `.txt` a story, no headline, the lede opening
// with a dateline ("NEW YORK (CNN) --"). The stories in tests/fixtures/wire-stories are invented for these tests.
import { describe, expect, it } from 'vitest';
import { useFolderEngine } from '../support/folderEngine.js';

const { engine, first } = useFolderEngine('tests/fixtures/wire-stories');

describe('wire stories with a dateline and no headline', () => {
  it('titles a story from its lede without the dateline, and still quotes the lede whole', () => {
    // why: "NEW YORK (CNN) --" names the city and the agency, not the story, in every source line.
    expect(engine().getArticle('bronx-fire')?.title).toMatch(/^A fire that tore through a Bronx apartment/);
    expect(first('How many people died in the Bronx fire?')).toMatchObject({
      sourceId: 'bronx-fire',
      quote: expect.stringMatching(/^NEW YORK \(CNN\) -- A fire .* killed 12 people/),
    });
  });

  it('names the company a question asks for, not the agency of the dateline ("(CNN)")', () => {
    // why: the dateline says where and by whom the story was filed; read as a name, "CNN" answered every
    // "which company" question with the lede that restates it.
    expect(first('Which company agreed to pay the fine?')).toMatchObject({
      sourceId: 'software-fine',
      quote: expect.stringContaining('Orbitex Systems'),
    });
  });

  it('answers "how old" with the ages ("aged 24, 31 and 45"), not "no article answers this"', () => {
    // why: "old", like "long" in "how long", only says what kind of answer is wanted; news writes an age as
    // "aged 24" or "the 24-year-old", so the word itself counted against every quote that lacked it.
    expect(first('How old were the men?')).toMatchObject({
      sourceId: 'london-arrests',
      quote: expect.stringContaining('aged 24, 31 and 45'),
    });
  });

  it('names a speaker whose name has a lowercase particle in full: "Bill de Blasio"', () => {
    expect(first('What did de Blasio say?')).toMatchObject({
      sourceId: 'bronx-fire',
      speaker: 'Bill de Blasio',
      quote: expect.stringContaining('worst fires'),
    });
  });

  it('quotes what "Rafael van der Vaart" said, not the lede that names him in full', () => {
    // why: after the lede, news names him by surname ("van der Vaart told…"): the given name is no word the
    // quote must hold, even with a particle between it and the surname (givenNameTerms.ts).
    expect(first('What did Rafael van der Vaart say about the ban?')).toMatchObject({
      sourceId: 'midfielder-ban',
      speaker: 'Rafael van der Vaart',
      quote: expect.stringContaining('The ban is unfair'),
    });
  });
});
