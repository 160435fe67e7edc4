import { describe, expect, it } from 'vitest';
import { EntityKind, entityMentions } from '../../src/passages/tagEntities.js';

/** The person and organisation names `entityMentions` finds in `text`, as [kind, name] pairs. */
function entities(text: string): [string, string][] {
  const found = entityMentions(text);
  const pairs: [string, string][] = [];
  for (let i = 0; i < found.length; i += 3) {
    const kind = found[i] === EntityKind.person ? 'person' : 'organisation';
    pairs.push([kind, text.slice(found[i + 1], found[i + 2])]);
  }
  return pairs;
}

describe('entityMentions', () => {
  it('reads a name after a title as a person’s, without the title', () => {
    expect(entities('Deputy High Court Judge Richard Mawrey, QC told the hearing.')).toEqual([
      ['person', 'Richard Mawrey'],
    ]);
    expect(entities('UKIP officials argue Mr Kilroy-Silk has not been straightforward.')).toContainEqual([
      'person',
      'Kilroy-Silk',
    ]);
  });

  it('takes a two-word title whole, and a role word that begins other names only before a full name', () => {
    expect(entities('Chief Executive Paul Myers said so.')).toEqual([['person', 'Paul Myers']]);
    expect(entities('Novelist Andrea Levy is favourite.')).toEqual([['person', 'Andrea Levy']]);
    // why: "Great" and "General" are roles before a person ("sprint great", "Secretary General"), not here.
    expect(entities('Shares in General Electric rose across Great Britain.')).toEqual([]);
  });

  it('finds the person after a role or an office inside a longer capitalised run', () => {
    // why: "Which US official…?" and "Which Labour MP…?" ask for the name the run ends in; read whole, or not
    // at all, the run is no person's name and the sentence naming him fits the question no better than any.
    expect(entities('US Undersecretary of State John Bolton is meeting British officials.')).toEqual([
      ['person', 'John Bolton'],
    ]);
    expect(entities('Labour MP Stephen Pound has told of his shock.')).toEqual([['person', 'Stephen Pound']]);
    expect(entities('Apple CEO Steve Jobs unveiled it.')).toEqual([['person', 'Steve Jobs']]);
    // why: after a title's office, only a first name and a surname: Virginia is a given name too.
    expect(entities('Governor of Virginia Mark Warner said so.')).toEqual([['person', 'Mark Warner']]);
    // A given name inside a run with no role before it begins no one's name, nor one before a place's ending.
    expect(entities('They met at Belfast Great Victoria Street Station on Monday.')).toEqual([]);
    expect(entities('Shares in JP Morgan Chase rose.')).toEqual([]);
    expect(entities('She won the View From Great Edinburgh International Cross Country race.')).toEqual([]);
  });

  it('reads a name after a lowercase role, or before an age, "who" or a role, as a person’s', () => {
    expect(entities('Federated chairman Terry Lundgren welcomed the deal.')).toContainEqual([
      'person',
      'Terry Lundgren',
    ]);
    expect(entities('The audit cost Frank Dunn, 51, his job.')).toEqual([['person', 'Frank Dunn']]);
    expect(entities('Joshua Rifkin - a composer and interpreter of Bach - wrote the parts.')).toEqual([
      ['person', 'Joshua Rifkin'],
    ]);
    expect(entities('Sales were weak, said Kevin Hawkins.')).toEqual([['person', 'Kevin Hawkins']]);
  });

  it('splits "Person of Firm" into a person and a firm, but not an office, a firm or a place with "of"', () => {
    expect(entities('The comments, said Junya Tanase of JPMorgan Chase bank in Tokyo, were weak.')).toEqual([
      ['person', 'Junya Tanase'],
      ['organisation', 'JPMorgan Chase'],
    ]);
    expect(entities('Analyst David Page of Investec Securities said so.')).toContainEqual([
      'person',
      'David Page',
    ]);
    // why: the words before "of" name an office, an organisation or a title, and stay one name.
    expect(entities('The Bank of England held rates.')).toEqual([['organisation', 'Bank of England']]);
    expect(entities('He met Lord Browne of Madingley.')).toEqual([['person', 'Browne of Madingley']]);
    expect(entities('The Institute of Education said so.')).toEqual([
      ['organisation', 'Institute of Education'],
    ]);
    // why: the part after a person's "of" is whom he speaks for, never a second person, whatever verb follows.
    expect(entities('Mark Williams of Capital Economics said growth was slow.')).toEqual([
      ['person', 'Mark Williams'],
    ]);
    // why: "Head" and "Chamber" before "of" begin an office's and an organisation's name, not a person's.
    expect(entities('It was said by Global Head of Research Tim Smith.')).not.toContainEqual([
      'person',
      'Global Head',
    ]);
    expect(entities('He said London Chamber of Commerce members agreed.')).not.toContainEqual([
      'person',
      'London Chamber',
    ]);
  });

  it('reads a given name followed by a surname as a person’s', () => {
    expect(entities('An second-half goal from Andy Scott condemned Mansfield.')).toEqual([
      ['person', 'Andy Scott'],
    ]);
  });

  it('leaves a place as a plain name, even one that starts with a given name', () => {
    // why: "Bordesley Green" is a ward and "Victoria Street" a street: neither is a person nor a firm.
    expect(entities('The vote was held in Bordesley Green last year.')).toEqual([]);
    expect(entities('Shops in Victoria Street closed early.')).toEqual([]);
  });

  it('reads no person in a place, a team or a party that begins with a word the given-name list holds', () => {
    // why: Moby's list holds "North", "West", "La", "El", "Lib" and "Carling" as given names, so "North
    // Korea" was a person, and a "where" question lost every sentence naming it (a person is never a place).
    expect(entities('Talks with North Korea resumed in El Salvador.')).toEqual([]);
    expect(entities('The squad trained in La Manga before facing West Ham.')).toEqual([]);
    expect(entities('Chelsea won the Carling Cup, Lib Dem sources said.')).toEqual([]);
    // A given name before a surname is still a person's.
    expect(entities('Talks with Kim Jong-il resumed.')).toEqual([['person', 'Kim Jong-il']]);
  });

  it('reads a name ending like a firm’s, an acronym, or a name after "firm" as an organisation’s', () => {
    expect(entities('The British Retail Consortium said sales fell.')).toEqual([
      ['organisation', 'British Retail Consortium'],
    ]);
    expect(entities('Its largest creditor is Kraft Foods, filings show.')).toEqual([
      ['organisation', 'Kraft Foods'],
    ]);
    expect(entities('It rejected an offer from Swiss mining firm Xstrata last week.')).toEqual([
      ['organisation', 'Xstrata'],
    ]);
    expect(entities('The concert will be shown on NBC in the US.')).toEqual([['organisation', 'NBC']]);
    expect(entities('He leads the Association of European Airlines.')).toEqual([
      ['organisation', 'Association of European Airlines'],
    ]);
    // why: "which newspaper" asks for a paper, which names itself with one of a few words ("told the Jewish
    // Chronicle", "wrote in the Glasgow Herald").
    expect(entities('The prime minister told the Jewish Chronicle he would not.')).toEqual([
      ['organisation', 'Jewish Chronicle'],
    ]);
    expect(entities('She wrote in the Glasgow Herald on Monday.')).toEqual([
      ['organisation', 'Glasgow Herald'],
    ]);
    // why: "which hospital", "which museum" ask for an institution, which names itself so, often as a
    // sentence's first words.
    expect(entities('Millbrook County Hospital had earlier said it would stop.')).toEqual([
      ['organisation', 'Millbrook County Hospital'],
    ]);
    expect(entities('The paintings went to the Harbour Street Gallery.')).toEqual([
      ['organisation', 'Harbour Street Gallery'],
    ]);
  });

  it('reads a name before a lowercase word for an organisation as one, unless "a" describes it', () => {
    // why: "Which network…" is answered by "the Fox TV network", which names no firm by its ending; "a British
    // Muslim group" describes a group by what it is, it names none.
    expect(entities('Plans have been drawn up by the Lantern TV network.')).toEqual([
      ['organisation', 'Lantern TV'],
    ]);
    expect(entities('He quit the Harbourside party last year.')).toEqual([['organisation', 'Harbourside']]);
    expect(entities('A British Muslim group has criticised the show.')).toEqual([]);
  });

  it('reads no nationality, country code or "-based" before a word for an organisation as its name', () => {
    // why: "the US firm", "the Japanese company", "the Seattle-based group" say where a firm is from, not which
    // it is; read as a name, each fitted every "which company" question as if it named one.
    expect(entities('It was bought by the US firm last year.')).toEqual([]);
    expect(entities('Shares in the Japanese company rose.')).toEqual([]);
    expect(entities('Talks with the South Korean bank stalled.')).toEqual([]);
    expect(entities('The UK-Dutch group cut jobs.')).toEqual([]);
    expect(entities('The Seattle-based firm cut jobs.')).toEqual([]);
    // A firm's name still is one.
    expect(entities('Shares in the Lantern company rose.')).toEqual([['organisation', 'Lantern']]);
  });

  it('reads a plural name after "the" as a team’s or a band’s, but not a country’s or an event’s', () => {
    // why: "Who did the Rovers beat?" is answered by a team, named as a group is; "the United States" and
    // "the Winter Olympics" end in a plural too but name a place and an event.
    expect(entities('Lakeside beat the Harbour City Gulls 3-1 on Sunday.')).toEqual([
      ['organisation', 'Harbour City Gulls'],
    ]);
    expect(entities('She toured with the Silver Kettles last year.')).toEqual([
      ['organisation', 'Silver Kettles'],
    ]);
    expect(entities('He moved to the United States before the Winter Olympics.')).toEqual([]);
    // Places named by a plural of land: heights, counties, countries, borders, dales.
    expect(entities('Troops left the Golan Heights for the Home Counties and the Low Countries.')).toEqual(
      [],
    );
    expect(entities('Floods hit the Scottish Borders and the Yorkshire Dales.')).toEqual([]);
  });

  it('keeps a possessive out of the name, and ends the name there', () => {
    expect(entities("Mr Ferguson's company, Tate & Lyle's rival")).toContainEqual(['person', 'Ferguson']);
    expect(entities("Chancellor Gerhard Schroeder's Social Democrat Party won.")).toEqual([
      ['person', 'Gerhard Schroeder'],
      ['organisation', 'Social Democrat Party'],
    ]);
  });

  it('does not take whom someone spoke to, or a firm after a role word, for a person', () => {
    // why: after "told" comes the listener ("told BBC Radio Scotland"), not the speaker; one capitalised word
    // after "rival" is as often a firm's name as a person's.
    expect(entities('He told BBC Radio Scotland it was over.')).toEqual([]);
    expect(entities('Its rival Barclays rose.')).not.toContainEqual(['person', 'Barclays']);
  });
});
