// Copies from Discord's OpenAPI spec (discord/discord-api-spec, MIT) only the operations the bot calls and the
// schemas they reference, into data/discord-openapi/openapi.json, which the stand-in validates bodies against.
// Run: npx tsx scripts/extractDiscordOpenApi.ts [path/to/openapi.json] (default ../shared/discord-api-spec).
import { readFileSync, writeFileSync } from 'node:fs';
import { resolve } from 'node:path';

/** The REST operations the bot and the deploy script send a JSON body to, as the spec names their paths. */
const USED_OPERATIONS: readonly (readonly [string, string])[] = [
  ['/interactions/{interaction_id}/{interaction_token}/callback', 'post'],
  ['/webhooks/{webhook_id}/{webhook_token}/messages/@original', 'patch'],
  ['/webhooks/{webhook_id}/{webhook_token}', 'post'],
  ['/channels/{channel_id}/messages', 'post'],
  ['/applications/{application_id}/commands', 'put'],
  ['/applications/{application_id}/guilds/{guild_id}/commands', 'put'],
];

type Json = null | boolean | number | string | Json[] | { [key: string]: Json };

const source = resolve(process.argv[2] ?? '../shared/discord-api-spec/openapi.json');
const spec = JSON.parse(readFileSync(source, 'utf8')) as {
  openapi: string;
  info: Json;
  paths: Record<string, Record<string, { operationId: string; requestBody: Json }>>;
  components: { schemas: Record<string, Json> };
};

const paths: Record<string, Record<string, Json>> = {};
for (const [path, method] of USED_OPERATIONS) {
  const operation = spec.paths[path]?.[method];
  if (!operation) throw new Error(`The spec has no ${method.toUpperCase()} ${path}`);
  const json = (operation.requestBody as { content: Record<string, Json> }).content['application/json'];
  paths[path] = {
    ...paths[path],
    [method]: { operationId: operation.operationId, requestBody: { content: { 'application/json': json! } } },
  };
}

// Follow every $ref from the kept operations, transitively.
const schemas: Record<string, Json> = {};
const pending: Json[] = [paths];
while (pending.length > 0) {
  const node = pending.pop();
  if (node === null || typeof node !== 'object') continue;
  if (Array.isArray(node)) {
    pending.push(...node);
    continue;
  }
  for (const [key, value] of Object.entries(node)) {
    if (key === '$ref' && typeof value === 'string') {
      const name = value.replace('#/components/schemas/', '');
      if (!(name in schemas)) {
        const schema = spec.components.schemas[name];
        if (schema === undefined) throw new Error(`Unresolved $ref ${value}`);
        schemas[name] = schema;
        pending.push(schema);
      }
    } else {
      pending.push(value);
    }
  }
}

const out = resolve(import.meta.dirname, '..', 'data', 'discord-openapi', 'openapi.json');
const sorted = Object.fromEntries(Object.entries(schemas).sort(([a], [b]) => a.localeCompare(b)));
writeFileSync(
  out,
  JSON.stringify({ openapi: spec.openapi, info: spec.info, paths, components: { schemas: sorted } }) + '\n',
);
console.log(`Wrote ${Object.keys(paths).length} paths and ${Object.keys(sorted).length} schemas to ${out}`);
