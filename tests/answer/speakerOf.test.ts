import { describe, expect, it } from 'vitest';
import { speakerOf } from '../../src/answer/speakerOf.js';

/** The speaker of `quote`, a sentence of `text`, with the sentence before it when there is one. */
function speakerIn(text: string, quote: string, previous?: string): string | undefined {
  const start = text.indexOf(quote);
  if (start < 0) throw new Error(`not in text: ${quote}`);
  const before =
    previous === undefined
      ? undefined
      : { start: text.indexOf(previous), end: text.indexOf(previous) + previous.length };
  return speakerOf(text, { start, end: start + quote.length }, before);
}

describe('speakerOf: a name the quote attributes its words to', () => {
  // [what the case shows, a one-sentence text quoted whole, its speaker]
  it.each<[string, string, string | undefined]>([
    [
      '"X said", without the title before the name',
      'Russian President Vladimir Putin said the proposals could form a basis for talks.',
      'Vladimir Putin',
    ],
    [
      '"…," said X, with a title between',
      '"If we reject this treaty, Britain will be isolated," said Foreign Secretary Jack Straw.',
      'Jack Straw',
    ],
    [
      '"X said", without a Speaker\'s title',
      'House Speaker Nancy Pelosi said she was confident the bill would pass.',
      'Nancy Pelosi',
    ],
    ['"according to X"', 'The economy is slowing, according to Jupiter Research.', 'Jupiter Research'],
    [
      '"…," his father, X, said: the role before the name, the comma closing it before the verb',
      '"We are comforted to know that this was an accident," his father, Kim Ledger, said.',
      'Kim Ledger',
    ],
    [
      "\"X's spokesman said\" is the spokesman's, not X's",
      "The talks were useful, Putin's spokesman said on Tuesday.",
      "Putin's spokesman",
    ],
  ])('%s', (_why, text, speaker) => {
    expect(speakerIn(text, text)).toBe(speaker);
  });

  it('a name with a lowercase particle is whole: "Bill de Blasio", not "Blasio"', () => {
    const text =
      '"This is one of the worst fires we have seen," Mayor Bill de Blasio told reporters. Later de Blasio said the city would help.';
    expect(speakerIn(text, text.slice(0, text.indexOf(' Later')))).toBe('Bill de Blasio');
    // The surname alone is given in full where the article names one "de Blasio" in full.
    expect(speakerIn(text, 'Later de Blasio said the city would help.')).toBe('Bill de Blasio');
    // A surname opening with its particle right after a quotation: no "Later" before it to start the run.
    const after = `${text} "We will rebuild," de Blasio said. "She is innocent," van der Vaart told CNN.`;
    expect(speakerIn(after, '"We will rebuild," de Blasio said.')).toBe('Bill de Blasio');
    expect(speakerIn(after, '"She is innocent," van der Vaart told CNN.')).toBe('van der Vaart');
    // "of" joins no person's name: "England" is not the Bank of England's speaker.
    expect(
      speakerIn('The Bank of England said rates would rise.', 'The Bank of England said rates would rise.'),
    ).toBe(undefined);
  });

  it('"X told…" and "X also said"', () => {
    // A one-word name counts where the article shows it is one ("talks with Macron", "Joe Biden").
    const text =
      'Talks with Macron went on, and Joe Biden spoke. Macron also said he found points of convergence. Biden told reporters it was over.';
    expect(speakerIn(text, 'Macron also said he found points of convergence.')).toBe('Macron');
    // Given in full where the article names one "… Biden" in full.
    expect(speakerIn(text, 'Biden told reporters it was over.')).toBe('Joe Biden');
  });

  it('"X …, but said": the subject of the sentence', () => {
    const text =
      'Biden met Olaf Scholz. Scholz did not go as far in his comments, but said Germany would act.';
    const quote = 'Scholz did not go as far in his comments, but said Germany would act.';
    expect(speakerIn(text, quote)).toBe('Olaf Scholz');
  });

  it('"X …, saying/arguing/claiming that…": a participle closing the sentence reports its subject', () => {
    const text =
      'Gordon Brown issued a defiant statement about the strike, saying the action would not affect savings. ' +
      'Macron met Putin. Putin has made it clear that he opposes expansion, claiming that it poses a threat.';
    const speaker = (quote: string) => speakerIn(text, quote);
    expect(
      speaker(
        'Gordon Brown issued a defiant statement about the strike, saying the action would not affect savings.',
      ),
    ).toBe('Gordon Brown');
    expect(
      speaker('Putin has made it clear that he opposes expansion, claiming that it poses a threat.'),
    ).toBe('Putin');
    // An apposition may stand between the subject and its verb.
    const apposition = 'Gordon Brown, the chancellor, spoke at length, saying rates would stay.';
    expect(speakerIn(apposition, apposition)).toBe('Gordon Brown');
  });

  it.each([
    // why: each names someone who is not the subject saying it, or no one (found over the BBC corpus).
    'When Carson died, President Bush led the tributes, saying he was a legend.',
    "James McIlroy stormed to victory in Erfurt, claiming the men's 800m.",
    'All Black Aaron Mauger was in good form with the boot, adding 10 points.',
    'Mr Blair has failed to tackle these problems, he claimed, saying the party must change.',
    'Church ministers are trying to prevent rapper Nelly from visiting, saying his videos demean women.',
    'A US woman is suing HP, saying its printers waste ink.',
    "Gordon Brown's team issued a statement, saying the figures were wrong.",
    'Like John Prescott, the minister was upbeat, saying the vote was won.',
    'Democrats criticised Sen. John McCain on Tuesday, saying his plan would fail.',
    'Wayne Rooney scored twice, adding to his tally.',
    'Thailand has said it needs no freeze, while India has also rejected help, saying it can cope.',
  ])('gives no speaker to "%s"', (sentence) => {
    const text = `Gordon Brown, John Prescott, John McCain, Tony Blair and Aaron Mauger were named. ${sentence}`;
    expect(speakerIn(text, sentence)).toBeUndefined();
  });

  it('a surname shared by two full names stays a surname', () => {
    const text = 'Joe Biden met Hunter Biden. "We talked," Biden said.';
    expect(speakerIn(text, '"We talked," Biden said.')).toBe('Biden');
  });

  it('a word that opens a sentence before the name is no part of the full name', () => {
    // "Both Acme and Zenith…" is the article's only "Acme" after a capitalised word, yet "Both" names no one.
    const text =
      'Both Acme and Zenith took orders, and analysts expect Acme to grow. Acme said sales would double.';
    expect(speakerIn(text, 'Acme said sales would double.')).toBe('Acme');
  });

  it('one person under two forms is one speaker, by the longer form', () => {
    const text = 'Joe Biden said the talks went well. "We are ready," Biden said.';
    expect(speakerIn(text, text)).toBe('Joe Biden');
  });
});

describe('speakerOf: no speaker unless the text names exactly one', () => {
  // [what the case shows, a one-sentence text quoted whole, its speaker]
  it.each<[string, string, string | undefined]>([
    ['a quotation with no attribution', '"We will not sacrifice fundamentals."', undefined],
    [
      'a bare title names no one',
      'Speaking at the White House, the U.S. president said Russia had 150,000 troops at the border.',
      undefined,
    ],
    [
      'two people attributed in one quote',
      'Macron said talks were useful. Putin said they would talk again.',
      undefined,
    ],
    [
      'a name that is the object, not the subject, of the sentence',
      'But Mr Howard denied Mr Yeo said the plans "stink".',
      undefined,
    ],
    [
      'a capitalised common noun at the start of a sentence',
      'Prosecutors had argued that tobacco firms lied.',
      undefined,
    ],
  ])('%s', (_why, text, speaker) => {
    expect(speakerIn(text, text)).toBe(speaker);
  });

  it('"said" followed by a name that is what was said about', () => {
    const text = 'Joe Biden met Scholz. Biden said Germany will act together with the United States.';
    expect(speakerIn(text, 'Biden said Germany will act together with the United States.')).toBe('Joe Biden');
  });

  it('a title above the text is no part of a name: "Vienna Summit Ends" + "Officials said"', () => {
    // The title has no full stop, so without the blank line its last words would run into the text's first.
    const text = 'Vienna Summit Ends\n\nOfficials said the two leaders talked for six hours.';
    expect(speakerIn(text, 'Officials said the two leaders talked for six hours.')).toBeUndefined();
    // A line break of hard-wrapped text is no blank line: the name goes on.
    const wrapped = 'The talks ended. Foreign Secretary Jack\nStraw said the two leaders agreed.';
    expect(speakerIn(wrapped, 'Foreign Secretary Jack\nStraw said the two leaders agreed.')).toBe(
      'Jack Straw',
    );
  });
});

describe('speakerOf: a clause after a comma and a conjunction', () => {
  it('"…, but Wenger said:" is Wenger\'s; "He met Blair and Brown said" may be both, so no one\'s', () => {
    // why: over the BBC corpus, 33 sentences such as "Kolo Toure's late goal gives the Gunners hope, but Wenger
    // said: …" had no speaker.
    const but = 'Toure scored late, but Wenger said: "We are still in the tie."';
    expect(speakerIn(but, but)).toBe('Wenger');
    const both = 'He met Blair and Brown said the talks went well.';
    expect(speakerIn(both, both)).toBeUndefined();
  });

  it('"added" before a figure is no speech', () => {
    // why: "Mark van Gisbergen added 18 points" and "he added 1.28p per litre" were read as said.
    const points = 'Mark van Gisbergen added 18 points.';
    expect(speakerIn(points, points)).toBeUndefined();
  });
});

describe('speakerOf: the listener is no speaker', () => {
  it('"The MP, who sits for Leeds, told BBC News" is not BBC News speaking', () => {
    // why: the BBC corpus showed "BBC News" and "Associated Press" as speakers of quotes told to them.
    const text = 'The MP, who sits for Leeds, told BBC News: "We will fight."';
    expect(speakerIn(text, text)).toBeUndefined();
  });

  it('the one who told it is, even after the words told', () => {
    const text = '"Prices will rise," Simon Wheatley, an analyst, told Reuters.';
    expect(speakerIn(text, text)).toBe('Simon Wheatley');
  });
});

describe('speakerOf: "he said" continues the sentence before', () => {
  it('when that sentence names exactly one person', () => {
    const previous = 'Russian President Vladimir Putin opposes the expansion of NATO.';
    const quote = '"European countries will be at odds with Russia," he warned.';
    expect(speakerIn(`${previous} ${quote}`, quote, previous)).toBe('Vladimir Putin');
  });

  it('a "he said" that the same sentence attributes by name is that person\'s', () => {
    const text = 'He said if Russia invades, "then there will be no longer a Nord Stream 2," Biden said.';
    expect(speakerIn(text, text)).toBe('Biden');
  });

  it('no speaker when that sentence names two people', () => {
    const previous = 'French President Emmanuel Macron met Russian President Vladimir Putin in Moscow.';
    const quote = '"The next few days will be decisive," he said.';
    expect(speakerIn(`${previous} ${quote}`, quote, previous)).toBeUndefined();
  });

  it('no speaker when another name there may be a person', () => {
    const previous = 'Mr Blair spoke to Gordon Brown on Monday.';
    const quote = '"We are united," he said.';
    expect(speakerIn(`${previous} ${quote}`, quote, previous)).toBeUndefined();
  });

  it('no speaker when the sentence before quotes someone it does not name', () => {
    // why: BBC politics/307 showed the spokesman's words as Tony Blair's, the one name inside what he said.
    const earlier = 'Tony Blair said he would stay.';
    const previous =
      '"He believes students should pay fees, that Tony Blair should not be criticised," the spokesman said.';
    const quote = 'He added that it was no surprise.';
    expect(speakerIn(`${earlier} ${previous} ${quote}`, quote, previous)).toBeUndefined();
  });

  it('the person the sentence before quotes by name, not another it names', () => {
    const previous = 'Mr Howard said Gordon Brown had raised taxes.';
    const quote = '"Families will pay," he added.';
    expect(speakerIn(`${previous} ${quote}`, quote, previous)).toBe('Howard');
  });

  it('no speaker when the person named there is not its subject', () => {
    // why: BBC politics/364 showed Michael Howard's words as Gordon Brown's: "He went on to accuse Mr Brown …".
    const object = 'He went on to accuse Mr Brown of giving with one hand.';
    const quote = 'He urged the chancellor to admit he was responsible.';
    expect(speakerIn(`${object} ${quote}`, quote, object)).toBeUndefined();
    const far = 'The party had repaid £500,000 to its former treasurer, the businessman Lord Ashcroft.';
    const said = '"We repay loans when they are due," he said.';
    expect(speakerIn(`${far} ${said}`, said, far)).toBeUndefined();
  });

  it('no attribution in a "he said" inside a clause about something else', () => {
    // why: BBC politics/007: "… repaid £500,000 to Lord Ashcroft after he said the party could not win" is not
    // Lord Ashcroft's quote, and it was shown as another person's.
    const previous = 'Tony Blair said he would stay.';
    const quote =
      'Dr Fox would not discuss reports that the party repaid Lord Ashcroft after he said it would lose.';
    expect(speakerIn(`${previous} ${quote}`, quote, previous)).toBeUndefined();
  });

  it('no speaker without the sentence before (the quote opens the article, or was cut)', () => {
    const text = '"We are united," he said.';
    expect(speakerIn(text, text)).toBeUndefined();
  });

  it('no speaker when that sentence is itself a "he said" of someone named earlier', () => {
    // BBC politics/350: the sentence before names Mr Blair but is Alan Milburn's, by "he said"; the next "He
    // said" is Milburn's too, and was shown as Tony Blair's.
    const earlier =
      "The prime minister's enthusiasm remains undimmed, Alan Milburn, Labour's strategist told Today.";
    const previous = 'Mr Blair has "the same passion for the job" as in 1997, he said.';
    const quote = 'He said: "I\'m the co-ordinator and I don\'t know, and Tony has not made up his mind."';
    expect(speakerIn(`${earlier} ${previous} ${quote}`, quote, previous)).toBeUndefined();
  });

  it('an organisation is no "he"', () => {
    const previous = 'Microsoft said it had sold five million consoles.';
    const quote = 'But, he added, the PlayStation 3 was rumoured to be faster.';
    expect(speakerIn(`${previous} ${quote}`, quote, previous)).toBeUndefined();
  });
});

describe('speakerOf: quotes of two sentences, and names that are no subject', () => {
  it('no speaker when a "he said" sentence of another person comes before a named one', () => {
    // The "he" is Mr Dodd (the sentence before); the next sentence is the police's: two speakers.
    const previous = 'Mr Dodd said he expected a calm day.';
    const quote = '"We are staying put," he said. Kent Police said the bridge would shut.';
    expect(speakerIn(`${previous} ${quote}`, quote, previous)).toBeUndefined();
  });

  it('the one speaker when the "he said" sentence and the named one are the same person', () => {
    const previous = 'Mr Dodd said he expected a calm day.';
    const quote = '"We are staying put," he said. Mr Dodd added that the march would end at noon.';
    expect(speakerIn(`${previous} ${quote}`, quote, previous)).toBe('Dodd');
  });

  it('a named speaker, then "he said" in the next sentence, stays that speaker', () => {
    const text = 'Lib Dem Jane Hill said the plan was weak. "It is a mess," she said.';
    expect(speakerIn(text, text)).toBe('Jane Hill');
  });

  it('no speaker when unnamed others are quoted too ("analysts said")', () => {
    const text = 'Acme Foods said its shops would stay open. But analysts said it would sell some.';
    expect(speakerIn(text, text)).toBeUndefined();
    const nextSentence = 'Acme Foods said output rose in May. Analysts added that it was weak.';
    expect(speakerIn(nextSentence, nextSentence)).toBeUndefined();
    const one = 'Acme Foods said its shops would stay open, but analysts said it would sell some.';
    expect(speakerIn(one, one)).toBeUndefined();
  });

  it('no speaker when an unnamed body is quoted too ("the government said", "police said")', () => {
    const previous =
      'LONDON -- Lawmakers voted 310 to 290 to approve a tax on sugary drinks, the government said.';
    const next = 'Health Secretary Anne Marsh said the levy would raise 500 million pounds a year.';
    expect(speakerIn(`${previous} ${next}`, `${previous} ${next}`)).toBeUndefined();
    expect(speakerIn(`${previous} ${next}`, next, previous)).toBe('Anne Marsh');
    const police = 'Police said two men were held. Chief Inspector Ann Lee said the road would reopen.';
    expect(speakerIn(police, police)).toBeUndefined();
  });

  it("a body inside the named speaker's own words, or a named police force, keeps the speaker", () => {
    for (const [text, speaker] of [
      ['Professor Jane Doe said the study confirmed her fears.', 'Jane Doe'],
      ['Anne Marsh said the cuts the government announced on Monday would hurt families.', 'Anne Marsh'],
      ['Mayor Helen Carter said the council promised new homes.', 'Helen Carter'],
      ['John Smith said the police told him the attack was random.', 'John Smith'],
      ['John Smith said so in a statement. The statement said more was to come.', 'John Smith'],
      ['Thames Valley Police said two men were held.', 'Thames Valley Police'],
    ] as const)
      expect(speakerIn(text, text), text).toBe(speaker);
  });

  it('"the company said" after a named firm stays that firm\'s', () => {
    const text = 'Acme Foods said its shops would stay open. The company said it would hire 200 staff.';
    expect(speakerIn(text, text)).toBe('Acme Foods');
  });

  it('"Finance Ministers said" is a named body, not unnamed others', () => {
    const text = 'Nordic Finance Ministers said growth was firm.';
    expect(speakerIn(text, text)).toBe('Nordic Finance Ministers');
  });

  it('no speaker for a name after "of": "an associate of boss X told" is the associate\'s', () => {
    const text = 'A close associate of former Acme boss Jim Brown has told a court the charges are false.';
    expect(speakerIn(text, text)).toBeUndefined();
  });

  it("a preposition inside a body's name before the role keeps the speaker", () => {
    const text = 'Commission for Fair Trade chairman Tom Reed said prices were down.';
    expect(speakerIn(text, text)).toBe('Tom Reed');
  });
});

describe('speakerOf: no speech, no person', () => {
  it('"X has added to speculation" says nothing', () => {
    const text = 'Jo Park has added to speculation about a move to Madrid.';
    expect(speakerIn(text, text)).toBeUndefined();
    const said = 'Jo Park added: "I am happy here."';
    expect(speakerIn(said, said)).toBe('Jo Park');
  });

  it('a bare title with a "Co-" names no one', () => {
    const text = 'The Conservative Party Co-Chairman said the choice was clear.';
    expect(speakerIn(text, text)).toBeUndefined();
  });
});

describe('speakerOf: "he said" past a quote’s first sentence continues the quote’s own', () => {
  // why: a first quote widened onto the next paragraph (withNextSentence) or a pair of sentences may hold the
  // "He said" in its second sentence; that "he" is the one its first sentence names, and the sentence before
  // the quote names someone else (here a Swiss coach, shown as the speaker of Kerr's words).
  const previous = 'Switzerland coach Kobi Kuhn said his side were ready for the trip.';
  const first = 'Manager Brian Kerr has been granted his wish for a home game as the final qualifier.';
  const second = 'He said Ireland will close their bid by playing Switzerland in Dublin.';

  it('across a paragraph break', () => {
    const quote = `${first}\n\n${second}`;
    expect(speakerIn(`${previous}\n\n${quote}`, quote, previous)).toBe('Brian Kerr');
  });

  it('no speaker when the quote’s first sentence names two people', () => {
    const two = 'Ireland manager Brian Kerr met Swiss coach Kobi Kuhn in Dublin.';
    const quote = `${two} ${second}`;
    expect(speakerIn(`${previous} ${quote}`, quote, previous)).toBeUndefined();
  });

  it('a sentence break inside quoted words is no sentence before', () => {
    const quote = '"We are ready. We will win," he said.';
    expect(speakerIn(`${previous} ${quote}`, quote, previous)).toBe('Kobi Kuhn');
  });
});

describe('speakerOf: a quote that also tells other news in the reporter’s words', () => {
  it('is no one’s when a sentence neither reports speech nor names the speaker', () => {
    // why: a first quote widened from the lede onto the next paragraph would show the lede as Reid's words.
    const lede =
      'WASHINGTON (CNN) -- The Senate on Thursday approved a $700 billion rescue plan by 74 to 25.';
    const reid =
      'Sen. Harry Reid, the majority leader, said the vote showed that Congress could act quickly.';
    expect(speakerIn(reid, reid)).toBe('Harry Reid');
    const quote = `${lede}\n\n${reid}`;
    expect(speakerIn(quote, quote)).toBeUndefined();
  });

  it('keeps the speaker for sentences inside one quotation', () => {
    // why: the middle sentence of '"We will fight. We will win. We never give up," Obama said.' neither opens
    // with a quotation mark nor names him, but is his words all the same.
    const quote = '"We will fight. We will win. We never give up," Obama said.';
    expect(speakerIn(`President Barack Obama spoke on Monday. ${quote}`, quote)).toBe('Barack Obama');
    const lastTwo = 'We will win. We never give up," Obama said.';
    expect(speakerIn(`President Barack Obama spoke. "We will fight. ${lastTwo}`, lastTwo)).toBe(
      'Barack Obama',
    );
  });

  it('keeps the speaker when the other sentence goes on with the quotation', () => {
    const quote = '"This is not a bailout of Wall Street," Reid said. "It is a rescue of Main Street."';
    expect(speakerIn(`Sen. Harry Reid spoke on Thursday. ${quote}`, quote)).toBe('Harry Reid');
  });
});
