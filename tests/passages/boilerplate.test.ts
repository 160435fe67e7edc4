import { describe, expect, it } from 'vitest';
import { isBoilerplate } from '../../src/passages/boilerplate.js';

describe('isBoilerplate: site furniture', () => {
  it.each([
    'Source link',
    'source link',
    'Advertisement',
    'Read more: Ukraine talks',
    'Related stories',
    'Getty Images',
  ])('treats "%s" as furniture', (line) => {
    expect(isBoilerplate(line)).toBe(true);
  });
});

describe('isBoilerplate: links between paragraphs', () => {
  it('treats a line ending in "»" as a link to a video or a story, not news', () => {
    // why: wire stories (the held-out review's kind) carry these between paragraphs; they restate the story's
    // words ("Watch the mayor describe the fire »") and would be quoted for a question about it.
    expect(isBoilerplate('Watch the mayor describe the moment the fire broke out in the Bronx »')).toBe(true);
    expect(isBoilerplate('See photos of the damage »')).toBe(true);
  });

  it('keeps a paragraph that quotes in guillemets', () => {
    expect(isBoilerplate('The paper called it «a disgrace», the minister said.')).toBe(false);
    expect(isBoilerplate('The minister said: «We will not give in.»')).toBe(false);
  });
});

describe('isBoilerplate: promotions', () => {
  it('treats a call to action as boilerplate even when it is a full sentence', () => {
    expect(isBoilerplate('For the latest updates on the crisis, click here to read our live coverage.')).toBe(
      true,
    );
    expect(isBoilerplate('Sign up for our morning briefing to get the news delivered to your inbox.')).toBe(
      true,
    );
  });
});

describe('isBoilerplate: article text that uses the same words', () => {
  it('keeps a paragraph of news that mentions signing up or a newsletter', () => {
    // Paragraphs like these (BBC business/349, business/497, entertainment/174) were dropped from the index.
    expect(
      isBoilerplate(
        "The bank's creditors have given the group until Wednesday to sign up to a $1.1bn rescue package. " +
          'The firm avoided bankruptcy thanks to a bail-out in January, which gave control to the creditors.',
      ),
    ).toBe(false);
    expect(
      isBoilerplate(
        'A court ruled that a former FBI agent fed damaging information to a trader. The trader then drove ' +
          'share prices lower by spreading negative publicity via his newsletter, prosecutors said.',
      ),
    ).toBe(false);
  });
});

describe('isBoilerplate: headings', () => {
  it('treats a short line with no sentence punctuation as a heading or dateline', () => {
    expect(isBoilerplate('NEW YORK')).toBe(true);
    expect(isBoilerplate('What happens next')).toBe(true);
  });

  it('keeps a short sentence that ends with punctuation', () => {
    expect(isBoilerplate('There won’t be any.')).toBe(false);
    expect(isBoilerplate('“We are ready,” he said.')).toBe(false);
  });

  it('keeps a long line even without a final stop', () => {
    expect(
      isBoilerplate(
        'Putin said several proposals put forward by Macron could form a basis for moving forward',
      ),
    ).toBe(false);
  });
});
