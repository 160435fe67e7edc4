/** One REST request as it arrived at the stand-in, path decoded and relative to `/api/v10`. */
export interface RecordedRequest {
  readonly method: string;
  readonly path: string;
  readonly query: URLSearchParams;
  readonly body: unknown;
  readonly authorization: string | undefined;
  readonly at: number;
}

/** An embed as the bot sends it (the fields the stand-in and the playground read). */
export interface SentEmbed {
  title?: string;
  description?: string;
  url?: string;
  color?: number;
  footer?: { text: string };
  fields?: { name: string; value: string; inline?: boolean }[];
}

/** A message body the bot sent (reply, edit, follow-up or channel message), or an autocomplete answer. */
export interface SentMessage {
  readonly content?: string;
  readonly embeds?: readonly SentEmbed[];
  readonly components?: readonly {
    components: { custom_id: string; label?: string; disabled?: boolean; style?: number }[];
  }[];
  readonly flags?: number;
  readonly allowed_mentions?: { parse?: unknown[]; replied_user?: boolean };
  readonly message_reference?: { message_id: string };
  readonly choices?: readonly { name: string; value: string }[];
}

/** The final message of an interaction, how it arrived and when. */
export interface FinalReply {
  readonly body: SentMessage;
  readonly at: number;
  readonly via: 'callback' | 'edit' | 'followup';
}

/** What happened to one dispatched interaction. */
export interface InteractionRecord {
  readonly id: string;
  readonly token: string;
  /** Interaction type: 2 command, 3 component (button), 4 autocomplete. */
  readonly type: number;
  readonly userId: string;
  /** The slash command's name (commands and autocomplete). */
  readonly commandName?: string;
  readonly dispatchedAt: number;
  /** The channel message this interaction's response is (its "@original"), once there is one. */
  messageId?: string;
  /** The interaction callback: its type (4 reply, 5 defer, 6/7 update, 8 autocomplete) and time. */
  callback?: { type: number; data: SentMessage | undefined; at: number };
  /** The message the user finally sees, and when it arrived. */
  final?: FinalReply;
  /** Resolves with `final` once it arrives. */
  readonly finalReply: Promise<FinalReply>;
}

/** One option of a dispatched command, as Discord sends it in `data.options`. */
export interface OptionInput {
  readonly name: string;
  readonly type: number;
  readonly value: string | number | boolean;
  readonly focused?: boolean;
}

/** A command as registered through `PUT .../commands`, with the id the stand-in gave it. */
export interface RegisteredCommand {
  readonly id: string;
  readonly name: string;
  readonly description: string;
  readonly options?: readonly {
    name: string;
    description: string;
    type: number;
    required?: boolean;
    autocomplete?: boolean;
    choices?: { name: string; value: string | number }[];
  }[];
  readonly default_member_permissions?: string | null;
}

/** What the stand-in reports to listeners (the playground's inspector and message view). */
export type StandInEvent =
  | {
      readonly kind: 'rest';
      readonly request: RecordedRequest;
      readonly status: number;
      readonly response: unknown;
      /** Why the body was refused against Discord's OpenAPI spec, when it was. */
      readonly rejection?: unknown;
    }
  | { readonly kind: 'dispatch'; readonly t: string; readonly d: unknown; readonly at: number }
  | { readonly kind: 'message'; readonly message: ChannelMessage }
  | { readonly kind: 'commands'; readonly commands: readonly RegisteredCommand[] };

/** A message in the stand-in's one text channel, as the playground shows it. */
export interface ChannelMessage {
  readonly id: string;
  readonly authorId: string;
  body: SentMessage;
  /** Only this user sees it (flag 64 on an interaction response). */
  readonly ephemeralFor?: string;
  /** The slash command this message answers, shown above it as Discord does. */
  readonly interaction?: { readonly name: string; readonly userId: string };
  /** The message this one replies to. */
  readonly replyTo?: string;
  /** A deferred response not yet edited: "Verbatim is thinking…". */
  thinking: boolean;
  readonly at: number;
}
