import { expect } from 'vitest';
import type { FittedReply } from '../../src/discord/fitReply.js';
import { embedLength } from '../../src/discord/fitReply.js';
import * as L from '../../src/discord/limits.js';

/** Asserts every Discord limit on a reply, and that it pings no one. */
export function expectWithinLimits(reply: FittedReply): void {
  expect(reply.content.length).toBeLessThanOrEqual(L.MAX_CONTENT_LENGTH);
  expect(reply.content.trim() !== '' || reply.embeds.length > 0).toBe(true);
  expect(reply.embeds.length).toBeLessThanOrEqual(L.MAX_EMBEDS);
  let total = 0;
  for (const embed of reply.embeds) {
    expect(embed.title?.length ?? 0).toBeLessThanOrEqual(L.MAX_EMBED_TITLE_LENGTH);
    expect(embed.description?.length ?? 0).toBeLessThanOrEqual(L.MAX_EMBED_DESCRIPTION_LENGTH);
    expect(embed.footer?.text.length ?? 0).toBeLessThanOrEqual(L.MAX_FOOTER_TEXT_LENGTH);
    expect(embed.author?.name.length ?? 0).toBeLessThanOrEqual(L.MAX_AUTHOR_NAME_LENGTH);
    expect(embed.fields?.length ?? 0).toBeLessThanOrEqual(L.MAX_EMBED_FIELDS);
    for (const field of embed.fields ?? []) {
      expect(field.name.length).toBeGreaterThan(0);
      expect(field.name.length).toBeLessThanOrEqual(L.MAX_FIELD_NAME_LENGTH);
      expect(field.value.length).toBeGreaterThan(0);
      expect(field.value.length).toBeLessThanOrEqual(L.MAX_FIELD_VALUE_LENGTH);
    }
    total += embedLength(embed);
  }
  expect(total).toBeLessThanOrEqual(L.MAX_EMBEDS_TOTAL_LENGTH);
  expect(reply.components.length).toBeLessThanOrEqual(L.MAX_ACTION_ROWS);
  for (const row of reply.components) {
    expect(row.components.length).toBeLessThanOrEqual(L.MAX_BUTTONS_PER_ROW);
    for (const button of row.components) {
      expect(button.label?.length ?? 0).toBeLessThanOrEqual(L.MAX_BUTTON_LABEL_LENGTH);
      expect(button.custom_id.length).toBeGreaterThan(0);
      expect(button.custom_id.length).toBeLessThanOrEqual(L.MAX_CUSTOM_ID_LENGTH);
    }
  }
  expect(reply.allowedMentions).toEqual({ parse: [], repliedUser: false });
}
