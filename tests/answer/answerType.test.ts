import { describe, expect, it } from 'vitest';
import { answerTypeFit, answerTypeOf, questionWordsOf, typeWordsOf } from '../../src/answer/answerType.js';
import { createEngine } from '../../src/engine/createEngine.js';
import { corpusOf, paragraphs } from '../support/fixtureCorpus.js';

describe('answerTypeOf', () => {
  it.each([
    ['How many troops has Russia amassed?', 'count'],
    ['How much gas flows?', 'count'],
    ['What percentage of gas comes from Russia?', 'count'],
    ['How long did they talk?', 'duration'],
    ['When will Macron hold talks in Kyiv?', 'date'],
    ['What year was the pipeline built?', 'date'],
    ['Who did Biden meet?', 'person'],
    ['Whose proposal was it?', 'person'],
    ['Where did the leaders meet?', 'place'],
    ['Which country hosts the talks?', 'place'],
    ['Why does Putin oppose NATO expansion?', 'reason'],
    ['What did Biden promise about Nord Stream 2?', 'statement'],
    ['Is there an alternative to the Minsk agreements?', 'other'],
    // The head noun after which/what names the kind of answer.
    ['Which judge is hearing the fraud case?', 'person'],
    // A deadline, a birthday or an anniversary is a date.
    ['What is the deadline to use the gift cards?', 'date'],
    // A name asked for is the named thing's kind: "the bank's name" is an organisation's.
    ["What is the lieutenant governor's name?", 'person'],
    ["What was the bank's name?", 'organisation'],
    ['What is the name of the toy company that is moving home?', 'organisation'],
    ['What is the name of the town?', 'place'],
    ['What is his name?', 'person'],
    ['What are the names of the victims?', 'person'],
    ["What is the name of the company's founder?", 'person'],
    ["What is her coach's name?", 'person'],
    // A noun that names no kind gives none.
    ['What is the name of the new law?', 'other'],
    ['Which cabinet minister wants leave extended?', 'person'],
    ['What net profit did the airline report?', 'money'],
    ['How much did the studio pay for the film?', 'money'],
    ['How much did profits rise?', 'count'],
    // Growth is a rate, even lost: not the sum a verb of losing asks for elsewhere ("how much did it lose").
    ['How much annual growth might the country lose?', 'count'],
    ['How much did the airline lose?', 'money'],
    ['How much money did the growth fund lose?', 'money'],
    // "Rise to" asks the level reached, here a price: a sum.
    ['How much did the ticket price rise to?', 'money'],
    // A verb of paying, buying or selling in any tense asks for a sum.
    ['How much is the firm paying for the stores?', 'money'],
    ['How much is the takeover offer?', 'money'],
    ['How much did the retailer sell over Christmas?', 'money'],
    ['Which team won the cup?', 'organisation'],
    ['Which constituency does he represent?', 'place'],
    ['What year did the band form?', 'date'],
    ['How far did the runner go?', 'distance'],
    // "What age" asks what "how old" does.
    ['At what age did the singer retire?', 'count'],
    // After a verb, the noun is its object, not the head of the wh-phrase: a cause is asked, not a person.
    ['What killed the man?', 'other'],
    ['What injured the striker?', 'other'],
    ['Which French company might bid for the brewer?', 'organisation'],
    // "How fast/big" asks for a quantity; the head noun decides even with a "when" clause after it.
    ['How fast did the economy grow?', 'count'],
    ['How big is her majority?', 'count'],
    ['What proportion of voters turned out?', 'count'],
    ['Which novelist won the prize?', 'person'],
    // After "what is/was" a possessive stands where "the" would: the head noun still names the kind.
    ["What is Brazil's unemployment rate?", 'count'],
    ['What was his salary?', 'money'],
    ['Which hospital suspended the plan?', 'organisation'],
    ['Which victim was named?', 'person'],
    // The head of a run of nouns is its last: a police chief is a person, a university library no kind asked.
    ['Which police chief resigned?', 'person'],
    ['Which hospital boss quit?', 'person'],
    ['Which university libraries will Google scan in full?', 'other'],
    ['Which team players were injured?', 'person'],
    ['Which company wants to buy the club?', 'organisation'],
    // A compound's head is its last part; a possessor is what "which" asks for, unless after "what is the".
    ['Which Unilever co-chairman is to become chief executive?', 'person'],
    ['Which think-tank criticised the report?', 'organisation'],
    // Players' positions and other people's roles, as the corpus's people are named by them.
    ['Which uncapped Ulster forward was named in the squad?', 'person'],
    ['Which sports psychologist advised the runner?', 'person'],
    ['Which Chelsea left-back was injured?', 'person'],
    ["Which think-tank's report criticised the plan?", 'organisation'],
    // Roles that as often name a kind of thing before another noun are left out: a scheme is asked for.
    ['Which pilot scheme was extended?', 'other'],
    ['Which student loan scheme was scrapped?', 'other'],
    ["Which college's researchers studied the abuse?", 'organisation'],
    ["Which country's president resigned?", 'place'],
    ["What is the company's profit?", 'money'],
    ['For which laboratory is the supercomputer being built?', 'organisation'],
    ['What was the attendance at the Riverside?', 'count'],
    // A rival, a buyer or a model is as often a company or a product as a person.
    ['Which rival did Chelsea beat?', 'other'],
    ['Which model did Nokia launch?', 'other'],
    ['Which seat will he contest?', 'place'],
    ['What bonus was the chief executive given?', 'money'],
    ['Which striker scored when United won?', 'person'],
    // A verb after "what": the noun that follows is the subject, not the answer.
    ['What did the minister say about the budget?', 'statement'],
    // "What is the <noun>": the noun names the answer, even with a "when" clause after it.
    ['What was the score when England lost to France?', 'count'],
    ['What is the capital of France?', 'place'],
    ['What was the score during the final?', 'count'],
    // "What is the <noun> <verb>ing": the noun is the verb's subject, so it names no answer.
    ['What is the company planning?', 'other'],
    ['What is the minister saying about tax?', 'other'],
    // "When" asks for a date only as the question's first wh-word: later it dates the scene of another question,
    // and a leading "when" clause before a comma is followed by the question proper.
    ['Who ran the firm when it was at its biggest?', 'person'],
    ['What happens when the grains grow too large?', 'other'],
    ['When violence is used, what is the protest called?', 'other'],
    ['When rich countries trade with poor ones, whose wages rise?', 'person'],
    ['When and where was the treaty signed?', 'date'],
    // A "when" that asks (an auxiliary after it) is the question; a clause after its comma describes its subject.
    ['When was the treaty signed, which ended the war?', 'date'],
    ['When did Smith join Acme, who makes the tyres?', 'date'],
    ['What did the people who lived there eat?', 'other'],
    ['From whom did the settlers buy the land?', 'person'],
    // "What type of <noun>" asks for a kind of it, not for one by name or number.
    ['What type of city is the capital?', 'other'],
    ['Which kind of company makes the chips?', 'other'],
    ['Which river flows through the city?', 'place'],
    ['What percent of voters turned out?', 'count'],
  ])('reads "%s" as %s', (question, type) => {
    expect(answerTypeOf(question)).toBe(type);
  });
});

describe('typeWordsOf', () => {
  it('lists the words that only name the kind of answer', () => {
    expect(typeWordsOf('How long did they talk? In what year?')).toEqual(['long', 'year']);
    expect(typeWordsOf('How old were the men?')).toEqual(['old']);
    // A name is asked for; news gives the name without the word "name".
    expect(typeWordsOf('What is the name of the Russian president?')).toEqual(['name']);
    expect(typeWordsOf("What was the victim's name?")).toEqual(['name']);
    expect(typeWordsOf('Which country wants sole use of the name feta?')).toEqual([]);
    expect(typeWordsOf('What did Biden say?')).toEqual([]);
  });

  it('lists "happen" when the question asks what, where or when something happened', () => {
    expect(typeWordsOf('What happened to Yukos?')).toEqual(['happened']);
    expect(typeWordsOf('Where did the crash happen?')).toEqual(['happen']);
    expect(typeWordsOf('what will happen to parents of truants')).toEqual(['happen']);
    // Not in a yes-no question, where the event itself is asked about.
    expect(typeWordsOf('Did the crash happen at night?')).toEqual([]);
    // Nor when nothing else would be searched for.
    expect(typeWordsOf('What happened?')).toEqual([]);
    expect(typeWordsOf('How did it happen?')).toEqual([]);
  });
});

describe('prepareQuery: "happen" asked about', () => {
  it('searches for the event, not the verb news uses mostly to guess at what will come', () => {
    const engine = createEngine(
      corpusOf({
        yukos: paragraphs(
          'Yukos sold',
          'The oil firm Yukos was sold at auction to a little-known company on Sunday.',
          'Should that happen, Yukos will have little chance of clawing back its assets, analysts said.',
        ),
      }),
    );
    const result = engine.answer('What happened to Yukos?');
    expect(result.kind).toBe('found');
    if (result.kind === 'found') expect(result.excerpts[0]?.quote).toContain('sold at auction');
  });
});

describe('answerTypeFit', () => {
  it('fits a count to a number the question does not already contain', () => {
    expect(
      answerTypeFit('count', 'Russia has 100,000 troops there.', questionWordsOf('How many troops?')),
    ).toBe(1);
    expect(answerTypeFit('count', 'Several thousand troops.', questionWordsOf('How many troops?'))).toBe(1);
    expect(answerTypeFit('count', 'Troops are there.', questionWordsOf('How many troops?'))).toBe(0);
    // A number of units of time counts time, not troops, unless the question asks in units of time.
    expect(
      answerTypeFit('count', 'Troops arrived over the past 12 months.', questionWordsOf('How many troops?')),
    ).toBe(0);
    expect(answerTypeFit('count', 'A 13-month ban.', questionWordsOf('How many troops?'))).toBe(0);
    expect(
      answerTypeFit('count', 'The ban lasted 13 months.', questionWordsOf('How many months did it last?')),
    ).toBe(1);
    // An age is given in years: "how old" asks in units of time.
    expect(answerTypeFit('count', 'The 31-year-old was banned.', questionWordsOf('How old is Lopez?'))).toBe(
      1,
    );
    expect(
      answerTypeFit('count', 'Nord Stream 2 is done.', questionWordsOf('How many lines has Nord Stream 2?')),
    ).toBe(0);
  });

  it('fits "how much" to a sum of money, which is how news gives most amounts; "how many" never', () => {
    const aid = 'The government will hand the industry 70m euros in aid.';
    expect(answerTypeOf('how much aid is the wine industry getting')).toBe('count');
    expect(answerTypeFit('count', aid, questionWordsOf('how much aid is the wine industry getting'))).toBe(1);
    expect(answerTypeFit('count', aid, questionWordsOf('What amount of aid will it get?'))).toBe(1);
    expect(answerTypeFit('count', aid, questionWordsOf('How many growers will get aid?'))).toBe(0);
    expect(answerTypeFit('count', aid, questionWordsOf('How many firms cut the amount they pay?'))).toBe(0);
    expect(answerTypeFit('count', aid, questionWordsOf('How much aid went to many growers?'))).toBe(1);
  });

  it('counts no day or year written with its month: "February 7" dates talks, it counts no dead', () => {
    const question = questionWordsOf('How many civilians have died in the Donbas?');
    expect(answerTypeFit('count', 'Biden met Scholz on February 7.', question)).toBe(0);
    expect(answerTypeFit('count', 'They met on 8th of March.', question)).toBe(0);
    expect(answerTypeFit('count', 'Separatists have held it since April 2014.', question)).toBe(0);
    expect(
      answerTypeFit('money', 'The deal was signed on Feb. 7.', questionWordsOf('How much did it cost?')),
    ).toBe(0);
    // The date still answers "when", and a number beside a date still counts.
    expect(
      answerTypeFit('date', 'Biden met Scholz on February 7.', questionWordsOf('When did they meet?')),
    ).toBe(1);
    expect(answerTypeFit('count', 'By February 7, 14,000 people had died.', question)).toBe(1);
  });

  it('counts no year written alone: "who set the mark in 2003" says when, not how many records', () => {
    const question = questionWordsOf('How many world records has Haile Gebrselassie set?');
    expect(answerTypeFit('count', 'Gebrselassie set the mark at the same meeting in 2003.', question)).toBe(
      0,
    );
    expect(answerTypeFit('count', 'Its 2004 results were strong.', question)).toBe(0);
    // A count keeps its thousands comma, and a year still answers "when".
    expect(answerTypeFit('count', 'He has set 2,003 records.', question)).toBe(1);
    expect(answerTypeFit('date', 'He set it in 2003.', questionWordsOf('When did he set it?'))).toBe(1);
  });

  it('fits a date to a month and day, a year or a weekday', () => {
    expect(answerTypeFit('date', 'He will go on February 8.', questionWordsOf('When will he go?'))).toBe(1);
    expect(answerTypeFit('date', 'It opened in 2011.', questionWordsOf('When did it open?'))).toBe(1);
    expect(answerTypeFit('date', 'They met on Tuesday.', questionWordsOf('When did they meet?'))).toBe(1);
    expect(answerTypeFit('date', 'They met in Moscow.', questionWordsOf('When did they meet?'))).toBe(0);
  });

  it('fits a duration best to a number with a unit', () => {
    expect(
      answerTypeFit('duration', 'They talked for more than five hours.', questionWordsOf('How long?')),
    ).toBe(1);
    expect(answerTypeFit('duration', 'They talked for hours.', questionWordsOf('How long?'))).toBe(0.5);
    expect(answerTypeFit('duration', 'They talked.', questionWordsOf('How long?'))).toBe(0);
  });

  it('fits a person to a capitalised name the question does not contain', () => {
    expect(
      answerTypeFit(
        'person',
        'Biden met German Chancellor Olaf Scholz.',
        questionWordsOf('Who did Biden meet?'),
      ),
    ).toBe(1);
    expect(answerTypeFit('person', 'Then Biden left.', questionWordsOf('Who did Biden meet?'))).toBe(0);
  });

  it('fits money best to an amount with a currency the question does not already contain', () => {
    const asked = questionWordsOf('What net profit did Skyway make in 2004?');
    expect(answerTypeFit('money', 'It made net profits of 120m euros.', asked)).toBe(1);
    expect(answerTypeFit('money', 'It earned £3.5bn.', asked)).toBe(1);
    // A number written as a sum, its currency left out, may be one; a percentage, an age or a model number not.
    expect(answerTypeFit('money', 'It made 83,000 in the year.', asked)).toBe(0.5);
    expect(answerTypeFit('money', 'It made 1.2 million in the year.', asked)).toBe(0.5);
    expect(answerTypeFit('money', 'Sales rose by 7%.', asked)).toBe(0);
    expect(answerTypeFit('money', 'Its boss, 45, sells the Skyway 3220 model.', asked)).toBe(0);
    expect(answerTypeFit('money', 'Skyway returned to profit in 2004.', asked)).toBe(0);
  });

  it('fits a distance best to a number with a unit of length', () => {
    const asked = questionWordsOf('How far did she run?');
    expect(answerTypeFit('distance', 'She ran 42 km in the heat.', asked)).toBe(1);
    expect(answerTypeFit('distance', 'She ran 42 in the heat.', asked)).toBe(0.5);
    // Three hours is how long she ran, not how far.
    expect(answerTypeFit('distance', 'She ran for 3 hours.', asked)).toBe(0);
    expect(answerTypeFit('distance', 'She ran.', asked)).toBe(0);
  });

  it('fits a statement best to speech attributed to the person asked about', () => {
    const asked = questionWordsOf('What did Stein say?');
    const fit = (text: string) => answerTypeFit('statement', text, asked, ['stein']);
    expect(fit('"It went well," Stein said.')).toBe(1);
    expect(fit('"It went well," said Chancellor Stein.')).toBe(1);
    expect(fit('According to Stein, it went well.')).toBe(1);
    expect(fit("Stein's spokesman said it went well.")).toBe(1);
    expect(fit('"It went well," he said.')).toBe(0.75);
    expect(fit('"It went well."')).toBe(0.5);
    expect(fit('"It went badly," Holm said after meeting Stein.')).toBe(0.25);
    expect(fit('"It went badly," Holm told Stein.')).toBe(0.25);
    expect(fit('Stein arrived.')).toBe(0);
    // why: the seed article's "Speaking with Putin, Schultz said …" came second for "What did Putin say about
    // NATO?": the name after a preposition is whom the speaker spoke with, not the speaker.
    expect(fit('Speaking with Stein, Holm said talks would go on.')).toBe(0.25);
    expect(fit('After meeting with Stein, Holm said talks would go on.')).toBe(0.25);
    // …and "said Stein" only as a verb-first attribution, after a quotation or a comma.
    expect(fit('Lord Holm said Mr Stein bypassed the cabinet.')).toBe(0.25);
  });

  it('reads a view reported with other verbs than "said" as attributed speech', () => {
    // why: news reports what someone holds as often with "stated that", "vowed", "accused", or a participle
    // closing the sentence ("…, claiming that") as with "said": the seed article's "Putin has made it clear that
    // he opposes NATO's eastward expansion …, claiming that it poses an existential threat" is his view.
    const asked = questionWordsOf('What does Stein think about the plan?');
    const fit = (text: string) => answerTypeFit('statement', text, asked, ['stein']);
    expect(fit('Stein has made it clear that he opposes the plan, claiming that it costs too much.')).toBe(1);
    expect(fit('He denied misleading investors.')).toBe(0.75);
    // Words as often a noun or an adjective attribute nothing: "the accused", "the predicted rise".
    expect(fit('The accused appeared in court as the predicted rise came.')).toBe(0);
    // Attributed, though not by the verbs that make it the speaker's own words above a quote naming the topic.
    expect(fit('Stein stated that he would do everything in his power.')).toBe(0.25);
    // The participle is the sentence's subject's: here Holm's, who met Stein; not a clause's before it; and a
    // win is not a claim.
    expect(fit('Holm met Stein on Monday, saying that talks went well.')).toBe(0.25);
    expect(fit('When Stein arrived, Holm led the talks, saying that they went well.')).toBe(0.25);
    expect(fit('Stein stormed to victory, claiming the 800m title.')).toBe(0);
    // Another's view stays another's; a word that is also a noun or a name attributes nothing.
    expect(fit('Holm stated that Stein was wrong.')).toBe(0.25);
    expect(fit('Stein flew to the United States, where insurance claims rose.')).toBe(0);
  });

  it('reads "since" before a date as from when, not why ("since April 2014" gives no reason)', () => {
    const why = questionWordsOf('Why have the peace agreements been hamstrung?');
    expect(answerTypeFit('reason', 'Separatists have held parts of it since April 2014.', why)).toBe(0);
    expect(answerTypeFit('reason', 'Nothing has moved since then.', why)).toBe(0);
    expect(answerTypeFit('reason', 'Prices have risen since early 2004.', why)).toBe(0);
    expect(answerTypeFit('reason', 'It stalled, since neither side would give way.', why)).toBe(1);
  });

  it('fits a reason to a causal phrase and a statement to a quotation', () => {
    expect(answerTypeFit('reason', 'He objected because it threatens Russia.', questionWordsOf('Why?'))).toBe(
      1,
    );
    expect(answerTypeFit('reason', 'He objected.', questionWordsOf('Why?'))).toBe(0);
    expect(
      answerTypeFit('statement', '“We will end it,” he said.', questionWordsOf('What did he say?')),
    ).toBe(1);
    expect(answerTypeFit('statement', 'He spoke.', questionWordsOf('What did he say?'))).toBe(0);
    expect(answerTypeFit('other', 'Anything 2022.', questionWordsOf('Is it?'))).toBe(0);
  });
});
