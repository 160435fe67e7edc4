import { describe, expect, it } from 'vitest';
import { parseArticle } from '../../src/corpus/parseArticle.js';

const parse = (text: string, path = 'a.txt') => parseArticle({ id: path.replace(/\.\w+$/, ''), path, text });

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

  it('ignores an impossible calendar date', () => {
    expect(parse('date 2022-02-30 Something happened.').date).toBeNull();
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
