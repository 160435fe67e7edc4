// Issue #12's "small corpus of one's own" case, over a folder of invented local news (tests/fixtures/cycle-lanes),
// read from disk as a user's CORPUS_DIR would be: a story whose lead has the question's words and a vote count,
// and whose next paragraph has the cost without them.
import { describe, expect, it } from 'vitest';
import { useFolderEngine } from '../support/folderEngine.js';

const { first } = useFolderEngine('tests/fixtures/cycle-lanes');

describe('the cycle-lane story', () => {
  it('answers "how much will X cost" with the sum, not the vote count that names X', () => {
    // why: the lead names the cycle lanes and gives a number (the vote, 31 to 12), but "how much … cost" asks
    // for a sum of money; the paragraph after it says what the project costs in pounds. "3.5 million pounds"
    // is money written out in words, as much as "£3.5m" is.
    expect(first('How much will the cycle lanes cost?')).toMatchObject({
      sourceId: 'council-cycle-lanes',
      quote: expect.stringMatching(/^The project will cost 3\.5 million pounds/),
    });
  });

  it('answers "how many voted" with the vote count, the lead', () => {
    // why: the same story, asked for a count: the lead holds the only count of councillors.
    expect(first('How many councillors voted for the cycle lanes?')).toMatchObject({
      sourceId: 'council-cycle-lanes',
      quote: expect.stringContaining('voted 31 to 12'),
    });
  });
});
