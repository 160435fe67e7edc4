import { MessageFlags } from 'discord.js';
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import type { Engine } from '../../src/engine/Engine.js';
import { MAX_QUESTION_LENGTH } from '../../src/answer/AnswerResult.js';
import { PATIENCE_MS } from '../support/patience.js';
import { quotedText, withoutCutMarks } from '../support/plainText.js';
import { DiscordStandIn, snowflake } from '../../src/standin/DiscordStandIn.js';
import type { InteractionRecord, SentMessage } from '../../src/standin/DiscordStandIn.js';
import { seedEngine, startTestBot, TEST_TOKEN } from './startTestBot.js';

const STRING = 3;
const INTEGER = 4;
const BOOLEAN = 5;
/** Asked of the real seeds/: 004 says Russia "had assembled some 150,000 troops". */
const TROOPS = 'How many troops did Russia assemble?';

let standIn: DiscordStandIn;
let bot: Awaited<ReturnType<typeof startTestBot>>;
let engine: Engine;

beforeAll(async () => {
  standIn = await DiscordStandIn.start();
  engine = await seedEngine();
  // Small pages so the three seed articles need two pages; a real cooldown, with a new user per request.
  bot = await startTestBot(standIn, { sourcesPageSize: 2, cooldownSeconds: 30 });
});

afterAll(async () => {
  await bot?.stop(0);
  await standIn?.close();
});

/** Every excerpt embed of a reply quotes its article exactly and names its source. */
function expectVerbatimQuotes(body: SentMessage): void {
  expect(body.embeds?.length).toBeGreaterThan(0);
  for (const embed of body.embeds ?? []) {
    const description = embed.description ?? '';
    const id = /`([^`]+)`$/.exec(description)?.[1];
    const article = id === undefined ? undefined : engine.getArticle(id);
    expect(article, description).toBeDefined();
    expect(article?.text).toContain(withoutCutMarks(quotedText(description)));
    expect(description).toContain(article?.title.slice(0, 20));
  }
}

async function finalOf(record: InteractionRecord) {
  return (await record.finalReply).body;
}

describe('/ask', () => {
  test('answers with a verbatim quote, matched words in bold, and its source', async () => {
    const body = await finalOf(
      standIn.sendCommand('ask', [{ name: 'question', type: STRING, value: TROOPS }]),
    );
    expectVerbatimQuotes(body);
    // The bot shows what the engine found (which passage wins is the engine's tests' business).
    const expected = engine.answer(TROOPS);
    if (expected.kind !== 'found') throw new Error(`the seeds should answer "${TROOPS}"`);
    expect(body.embeds).toHaveLength(expected.excerpts.length);
    expected.excerpts.forEach((excerpt, i) => {
      const description = body.embeds?.[i]?.description ?? '';
      expect(quotedText(description)).toBe(excerpt.quote);
      for (const { start, end } of excerpt.highlights) {
        expect(description).toContain(`**${excerpt.quote.slice(start, end)}**`);
      }
    });
    expect(body.allowed_mentions).toEqual({ parse: [], replied_user: false });
    expect((body.flags ?? 0) & MessageFlags.Ephemeral).toBe(0);
  });

  test('says no article answers, quoting nothing, when the corpus has no answer', async () => {
    const body = await finalOf(
      standIn.sendCommand('ask', [{ name: 'question', type: STRING, value: 'What is the capital of Peru?' }]),
    );
    expect(body.content).toMatch(/No article answers this/);
    expect(body.content).toContain('/sources');
    expect(body.embeds ?? []).toEqual([]);
    expect(body.content).not.toContain('> ');
  });

  test('private: true answers ephemerally', async () => {
    const body = await finalOf(
      standIn.sendCommand('ask', [
        { name: 'question', type: STRING, value: TROOPS },
        { name: 'private', type: BOOLEAN, value: true },
      ]),
    );
    expectVerbatimQuotes(body);
    expect(body.flags).toBe(MessageFlags.Ephemeral);
  });

  test('source: quotes only that article', async () => {
    const body = await finalOf(
      standIn.sendCommand('ask', [
        {
          name: 'question',
          type: STRING,
          value: 'Would Putin find acceptable mechanisms to resolve geopolitical tensions?',
        },
        { name: 'source', type: STRING, value: '003_bcdb362db8b66c8f' },
      ]),
    );
    expectVerbatimQuotes(body);
    for (const embed of body.embeds ?? []) expect(embed.description).toContain('`003_bcdb362db8b66c8f`');
  });

  test('a question over the length limit gets a specific ephemeral message', async () => {
    const record = standIn.sendCommand('ask', [
      { name: 'question', type: STRING, value: 'troops '.repeat(100).slice(0, MAX_QUESTION_LENGTH + 100) },
    ]);
    const body = await finalOf(record);
    expect(body.flags).toBe(MessageFlags.Ephemeral);
    expect(body.content).toMatch(/too long/i);
    expect(body.content).toContain(String(MAX_QUESTION_LENGTH));
  });

  test('asking again within the cooldown is answered ephemerally with the time left', async () => {
    const user = snowflake();
    await finalOf(standIn.sendCommand('ask', [{ name: 'question', type: STRING, value: TROOPS }], user));
    const body = await finalOf(
      standIn.sendCommand('ask', [{ name: 'question', type: STRING, value: TROOPS }], user),
    );
    expect(body.flags).toBe(MessageFlags.Ephemeral);
    expect(body.content).toMatch(/ask again in (29|30) s/);
  });

  test('a question that cannot be searched, or names no article, does not cost the cooldown', async () => {
    const user = snowflake();
    const ask = (options: { name: string; type: number; value: string }[]) =>
      finalOf(standIn.sendCommand('ask', options, user));
    const onlyCommonWords = await ask([{ name: 'question', type: STRING, value: 'what is the' }]);
    expect(onlyCommonWords.content).toMatch(/no words to search for/);
    const mistypedSource = await ask([
      { name: 'question', type: STRING, value: TROOPS },
      { name: 'source', type: STRING, value: '004_07e4' },
    ]);
    expect(mistypedSource.content).toMatch(/^No article has the id `004_07e4`/);
    // Neither was searched, so the corrected question is answered rather than told to wait.
    expectVerbatimQuotes(await ask([{ name: 'question', type: STRING, value: TROOPS }]));
  });
});

describe('/sources', () => {
  test('lists the articles in pages whose buttons page through them, also after a restart', async () => {
    const first = await finalOf(standIn.sendCommand('sources'));
    const page1 = first.embeds?.[0]?.description ?? '';
    expect(first.embeds?.[0]?.footer?.text).toMatch(/^Page 1 of 2/);
    expect(page1.split('\n')).toHaveLength(2);
    expect(page1).toContain('`000_bf4b978a58fdcece`');
    const [previous, next] = first.components?.[0]?.components ?? [];
    expect(previous).toMatchObject({ label: 'Previous', disabled: true });
    expect(next).toMatchObject({ label: 'Next', custom_id: 'sources:2', disabled: false });

    // The button's state is in its custom_id, so a bot started afresh can still follow it.
    await bot.stop(0);
    bot = await startTestBot(standIn, { sourcesPageSize: 2, cooldownSeconds: 30 });
    const click = standIn.sendButton(next?.custom_id ?? '', first);
    const second = await finalOf(click);
    expect(click.callback?.type).toBe(7); // UPDATE_MESSAGE: the page changes in place
    expect(second.embeds?.[0]?.footer?.text).toMatch(/^Page 2 of 2/);
    expect(second.embeds?.[0]?.description).toContain('`004_07e4d072f0fa54a3`');
    expect(second.components?.[0]?.components.map((b) => b.disabled)).toEqual([false, true]);
  });

  test('a page beyond the end gets a specific ephemeral message', async () => {
    const body = await finalOf(standIn.sendCommand('sources', [{ name: 'page', type: INTEGER, value: 9 }]));
    expect(body.flags).toBe(MessageFlags.Ephemeral);
    expect(body.content).toBe('There is no page 9: the sources fill 2 pages.');
  });
});

describe('/source', () => {
  test('autocomplete suggests ids and titles within the limits', async () => {
    const record = standIn.sendAutocomplete('source', [
      { name: 'id', type: STRING, value: '004', focused: true },
    ]);
    const body = await finalOf(record);
    expect(record.callback?.type).toBe(8);
    expect(body.choices?.[0]?.value).toBe('004_07e4d072f0fa54a3');
    expect(body.choices?.[0]?.name).toContain('Joe Biden');
    expect(body.choices?.length).toBeLessThanOrEqual(25);
    for (const choice of body.choices ?? []) expect(choice.name.length).toBeLessThanOrEqual(100);
  });

  test('shows one article: title, date, id, length and first lines', async () => {
    const body = await finalOf(
      standIn.sendCommand('source', [{ name: 'id', type: STRING, value: '003_bcdb362db8b66c8f' }]),
    );
    const embed = body.embeds?.[0];
    expect(embed?.title).toBe(
      'Macron and Putin have agreed to collaborate to avoid escalation in the Ukraine crisis.',
    );
    expect(embed?.fields?.find((f) => f.name === 'Date')?.value).toBe('2022-02-08');
    expect(engine.getArticle('003_bcdb362db8b66c8f')?.text).toContain(
      quotedText(embed?.description ?? '').split('\n')[0],
    );
  });

  test('an unknown id gets an ephemeral message with the closest ids', async () => {
    const body = await finalOf(
      standIn.sendCommand('source', [{ name: 'id', type: STRING, value: '004_07e4' }]),
    );
    expect(body.flags).toBe(MessageFlags.Ephemeral);
    expect(body.content).toMatch(/^No article has the id `004_07e4`\. Closest: `004_07e4d072f0fa54a3`/);
  });
});

test('/help explains the commands, ephemerally', async () => {
  const body = await finalOf(standIn.sendCommand('help'));
  expect(body.flags).toBe(MessageFlags.Ephemeral);
  expect(body.embeds?.[0]?.description).toContain('/ask');
});

test('an unknown command gets a specific ephemeral message', async () => {
  const body = await finalOf(standIn.sendCommand('frobnicate'));
  expect(body.flags).toBe(MessageFlags.Ephemeral);
  expect(body.content).toBe('I do not know the command /frobnicate. See /help for what I can do.');
});

test('a mention with a question is answered as a reply to that message, pinging no one', async () => {
  // A message without a mention arrives first and must be ignored.
  standIn.sendMessage('just chatting about troops');
  const messageId = standIn.sendMessage(`<@${standIn.botId}> ${TROOPS}`);
  const request = await standIn.waitForRequest((r) => r.method === 'POST' && r.path.endsWith('/messages'));
  const body = request.body as SentMessage;
  expect(request.path).toBe(`/channels/${standIn.channelId}/messages`);
  expect(body.message_reference?.message_id).toBe(messageId);
  expect(body.allowed_mentions).toEqual({ parse: [], replied_user: false });
  expectVerbatimQuotes(body);
  expect(standIn.requests.filter((r) => r.path === request.path)).toHaveLength(1);
});

test('a bare mention gets the help once per cooldown, then nothing: repeating it posts nothing', async () => {
  const user = snowflake();
  const first = standIn.sendMessage(`<@${standIn.botId}>`, user);
  const second = standIn.sendMessage(`<@${standIn.botId}>`, user);
  // Another user's bare mention, sent after the second: once it is answered, the second was handled.
  const other = standIn.sendMessage(`<@${standIn.botId}>`);
  const repliesTo = (id: string) =>
    standIn.requests.filter(
      (r) => r.method === 'POST' && (r.body as SentMessage).message_reference?.message_id === id,
    );
  const answered = (id: string) =>
    standIn.waitForRequest(
      (r) => r.method === 'POST' && (r.body as SentMessage).message_reference?.message_id === id,
    );
  await Promise.all([answered(first), answered(other)]);
  expect((repliesTo(first)[0]?.body as SentMessage).embeds?.[0]?.description).toContain('/ask');
  expect(repliesTo(second)).toHaveLength(0);
});

test('after the gateway connection drops, the bot resumes and answers again', async () => {
  const resumesBefore = standIn.resumes.length;
  standIn.dropConnection();
  await standIn.waitForSession();
  expect(standIn.resumes.length).toBe(resumesBefore + 1);
  const body = await finalOf(standIn.sendCommand('ask', [{ name: 'question', type: STRING, value: TROOPS }]));
  expectVerbatimQuotes(body);
});

test('40 questions at once are each acknowledged within 3 s', async () => {
  const questions = [
    TROOPS,
    'What did Putin say about Macron?',
    'What is the capital of Peru?',
    'Who spoke with Olaf Scholz?',
  ];
  const records = Array.from({ length: 40 }, (_, i) =>
    standIn.sendCommand('ask', [
      { name: 'question', type: STRING, value: questions[i % questions.length] ?? TROOPS },
    ]),
  );
  const finals = await Promise.all(records.map((record) => record.finalReply));
  const acknowledged = records.map((record) => (record.callback?.at ?? Infinity) - record.dispatchedAt);
  const answered = finals.map((final, i) => final.at - (records[i]?.dispatchedAt ?? 0)).sort((a, b) => a - b);
  const percentile = (p: number) =>
    answered[Math.min(answered.length - 1, Math.ceil((p / 100) * answered.length) - 1)];
  console.log(
    `40-question burst, dispatch -> final reply: p50 ${percentile(50)} ms, p99 ${percentile(99)} ms, max ${answered.at(-1)} ms; ` +
      `slowest acknowledgement ${Math.max(...acknowledged)} ms`,
  );
  for (const [i, record] of records.entries()) {
    expect(record.callback).toBeDefined();
    expect(record.callback?.at ?? Infinity).toBeLessThanOrEqual(finals[i]?.at ?? -Infinity);
  }
  for (const ms of acknowledged) expect(ms).toBeLessThan(PATIENCE_MS);
  for (const final of finals) expect(final.body.allowed_mentions).toEqual({ parse: [], replied_user: false });
});

test('the token never appears in the log', () => {
  expect(bot.log.lines.length).toBeGreaterThan(0);
  expect(bot.log.lines.join('\n')).not.toContain(TEST_TOKEN);
  expect(standIn.identifies.every((identify) => identify.token === TEST_TOKEN)).toBe(true);
  // Guilds (1) | GuildMessages (512): no privileged intent.
  expect(standIn.identifies.every((identify) => identify.intents === 513)).toBe(true);
});
