import { snowflake } from './snowflake.js';
import type { ChannelMessage, SentMessage } from './types.js';

/** The stand-in's one text channel: every message posted in it, by people and by the bot, kept in order. */
export class Channel {
  private readonly messages = new Map<string, ChannelMessage>();

  /** @param changed called with a message each time one is posted or edited. */
  constructor(private readonly changed: (message: ChannelMessage) => void) {}

  /** Posts a message; returns it with its new id. */
  post(
    authorId: string,
    body: SentMessage,
    extra: Partial<Omit<ChannelMessage, 'id' | 'authorId' | 'body'>> = {},
  ): ChannelMessage {
    const message: ChannelMessage = {
      id: snowflake(),
      authorId,
      body,
      thinking: false,
      at: Date.now(),
      ...extra,
    };
    this.messages.set(message.id, message);
    this.changed(message);
    return message;
  }

  /** Replaces the fields of a message that `body` names (as PATCH does) and ends its "thinking" state. */
  edit(id: string, body: SentMessage): ChannelMessage | undefined {
    const message = this.messages.get(id);
    if (!message) return undefined;
    message.body = { ...message.body, ...body };
    message.thinking = false;
    this.changed(message);
    return message;
  }

  get(id: string): ChannelMessage | undefined {
    return this.messages.get(id);
  }

  /** Every message, oldest first. */
  all(): ChannelMessage[] {
    return [...this.messages.values()];
  }
}
