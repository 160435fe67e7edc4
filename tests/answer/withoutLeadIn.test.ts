import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { withoutLeadIn } from '../../src/answer/withoutLeadIn.js';
import { loadEngine } from '../../src/engine/loadEngine.js';

describe('withoutLeadIn', () => {
  it('drops the greeting, "please" and "can you tell me" around a question', () => {
    expect(withoutLeadIn('Hi! Can you tell me how long the leaders talked, please?')).toBe(
      'how long the leaders talked?',
    );
    expect(withoutLeadIn('Hello there, do you know who won the vote?')).toBe('who won the vote?');
    expect(withoutLeadIn("please, I'd like to know when the port reopens")).toBe('when the port reopens');
    expect(withoutLeadIn('Who runs the port, according to the articles?')).toBe('Who runs the port?');
    expect(withoutLeadIn('Who runs the port in your sources')).toBe('Who runs the port');
  });

  it('keeps a question that only starts like one, and one that is nothing but a lead-in', () => {
    // "Tell" inside a question and "Please" as a name's word are the question's own.
    expect(withoutLeadIn('What did the mayor tell me about the port?')).toBe(
      'What did the mayor tell me about the port?',
    );
    expect(withoutLeadIn('Who sang Please Please Me?')).toBe('Who sang Please Please Me?');
    // "to please" is the question's verb, not a request: "What did the club do to please?" asks about pleasing.
    expect(withoutLeadIn('What did the club do to please?')).toBe('What did the club do to please?');
    expect(withoutLeadIn('What did the club do, please?')).toBe('What did the club do?');
    // A lead-in word joined to the next by a hyphen is part of that word: "Hi-tech" is no greeting.
    expect(withoutLeadIn('Hi-tech exports rose by how much?')).toBe('Hi-tech exports rose by how much?');
    expect(withoutLeadIn('Hi-fi sales fell by how much?')).toBe('Hi-fi sales fell by how much?');
    expect(withoutLeadIn('Hi!')).toBe('Hi!');
    // "the texts", "the documents" may be the story's own (messages sent, papers leaked), not the articles.
    expect(withoutLeadIn('What did the minister say in the texts?')).toBe(
      'What did the minister say in the texts?',
    );
    expect(withoutLeadIn('What was found in the documents?')).toBe('What was found in the documents?');
    // "in the news" may be what is asked ("Which footballer was in the news?").
    expect(withoutLeadIn('Which footballer was in the news?')).toBe('Which footballer was in the news?');
  });
});

describe('a question wrapped in a request', () => {
  it('is answered over the seeds as the bare question', async () => {
    // why: "hi", "please" and "know" are in no seed; searched as the question's words they weighed as much as an
    // unknown name, and these wrapped seed questions were declined (6 to 8 of 49 of each wrapping).
    const engine = await loadEngine(path.join(import.meta.dirname, '../../seeds'));
    const bare = engine.answer('How many troops has Russia gathered near the Ukrainian border?');
    expect(bare.kind).toBe('found');
    for (const wrapped of [
      'Hi! How many troops has Russia gathered near the Ukrainian border?',
      'Can you tell me how many troops Russia has gathered near the Ukrainian border, please?',
      'Do you know how many troops has Russia gathered near the Ukrainian border?',
    ]) {
      const answer = engine.answer(wrapped);
      expect(answer.kind === 'found' && answer.excerpts[0]?.quote).toBe(
        bare.kind === 'found' && bare.excerpts[0]?.quote,
      );
    }
  });
});
