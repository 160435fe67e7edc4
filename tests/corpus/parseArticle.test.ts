import { existsSync, readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { DATE_WARNING_PREFIX, parseArticle } from '../../src/corpus/parseArticle.js';

const parse = (text: string, file = 'a.txt') =>
  parseArticle({ id: file.replace(/\.\w+$/, ''), path: file, text });

/** The article and the warnings parsing it gave. */
function parseWithWarnings(text: string, file = 'a.txt') {
  const warnings: string[] = [];
  const article = parseArticle({ id: file.replace(/\.\w+$/, ''), path: file, text }, (m) => warnings.push(m));
  return { article, warnings };
}

describe('parseArticle: headline', () => {
  it('takes a short first line followed by a blank line as the title, and starts the body after it', () => {
    const text = 'Talks In Moscow Last Five Hours\n\nThe leaders met on Monday.';
    const article = parse(text);
    expect(article.title).toBe('Talks In Moscow Last Five Hours');
    expect(text.slice(article.bodyStart)).toBe('The leaders met on Monday.');
    expect(article.date).toBeNull();
    expect(article.url).toBeNull();
  });

  it('does not take a first paragraph ending in a colon as the headline', () => {
    const article = parse('The leaders said the following:\n\nThey will meet again.');
    expect(article.title).not.toBe('The leaders said the following:');
    expect(article.bodyStart).toBe(0);
  });
});

describe('parseArticle: derived title', () => {
  it('makes a title from the first words, cut at a word boundary with an ellipsis, when there is no headline', () => {
    const body =
      'Russian President Vladimir Putin said several proposals put forward by French President Emmanuel Macron could form a basis for moving forward.';
    const article = parse(body);
    expect(article.title.endsWith('…')).toBe(true);
    const words = article.title.slice(0, -1);
    expect(body.startsWith(words)).toBe(true);
    // Cut between words: the next character of the body is a space.
    expect(body[words.length]).toBe(' ');
    expect(article.title.length).toBeLessThanOrEqual(81);
  });

  it('uses the whole text as the title when it is short and has no headline', () => {
    expect(parse('Only one short line here.').title).toBe('Only one short line here.');
  });

  it('never gives an empty title', () => {
    expect(parse('   \n\n').title).toBe('a');
    expect(parse('x').title).toBe('x');
  });
});

describe('parseArticle: date marker', () => {
  it('reads a leading "date YYYY-MM-DD" marker; the rest of that line is the headline (as in seed 003)', () => {
    const text = ' date 2022-02-08 Macron and Putin agreed to talk again.\n\nMore text follows here.';
    const article = parse(text);
    expect(article.date).toBe('2022-02-08');
    expect(article.title).toBe('Macron and Putin agreed to talk again.');
    expect(text.slice(article.bodyStart)).toBe('More text follows here.');
  });

  it('keeps text after the date marker as body when it is not a one-line headline', () => {
    const text = 'date 2022-02-08 The talks went on late, officials said, and\nthen ended.';
    const article = parse(text);
    expect(article.date).toBe('2022-02-08');
    expect(text.slice(article.bodyStart).startsWith('The talks went on late')).toBe(true);
  });

  it('reads a "Date: YYYY-MM-DD" line before the headline', () => {
    const article = parse('Date: 2021-12-31\n\nYear Ends Quietly\n\nNothing happened at all.');
    expect(article.date).toBe('2021-12-31');
    expect(article.title).toBe('Year Ends Quietly');
  });

  it('leaves an impossible calendar date undated, with a warning naming the file', () => {
    const { article, warnings } = parseWithWarnings('date 2022-02-30 Something happened.', 'news/x.txt');
    expect(article.date).toBeNull();
    expect(warnings).toEqual([`${DATE_WARNING_PREFIX} news/x.txt: 2022-02-30 is not a calendar date`]);
  });
});

describe('parseArticle: dates as people write them', () => {
  const body = 'The council met on Monday.';

  it('reads a "date …" line after the headline and a blank line', () => {
    const text = `Cycle Lanes Approved\n\ndate 14 May 2024\n\n${body}`;
    const article = parse(text);
    expect(article).toMatchObject({ title: 'Cycle Lanes Approved', date: '2024-05-14' });
    expect(text.slice(article.bodyStart)).toBe(body);
  });

  it('does not let the headline swallow a date line right under it', () => {
    const text = `Cycle Lanes Approved\nPublished: Tuesday, May 14, 2024 10:32 BST\n\n${body}`;
    const article = parse(text);
    expect(article).toMatchObject({ title: 'Cycle Lanes Approved', date: '2024-05-14' });
    expect(text.slice(article.bodyStart)).toBe(body);
  });

  it('reads a line that is only a date under the headline', () => {
    const text = `Cycle Lanes Approved\n14 May 2024\n\n${body}`;
    expect(parse(text)).toMatchObject({ title: 'Cycle Lanes Approved', date: '2024-05-14' });
  });

  it('reads a "Published: …" line before the headline', () => {
    const text = `Published: 14th May 2024\n\nCycle Lanes Approved\n\n${body}`;
    const article = parse(text);
    expect(article).toMatchObject({ title: 'Cycle Lanes Approved', date: '2024-05-14' });
    expect(text.slice(article.bodyStart)).toBe(body);
  });

  it('reads "date: 14 May 2024" in front matter', () => {
    const article = parse(`---\ntitle: Lanes\ndate: 14 May 2024\n---\n\n${body}`, 'lanes.md');
    expect(article).toMatchObject({ title: 'Lanes', date: '2024-05-14' });
  });

  it('keeps the calendar date of a front-matter timestamp, not the UTC day', () => {
    expect(parse(`---\ndate: 2024-05-14T23:30:00-08:00\n---\n\n${body}`, 'lanes.md').date).toBe('2024-05-14');
  });

  it('warns, naming the file, about an ambiguous numeric date and leaves the article undated', () => {
    const { article, warnings } = parseWithWarnings(
      `Cycle Lanes Approved\nDate: 03/04/2024\n\n${body}`,
      'lanes.txt',
    );
    expect(article.date).toBeNull();
    expect(article.title).toBe('Cycle Lanes Approved');
    expect(warnings).toEqual([
      expect.stringMatching(/^Date not read in lanes\.txt: "03\/04\/2024" is ambiguous/),
    ]);
  });

  it.each([['Published: next week'], ['Date: 14 May'], ['Date: soon']])(
    'warns about a date field that cannot be read ("%s") rather than passing it off as undated',
    (line) => {
      const { article, warnings } = parseWithWarnings(
        `${line}\n\nCycle Lanes Approved\n\n${body}`,
        'lanes.txt',
      );
      expect(article.date).toBeNull();
      expect(article.title).toBe('Cycle Lanes Approved');
      expect(warnings).toEqual([expect.stringContaining(`${DATE_WARNING_PREFIX} lanes.txt`)]);
    },
  );

  it('warns about an unreadable front-matter date', () => {
    const { warnings } = parseWithWarnings(`---\ndate: whenever\n---\n\n${body}`, 'lanes.md');
    expect(warnings).toEqual([`${DATE_WARNING_PREFIX} lanes.md: "whenever" is not a date`]);
  });

  it('leaves an article with no date at all undated without a warning', () => {
    const { article, warnings } = parseWithWarnings(`Cycle Lanes Approved\n\n${body}`);
    expect(article.date).toBeNull();
    expect(warnings).toEqual([]);
  });

  it('does not take a headline starting with the word "Date" for a date line', () => {
    const { article, warnings } = parseWithWarnings('Date rape drug warning issued\n\nPolice said so.');
    expect(article).toMatchObject({ title: 'Date rape drug warning issued', date: null });
    expect(warnings).toEqual([]);
  });
});

describe('parseArticle: a story without a headline starts with its lede, which stays quotable', () => {
  it.each([
    ['NEW YORK (CNN) -- The mayor said the city would open two new shelters.'],
    ['LONDON, England -- Police arrested two men.'],
    ['(CNN) -- Floods closed the road.'],
    // The agency's bracket with the first word right after it, no dash: how later wire stories are written.
    ['(CNN)Floods closed the road.'],
    ['ATLANTA, Georgia (CNN)The mayor said the city would open two new shelters.'],
    ['WASHINGTON (AP) — The Senate passed the bill.'],
    // Doubled spaces, as text copied from a page has them.
    ['BAGHDAD, Iraq (CNN)  --  Three soldiers were killed on Sunday.'],
    ['The city council voted on Monday to build new cycle lanes across the centre.'],
    ['Did the council really vote to spend 3.5 million pounds on cycle lanes?'],
    // A long line written as a sentence is the lede, though its full stop was lost.
    ['Net users across the county are getting the chance to fight back against spam websites'],
  ])('reads "%s" as body text with a title made from its words, after its dateline', (lede) => {
    const text = `${lede}\n\nThe vote was close.`;
    const article = parse(text);
    expect(article.bodyStart).toBe(0);
    const words = article.title.replace(/…$/, '');
    // The dateline names the agency and the city, not the story: a list of sources reads better without it.
    expect(words).toMatch(/^(?!NEW YORK|LONDON|WASHINGTON|ATLANTA|BAGHDAD|\(CNN\))[A-Z]/);
    expect(text.replace(/\s+/g, ' ').includes(words)).toBe(true);
  });

  it('keeps a dateline lede quotable even with a date line right under it', () => {
    const text = 'LONDON, England -- Police arrested two men.\nPublished: 14 May 2024\n\nThey were charged.';
    const article = parse(text);
    expect(article.bodyStart).toBe(0);
  });

  it.each([
    ['Ad sales boost Time Warner profit'],
    ['Could Yukos be a blessing in disguise?'],
    ['Choose hope over fear - Kennedy'],
    ['UK heading wrong way - Howard'],
    ['Rivals of the £400 Apple...'],
    ['Talks end.'],
    ['City Council Votes To Build New Cycle Lanes Across The Centre Despite Local Opposition'],
  ])('keeps "%s" as a headline: short, or without a sentence\'s ending or case', (headline) => {
    const text = `${headline}\n\nThe body follows.`;
    const article = parse(text);
    expect(article.title).toBe(headline);
    expect(text.slice(article.bodyStart)).toBe('The body follows.');
  });
});

const SHARED_BBC = path.resolve('../shared/data/bbc-news/bbc');

describe.skipIf(!existsSync(SHARED_BBC))('parseArticle: the BBC corpus (needs ../shared/data)', () => {
  it("takes every story's first line as its headline, with no date warnings", () => {
    const warnings: string[] = [];
    let files = 0;
    for (const folder of readdirSync(SHARED_BBC, { withFileTypes: true }).filter((e) => e.isDirectory())) {
      for (const name of readdirSync(path.join(SHARED_BBC, folder.name))) {
        const text = readFileSync(path.join(SHARED_BBC, folder.name, name), 'latin1');
        const file = `${folder.name}/${name}`;
        const article = parseArticle({ id: file, path: file, text }, (m) => warnings.push(m));
        expect(article.title, file).toBe(text.split('\n')[0]?.trim());
        files++;
      }
    }
    expect(files).toBeGreaterThan(2000);
    // sport/378 has "Saturday 20 November" under its headline: without a year it is not taken for a date line
    // (so chrono-node is never loaded for this corpus) and stays text, as before.
    expect(warnings).toEqual([]);
  });
});

describe('parseArticle: the seed articles', () => {
  const seed = (name: string) => {
    const file = path.join('seeds', name);
    return parse(readFileSync(file, 'utf8'), name);
  };

  it('reads them as before: a headline, a date marker with its headline, a long lede', () => {
    expect(seed('000_bf4b978a58fdcece.txt')).toMatchObject({
      title:
        'Diplomatic Efforts To Resolve Ukraine Tensions Intensify At High-Level Meetings In Moscow, Washington',
      date: null,
    });
    expect(seed('003_bcdb362db8b66c8f.txt')).toMatchObject({
      title: 'Macron and Putin have agreed to collaborate to avoid escalation in the Ukraine crisis.',
      date: '2022-02-08',
    });
    expect(seed('004_07e4d072f0fa54a3.txt')).toMatchObject({ bodyStart: 0, date: null });
  });
});

describe('parseArticle: source line', () => {
  it('takes the URL of a trailing "Source: URL" line', () => {
    const article = parse('Headline Here\n\nBody text.\n\nSource: https://example.com/news/1\n');
    expect(article.url).toBe('https://example.com/news/1');
  });

  it('ignores a "Source:" line that is not the last one', () => {
    expect(parse('Headline Here\n\nSource: https://example.com/x\n\nMore body text.').url).toBeNull();
  });
});

describe('parseArticle: front matter', () => {
  const md =
    '---\ntitle: "Gas Deal Signed"\ndate: 2022-03-01\nurl: https://example.com/gas\n---\n\nThe deal was signed.';

  it('reads title, date and url from front matter in a .md file and starts the body after it', () => {
    const article = parse(md, 'gas.md');
    expect(article).toMatchObject({
      title: 'Gas Deal Signed',
      date: '2022-03-01',
      url: 'https://example.com/gas',
    });
    expect(md.slice(article.bodyStart)).toBe('The deal was signed.');
  });

  it('does not read front matter in a .txt file', () => {
    expect(parse(md, 'gas.txt').title).not.toBe('Gas Deal Signed');
  });

  it.each([['title: ""'], ["title: '  '"], ['title:']])(
    'falls back to the headline when front matter has an empty title (%s)',
    (line) => {
      const article = parse(`---\n${line}\n---\n\nGas Deal Signed\n\nThe deal was signed.`, 'gas.md');
      expect(article.title).toBe('Gas Deal Signed');
    },
  );
});

describe('parseArticle: passed-through fields', () => {
  it('keeps the text whole and defaults encoding and duplicates', () => {
    const text = 'Headline\n\nBody.';
    const article = parse(text);
    expect(article).toMatchObject({ id: 'a', path: 'a.txt', text, encoding: 'utf-8', duplicateIds: [] });
  });
});

describe('parseArticle: front matter written by `npm run add`', () => {
  it('reads a double-quoted title with its escapes, and the author', () => {
    const text =
      '---\ntitle: "The \\"sea wall\\" vote: a town\'s choice \\\\ 2024"\nauthor: "Maria Lopes"\nurl: https://news.example/a\n---\n\nBody text here.';
    const article = parseArticle({ id: 'a', path: 'a.md', text });
    expect(article.title).toBe('The "sea wall" vote: a town\'s choice \\ 2024');
    expect(article.author).toBe('Maria Lopes');
    expect(article.url).toBe('https://news.example/a');
    expect(text.slice(article.bodyStart)).toBe('Body text here.');
  });
});
