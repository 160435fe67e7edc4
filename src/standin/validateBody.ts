import { existsSync, readFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { Ajv2020 } from 'ajv/dist/2020.js';
import type { ErrorObject, ValidateFunction } from 'ajv/dist/2020.js';

/** Discord's 400 for a body it refuses: code 50035 with the failing fields nested as in the body. */
export interface InvalidFormBody {
  readonly code: 50035;
  readonly message: 'Invalid Form Body';
  readonly errors: Record<string, unknown>;
}

/** Checks one REST request body; returns Discord's error body when the spec refuses it, else undefined. */
export type BodyValidator = (method: string, path: string, body: unknown) => InvalidFormBody | undefined;

/** The stand-in's routes (paths relative to /api/v10) mapped to the spec's operation paths. */
const ROUTES: readonly { method: string; pattern: RegExp; specPath: string }[] = [
  {
    method: 'POST',
    pattern: /^\/interactions\/\d+\/[^/]+\/callback$/,
    specPath: '/interactions/{interaction_id}/{interaction_token}/callback',
  },
  {
    method: 'PATCH',
    pattern: /^\/webhooks\/\d+\/[^/]+\/messages\/@original$/,
    specPath: '/webhooks/{webhook_id}/{webhook_token}/messages/@original',
  },
  { method: 'POST', pattern: /^\/webhooks\/\d+\/[^/]+$/, specPath: '/webhooks/{webhook_id}/{webhook_token}' },
  { method: 'POST', pattern: /^\/channels\/\d+\/messages$/, specPath: '/channels/{channel_id}/messages' },
  {
    method: 'PUT',
    pattern: /^\/applications\/\d+\/commands$/,
    specPath: '/applications/{application_id}/commands',
  },
  {
    method: 'PUT',
    pattern: /^\/applications\/\d+\/guilds\/\d+\/commands$/,
    specPath: '/applications/{application_id}/guilds/{guild_id}/commands',
  },
];

/** Finds data/discord-openapi/openapi.json above this file (from src/ or from a compiled copy of it). */
function specFile(): string {
  for (let dir = import.meta.dirname; ; dir = dirname(dir)) {
    const file = join(dir, 'data', 'discord-openapi', 'openapi.json');
    if (existsSync(file)) return file;
    if (dirname(dir) === dir) throw new Error('data/discord-openapi/openapi.json not found');
  }
}

const pointer = (segment: string): string => segment.replaceAll('~', '~0').replaceAll('/', '~1');

/** Discord's wording for the usual failures; anything else keeps ajv's message. */
function discordError(error: ErrorObject): { code: string; message: string } {
  const p = error.params as Record<string, unknown>;
  switch (error.keyword) {
    case 'maxLength':
    case 'maxItems':
      return { code: 'BASE_TYPE_MAX_LENGTH', message: `Must be ${String(p['limit'])} or fewer in length.` };
    case 'minLength':
    case 'minItems':
      return { code: 'BASE_TYPE_MIN_LENGTH', message: `Must be ${String(p['limit'])} or more in length.` };
    case 'required':
      return { code: 'BASE_TYPE_REQUIRED', message: 'This field is required' };
    case 'enum':
      return {
        code: 'BASE_TYPE_CHOICES',
        message: `Value must be one of ${JSON.stringify(p['allowedValues'])}.`,
      };
    case 'maximum':
    case 'minimum':
      return { code: 'NUMBER_TYPE_MAX', message: `int ${error.message ?? ''}` };
    default:
      return { code: 'BASE_TYPE_INVALID', message: `Invalid value: ${error.message ?? error.keyword}` };
  }
}

/** The field path of an error as keys (`embeds`, `0`, `description`), a missing property included. */
function fieldPath(error: ErrorObject): string[] {
  const keys = error.instancePath
    .split('/')
    .slice(1)
    .map((k) => k.replaceAll('~1', '/').replaceAll('~0', '~'));
  if (error.keyword === 'required')
    keys.push(String((error.params as Record<string, unknown>)['missingProperty']));
  return keys;
}

/**
 * The errors worth reporting: a union's failed alternatives ("must be null", "must match a schema in anyOf")
 * say nothing, and an error on a field whose inner field also failed is the less precise of the two.
 */
function relevant(errors: readonly ErrorObject[]): ErrorObject[] {
  const useful = errors.filter(
    (e) =>
      e.keyword !== 'anyOf' &&
      e.keyword !== 'oneOf' &&
      !(e.keyword === 'type' && (e.params as { type: unknown }).type === 'null'),
  );
  // A type mismatch next to other failures is an alternative of a union the body did not choose.
  const chosen = useful.some((e) => e.keyword !== 'type')
    ? useful.filter((e) => e.keyword !== 'type')
    : useful;
  const paths = chosen.map((e) => fieldPath(e).join('/'));
  return chosen.filter((_e, i) => !paths.some((other, j) => j !== i && other.startsWith(`${paths[i]}/`)));
}

/** Nests errors as Discord does: `{ embeds: { 0: { description: { _errors: [...] } } } }`. */
function nest(errors: readonly ErrorObject[]): Record<string, unknown> {
  const root: Record<string, unknown> = {};
  for (const error of errors) {
    let node = root;
    for (const key of fieldPath(error)) node = (node[key] ??= {}) as Record<string, unknown>;
    const list = (node['_errors'] ??= []) as { code: string; message: string }[];
    const found = discordError(error);
    if (!list.some((e) => e.message === found.message)) list.push(found);
  }
  return root;
}

/**
 * Discord reads an integer field sent as a string of digits as that integer (discord.js sends permission
 * bitfields such as `default_member_permissions` as strings), so such strings pass where the spec says integer.
 */
function acceptIntegerStrings(node: unknown): void {
  if (node === null || typeof node !== 'object') return;
  if (Array.isArray(node)) return node.forEach(acceptIntegerStrings);
  const schema = node as Record<string, unknown>;
  const type = schema['type'];
  const types = Array.isArray(type) ? (type as unknown[]) : [type];
  if (types.includes('integer') && !types.includes('string')) {
    schema['type'] = [...types, 'string'];
    schema['pattern'] = '^-?[0-9]+$';
  }
  Object.values(schema).forEach(acceptIntegerStrings);
}

/**
 * Validates request bodies against the part of Discord's OpenAPI spec (3.1, so JSON Schema 2020-12) kept in
 * data/discord-openapi. A union whose alternatives are told apart by `type` (interaction callbacks) is
 * checked against the alternative the body names, so errors point at the body's own fields.
 */
export function createBodyValidator(): BodyValidator {
  const spec = JSON.parse(readFileSync(specFile(), 'utf8')) as Record<string, unknown>;
  const schemas = (spec['components'] as { schemas: Record<string, Record<string, unknown>> }).schemas;
  // strict off: the spec uses its own keywords (x-discord-union) and formats (snowflake, int64).
  acceptIntegerStrings(spec['components']);
  const ajv = new Ajv2020({ strict: false, allErrors: true, validateFormats: false });
  ajv.addSchema({ ...spec, $id: 'discord' });
  const compiled = new Map<string, ValidateFunction>();
  const compile = (ref: string): ValidateFunction => {
    let validate = compiled.get(ref);
    if (!validate) compiled.set(ref, (validate = ajv.compile({ $ref: `discord${ref}` })));
    return validate;
  };
  const schemaOf = (specPath: string, method: string) =>
    (
      spec['paths'] as Record<
        string,
        Record<string, { requestBody: { content: Record<string, { schema: Record<string, unknown> }> } }>
      >
    )[specPath]?.[method.toLowerCase()]?.requestBody.content['application/json']?.schema;

  // Compiled now, not on the first request, so no interaction pays for it against its 3-second deadline.
  for (const route of ROUTES) {
    const base = `#/paths/${pointer(route.specPath)}/${route.method.toLowerCase()}/requestBody/content/application~1json/schema`;
    compile(base);
    const alts = schemaOf(route.specPath, route.method)?.['anyOf'] as { $ref?: string }[] | undefined;
    for (const alt of alts ?? []) if (alt.$ref) compile(alt.$ref);
  }

  return (method, path, body) => {
    const route = ROUTES.find((r) => r.method === method && r.pattern.test(path));
    if (!route) return undefined;
    let ref = `#/paths/${pointer(route.specPath)}/${method.toLowerCase()}/requestBody/content/application~1json/schema`;
    const alternatives = schemaOf(route.specPath, method)?.['anyOf'] as { $ref?: string }[] | undefined;
    const type = (body as { type?: unknown } | null)?.type;
    const named = alternatives?.find((alt) => {
      const schema = schemas[String(alt.$ref).replace('#/components/schemas/', '')];
      return (
        (schema?.['properties'] as Record<string, { enum?: unknown[] }> | undefined)?.['type']?.enum ?? []
      ).includes(type);
    });
    if (named?.$ref) ref = named.$ref;
    const validate = compile(ref);
    if (validate(body)) return undefined;
    return { code: 50035, message: 'Invalid Form Body', errors: nest(relevant(validate.errors ?? [])) };
  };
}
