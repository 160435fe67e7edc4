import { ApplicationCommandOptionType } from 'discord.js';
import { MAX_QUESTION_LENGTH } from '../src/answer/AnswerResult.js';
import { answerQuestion } from '../src/discord/answerQuestion.js';
import type { Command } from '../src/discord/Command.js';
import { articleChoices } from '../src/discord/renderArticle.js';
import { MAX_AUTOCOMPLETE_CHOICES } from '../src/discord/limits.js';

const data = {
  name: 'ask',
  description: 'Ask a question; get word-for-word quotes from the articles, with their sources',
  options: [
    {
      type: ApplicationCommandOptionType.String,
      name: 'question',
      description: 'What you want to know, in the words an article would use',
      required: true,
      max_length: MAX_QUESTION_LENGTH,
    },
    {
      type: ApplicationCommandOptionType.String,
      name: 'source',
      description: 'Only quote this article (type to search ids and titles)',
      autocomplete: true,
    },
    {
      type: ApplicationCommandOptionType.Boolean,
      name: 'private',
      description: 'Show the answer only to you',
    },
  ],
} as const;

/** `/ask question [source] [private]`: the engine's answer as quotes with sources. */
export const ask = {
  data,
  isPrivate: (args) => args.private === true,
  execute: (args, ctx, interaction) =>
    answerQuestion(ctx, {
      userId: interaction.user.id,
      question: args.question,
      sourceId: args.source,
      ephemeral: args.private,
    }),
  autocomplete: (focused, ctx) =>
    articleChoices(ctx.engine.suggestArticles(focused.value, MAX_AUTOCOMPLETE_CHOICES)),
} satisfies Command<typeof data>;
