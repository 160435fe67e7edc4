import { describe, expect, it } from 'vitest';
import {
  answerTypeFit,
  questionWordsOf,
  typeFitOfTags,
  type AnswerType,
} from '../../src/answer/answerType.js';
import { buildPassages } from '../../src/passages/buildPassages.js';
import {
  packTag,
  TAG_KIND_SHIFT,
  TAG_LENGTH_MAX,
  TAG_START_MAX,
  TagKind,
  tagEndOf,
  tagKindOf,
  tagSentences,
  tagStartOf,
  tagText,
} from '../../src/passages/tagSentences.js';
import { seedCorpus } from '../support/fixtureCorpus.js';

/** The mentions of `text` (from `start`) as [kind name, mention text] pairs. */
function mentions(text: string, start = 0): [string, string][] {
  const names = Object.fromEntries(Object.entries(TagKind).map(([name, kind]) => [kind, name]));
  const triplets = tagText(text, start, text.length);
  const found: [string, string][] = [];
  for (let i = 0; i < triplets.length; i += 3) {
    found.push([names[triplets[i] as number] ?? '?', text.slice(triplets[i + 1], triplets[i + 2])]);
  }
  return found;
}

describe('tagText', () => {
  it('finds the numbers, money, dates, units of time, names and reasons a sentence holds', () => {
    const found = mentions(
      'Lufthansa said on Tuesday that net profits reached 400m euros in 2004, up from 120 after two years of losses, because Deputy Judge Mawrey ruled.',
    );
    expect(found).toEqual(
      expect.arrayContaining([
        ['date', 'Tuesday'],
        ['money', '400m euros'],
        ['date', '2004'],
        ['number', '120'],
        ['number', 'two'],
        ['durationUnit', 'years'],
        ['reason', 'because'],
        ['name', 'Deputy'],
        ['name', 'Mawrey'],
      ]),
    );
    // A year written alone dates; it counts nothing.
    expect(found).not.toContainEqual(['number', '2004']);
  });

  it('tags a sum after a currency sign whole, and never a distance inside a sum', () => {
    const of = (kind: string, text: string): string[] =>
      mentions(text).flatMap(([k, mention]) => (k === kind ? [mention] : []));
    expect(of('money', 'She earned $54.9m last year.')).toEqual(['$54.9m']);
    expect(of('money', 'It raised £3 million.')).toEqual(['£3 million']);
    // why: news from outside Britain, America and the euro area writes sums in its own currency.
    expect(of('money', 'The state set aside 500 million rupees for the victims.')).toEqual([
      '500 million rupees',
    ]);
    expect(of('money', 'Sales rose to 120 billion yuan.')).toEqual(['120 billion yuan']);
    expect(of('money', 'It paid 30,000 roubles.')).toEqual(['30,000 roubles']);
    expect(of('distance', 'It pledged 500m rupees.')).toEqual([]);
    expect(of('money', 'The fine was 2 million francs.')).toEqual(['2 million francs']);
    expect(of('money', 'It cost 40,000 kroner.')).toEqual(['40,000 kroner']);
    expect(of('distance', 'It cost 70m euros, or $54.9m.')).toEqual([]);
    // A length is still one.
    expect(of('distance', 'The wall is 5.5m high.')).toEqual(['5.5m']);
    expect(of('distance', 'Tickets cost £5, 10 miles from the centre.')).toEqual(['10 miles']);
  });

  it('reads no unit of time in an age, which answers "how old" but not "how long"', () => {
    // why: "The 28-year-old fractured the radius" fitted "How long will Vickery be out?" as fully as "out for
    // at least six weeks"; an age still counts for "how old" (see answerType's asksInTime).
    const units = (text: string): string[] =>
      mentions(text).flatMap(([k, mention]) => (k === 'durationUnit' ? [mention] : []));
    expect(units('The 28-year-old fractured the radius.')).toEqual([]);
    expect(units('A six-month-old puppy, two years old.')).toEqual([]);
    expect(units('He will be out for at least six weeks, after two years of injuries.')).toEqual([
      'weeks',
      'years',
    ]);
    expect(
      answerTypeFit(
        'duration',
        'The 28-year-old fractured the radius.',
        questionWordsOf('How long will he be out?'),
      ),
    ).toBe(0);
    expect(
      answerTypeFit('count', 'The 28-year-old fractured the radius.', questionWordsOf('How old is he?')),
    ).toBe(1);
    // …and is no count of anything else.
    expect(
      answerTypeFit(
        'count',
        'The 28-year-old fractured the radius.',
        questionWordsOf('How many bones did he break?'),
      ),
    ).toBe(0);
  });

  it('reads numbers written in words up to ninety-nine as numbers, which answer "how many"', () => {
    // why: "Agreement came on fourteen points" answers "How many points were agreed?" as "14 points" would.
    const numbers = (text: string): string[] =>
      mentions(text).flatMap(([k, mention]) => (k === 'number' ? [mention] : []));
    expect(numbers('Agreement came on fourteen points.')).toEqual(['fourteen']);
    expect(numbers('Some fifty percent more land, twenty-five acres.')).toEqual(['fifty', 'twenty-five']);
  });

  it('reads a year with its era ("430 BC", "AD 14") and centuries as dates, which answer "when"', () => {
    // why: a year of three digits or fewer is a date only with its era; "centuries" dates as "century" does.
    const dates = (text: string): string[] =>
      mentions(text).flatMap(([k, mention]) => (k === 'date' ? [mention] : []));
    expect(dates('The city fell in 430 BC.')).toEqual(['430 BC']);
    expect(dates('The emperor died in AD 14.')).toEqual(['AD 14']);
    expect(dates('It grew in the 10th and 11th centuries.')).toEqual(['centuries']);
    // An era is written in capitals: "ad" beside a number is an advertisement, no date.
    expect(dates('The firm ran 3 ad campaigns and showed the ad 40 times.')).toEqual([]);
  });

  it('reads "within" a number of days to decades as a date, which answers "when"', () => {
    // why: news dates what is to come by the time it is within ("could be out of control within several
    // decades", "available within 30 days"), with no month or year to tag.
    const dates = (text: string): string[] =>
      mentions(text).flatMap(([kind, mention]) => (kind === 'date' ? [mention] : []));
    expect(dates('The reef could be lost within several decades, scientists warn.')).toEqual([
      'within several decades',
    ]);
    expect(dates('A test version should be available within 30 days.')).toEqual(['within 30 days']);
    expect(dates('The dam could fail within twenty years.')).toEqual(['within twenty years']);
    expect(dates('The firm has grown for 30 days in a row.')).toEqual([]);
  });

  it('reads blame, "following" and a stated aim as giving a reason', () => {
    const reasons = (text: string): string[] =>
      mentions(text).flatMap(([kind, mention]) => (kind === 'reason' ? [mention] : []));
    expect(reasons('The academy blames the popularity of computer games.')).toEqual(['blames']);
    expect(reasons('Trade suffered from a ban following the discovery of BSE.')).toEqual(['following']);
    expect(reasons('The goal of the project is to unlock information.')).toEqual([
      'goal of the project is to',
    ]);
    // A goal scored and "the following year" give no reason.
    expect(reasons('His goal was the best of the season.')).toEqual([]);
    expect(reasons('The club was relegated the following year.')).toEqual([]);
    expect(reasons('Ministers met in Paris.')).toEqual([]);
    // why: news gives a cause as the circumstance it came in ("profits stalled amid slowing demand").
    expect(reasons('Profits at the firm have stood still amid slowing demand at home.')).toEqual(['amid']);
    expect(reasons('Shares fell amidst fears of a price war.')).toEqual(['amidst']);
    // why: news gives a cause as "for security reasons" as often as "for this reason".
    expect(reasons('The site blocks overseas visitors for "security reasons".')).toEqual(['reasons']);
    expect(reasons('She quit for personal reasons.')).toEqual(['reasons']);
    // why: news gives a cause as what an event came in response to or in the aftermath of, or was hurt by.
    expect(reasons('The ban was imposed in the aftermath of the crackdown.')).toEqual([
      'in the aftermath of',
    ]);
    expect(reasons('Trade was hurt by a ban on beef imports.')).toEqual(['hurt by']);
    expect(reasons('The policy was adopted in response to an attack.')).toEqual(['in response to']);
    expect(reasons('Sales were driven up by demand for flat screens.')).toEqual(['driven up by']);
    // Only "hit by" gives a cause, not "hit" alone.
    expect(reasons('The striker hit the bar twice.')).toEqual([]);
  });

  it('reads "due to" as a reason before a cause, not before a verb, where it schedules', () => {
    const reasons = (text: string): string[] =>
      mentions(text).flatMap(([kind, mention]) => (kind === 'reason' ? [mention] : []));
    expect(reasons('Sales fell due to the wet summer.')).toEqual(['due to']);
    expect(reasons('The delay was due to falling demand.')).toEqual(['due to']);
    expect(reasons('The play, due to open on Friday, was banned.')).toEqual([]);
    expect(reasons('He is due to be sentenced next month.')).toEqual([]);
    expect(reasons('The minister is due to formally open the bridge.')).toEqual([]);
    // A word that is as often a noun after "due to" reads as the cause.
    expect(reasons('Flights were cancelled due to air traffic control strikes.')).toEqual(['due to']);
    expect(reasons('He missed the match due to hand injury.')).toEqual(['due to']);
  });

  it('tags nothing in a dateline: the agency and the filing city are not what the story tells', () => {
    const found = mentions('LONDON, England (CNN) -- Officers arrested Kraft Foods staff on Tuesday.');
    expect(found.map(([, mention]) => mention)).not.toContain('CNN');
    expect(found.map(([, mention]) => mention)).not.toContain('LONDON');
    expect(found.map(([, mention]) => mention)).not.toContain('England');
    // The story's own words still are.
    expect(found).toContainEqual(['organisation', 'Kraft Foods']);
    // Nor in one written with no dash, the story's first word right after the agency.
    const undashed = mentions('ATLANTA, Georgia (CNN)Officers arrested Kraft Foods staff on Tuesday.');
    expect(undashed.map(([, mention]) => mention).filter((m) => /CNN|ATLANTA|Georgia/.test(m))).toEqual([]);
    expect(undashed).toContainEqual(['organisation', 'Kraft Foods']);
  });

  it('reads a dateline only where a paragraph starts: a sentence later in it may open with a firm in capitals', () => {
    // why: wire stories put the dateline before the lede; "ORBEX - the chip maker's owner - admitted…" in the
    // middle of a paragraph is a sentence whose subject is the firm.
    const text = 'The chip ran late. ORBEX - the chip maker’s owner - admitted the delay on Monday.';
    expect(mentions(text, text.indexOf('ORBEX'))).toContainEqual(['organisation', 'ORBEX']);
    // After a line break it starts a paragraph, where a wire story's dateline stands.
    const wire = 'Wire copy\n\nLONDON, England (CNN) -- Officers arrested Kraft Foods staff.';
    const found = mentions(wire, wire.indexOf('LONDON')).map(([, mention]) => mention);
    expect(found).not.toContain('CNN');
    expect(found).toContain('Kraft Foods');
  });

  it('never takes a sentence’s first word for a name', () => {
    expect(mentions('Ministers met in Paris.').filter(([kind]) => kind === 'name')).toEqual([
      ['name', 'Paris'],
    ]);
  });

  it('gives offsets into the whole text, sorted, inside the span asked for', () => {
    const text = 'Intro here. The deal cost $5 on Monday. Outro 2020.';
    const start = text.indexOf('The');
    const end = text.indexOf(' Outro');
    const triplets = tagText(text, start, end);
    const starts = triplets.filter((_, i) => i % 3 === 1);
    expect(starts).toEqual([...starts].sort((a, b) => a - b));
    for (let i = 0; i < triplets.length; i += 3) {
      expect(triplets[i + 1]).toBeGreaterThanOrEqual(start);
      expect(triplets[i + 2]).toBeLessThanOrEqual(end);
    }
    expect(text.slice(triplets[1], triplets[2])).toBe('$5');
  });
});

describe('packTag', () => {
  it('packs a tag in 32 bits relative to its passage, and leaves out what does not fit', () => {
    const packed = packTag(TagKind.money, 1005, 1015, 1000);
    expect(packed).not.toBeNull();
    const value = packed as number;
    expect([value >>> TAG_KIND_SHIFT, (value >>> 20) & TAG_LENGTH_MAX, value & TAG_START_MAX]).toEqual([
      TagKind.money,
      10,
      5,
    ]);
    expect(packTag(TagKind.number, 0, TAG_LENGTH_MAX + 1, 0)).toBeNull();
    expect(packTag(TagKind.number, TAG_START_MAX + 1, TAG_START_MAX + 3, 0)).toBeNull();
  });

  it('gives back every kind, start and end it packed, the highest kind (bit 31 set) included', () => {
    // Every reader unpacks through tagKindOf/tagStartOf/tagEndOf: a reader with its own shift once read every
    // kind halved after the layout changed.
    for (const kind of Object.values(TagKind)) {
      const packed = packTag(kind, 2000 + TAG_START_MAX, 2000 + TAG_START_MAX + TAG_LENGTH_MAX, 2000);
      expect(packed).not.toBeNull();
      const value = packed as number;
      expect([tagKindOf(value), tagStartOf(value, 2000), tagEndOf(value, 2000)]).toEqual([
        kind,
        2000 + TAG_START_MAX,
        2000 + TAG_START_MAX + TAG_LENGTH_MAX,
      ]);
    }
  });
});

describe('typeFitOfTags', () => {
  /** Every answer type, and questions whose words and names meet the seeds' sentences. */
  const TYPES: AnswerType[] = ['count', 'money', 'distance', 'duration', 'date', 'person', 'place', 'reason'];
  const QUESTIONS = [
    'How many troops has Russia amassed near Ukraine?',
    'When did Macron meet Putin in 2022?',
    'Who is the president of Russia?',
    'How long did Putin and Macron talk?',
    'Why does Russia oppose NATO expansion?',
  ];

  // The ranker reads the tags saved with the index; they must fit every quote as tagging its text would.
  it('fits every sentence and pair of the seed articles as answerTypeFit does on its text', () => {
    const { articles } = seedCorpus();
    const texts = new Map(articles.map((a) => [a.id, a.text]));
    let compared = 0;
    for (const passage of buildPassages(articles)) {
      const text = texts.get(passage.articleId) ?? '';
      const spans = passage.sentences.flatMap((s, i) => {
        const next = passage.sentences[i + 1];
        return next ? [s, { start: s.start, end: next.end }] : [s];
      });
      for (const span of spans) {
        for (const question of QUESTIONS) {
          const words = questionWordsOf(question);
          for (const type of TYPES) {
            const fromText = answerTypeFit(type, text.slice(span.start, span.end), words);
            expect(typeFitOfTags(type, text, span, [passage], words), `${type} ${question}`).toBe(fromText);
            compared++;
          }
        }
      }
    }
    expect(compared).toBeGreaterThan(1000);
  });

  it('does not count a mention the question already contains', () => {
    const text = 'Profits rose in 2004 to 400m euros.';
    const tags = [{ start: 0, tags: tagSentences(text, [{ start: 0, end: text.length }], 0) }];
    const span = { start: 0, end: text.length };
    expect(typeFitOfTags('date', text, span, tags, questionWordsOf('What were profits in 2004?'))).toBe(0);
    expect(typeFitOfTags('date', text, span, tags, questionWordsOf('When did profits rise?'))).toBe(1);
    expect(typeFitOfTags('money', text, span, tags, questionWordsOf('What did profits rise to?'))).toBe(1);
  });

  it('ignores tags outside the span, and a capitalised word at the start of a window cut from a sentence', () => {
    const text = 'Talks began. Judge Mawrey told the hearing about Birmingham in Bordesley Green.';
    const sentences = [
      { start: 0, end: 12 },
      { start: 13, end: text.length },
    ];
    const tags = [{ start: 0, tags: tagSentences(text, sentences, 0) }];
    const words = questionWordsOf('Which judge is hearing the case?');
    expect(typeFitOfTags('person', text, { start: 0, end: 12 }, tags, words)).toBe(0);
    expect(typeFitOfTags('person', text, { start: 13, end: text.length }, tags, words)).toBe(1);
    const where = questionWordsOf('Where is the hearing?');
    const window = { start: text.indexOf('Birmingham'), end: text.indexOf(' in Bordesley') };
    expect(typeFitOfTags('place', text, window, tags, where)).toBe(0);
    // A person's name stays one in a window that starts with it: its title was read with the whole sentence.
    const named = { start: text.indexOf('Mawrey'), end: text.indexOf(' about') };
    expect(typeFitOfTags('person', text, named, tags, words)).toBe(1);
  });
});
