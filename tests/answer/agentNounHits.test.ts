import { describe, expect, it } from 'vitest';
import { agentNounHits } from '../../src/answer/agentNounHits.js';
import { answer } from '../../src/answer/answer.js';
import { answerContextOf } from '../../src/eval/answerContextOf.js';
import { processTerm } from '../../src/index/terms.js';
import { corpusOf, paragraphs } from '../support/fixtureCorpus.js';

const terms = (question: string): string[] =>
  question
    .split(/\W+/)
    .map((w) => processTerm(w))
    .filter((t): t is string => t !== null);

describe('agentNounHits', () => {
  it('reaches from the verb a "who" question asks about to the doer ("leads" → "leader", "chairs" → "chairman")', () => {
    const lead = 'Who leads the Green Party?';
    expect(agentNounHits(lead, terms(lead)).get(processTerm('leader') as string)).toBe(
      terms(lead).indexOf('lead'),
    );
    const chair = 'Who chairs the committee?';
    expect(agentNounHits(chair, terms(chair)).get(processTerm('chairman') as string)).toBe(
      terms(chair).indexOf('chair'),
    );
  });

  it('reads no verb after "who is" or "who did", nor in a question not asking who', () => {
    expect(agentNounHits('Who is the leader?', terms('Who is the leader?')).size).toBe(0);
    expect(agentNounHits('Who did the judge blame?', terms('Who did the judge blame?')).size).toBe(0);
    expect(agentNounHits('Where does she sing?', terms('Where does she sing?')).size).toBe(0);
  });
});

describe('answer: "who <verb>s" by the role beside a name', () => {
  const { articles } = corpusOf({
    party: [
      'Party Splits Over Europe',
      'Harlow officials argue, said spokesman Tom Reed, that the breakaway group has failed.',
      'The group was formed last spring.',
      'Harlow leader Ann Beck says she is glad to see the back of the group.',
    ].join('\n\n'),
  });

  it('reads no role at the end of a sentence as standing before a name', () => {
    // why: "a new leader." ends its sentence, and "Polls" opens the next one, so the first sentence says nothing
    // of who leads; the other names the person who runs the town.
    const town = corpusOf({
      town: paragraphs(
        'Harlow Votes',
        'Voters in Harlow want a new leader. Polls open today in every ward.',
        'Harlow is run by Ann Beck, whom the town chose in May.',
      ),
    });
    const result = answer(answerContextOf(town.articles), 'Who leads Harlow?');
    expect(result.kind === 'found' && result.excerpts[0].quote).toBe(
      'Harlow is run by Ann Beck, whom the town chose in May.',
    );
  });

  it("quotes the sentence naming the leader, whose role stands for the question's verb", () => {
    // why: both sentences have Harlow and name someone, and neither has "lead"; one has the role "leader"
    // right before a name, which is how news says who leads.
    const result = answer(answerContextOf(articles), 'Who leads Harlow?');
    expect(result.kind === 'found' && result.excerpts[0].quote).toBe(
      'Harlow leader Ann Beck says she is glad to see the back of the group.',
    );
  });
});
