import { readFileSync } from 'node:fs';
import path from 'node:path';
import { beforeAll, describe, expect, test } from 'vitest';
import type { Engine } from '../../src/engine/Engine.js';
import { loadEngine } from '../../src/engine/loadEngine.js';
import { REPO_ROOT } from '../support/fixtureCorpus.js';

/**
 * The verbatim guarantee, checked against the files themselves: every quote is `text.slice(start, end)` of the
 * article's text as the file holds it, where this test decodes the file by its own code (not the engine's
 * decoder): UTF-8 with a leading BOM removed, or Latin-1 with each byte one code point. Line ends, double spaces
 * and tabs inside a quote are the file's own, so a change that collapses white space in quotes or turns CRLF
 * into LF on reading fails here. tests/fixtures/verbatim/.gitattributes keeps git from touching the bytes.
 */
const DIR = path.join(REPO_ROOT, 'tests/fixtures/verbatim');

interface Fixture {
  /** The article id: the file name without `.txt`. */
  readonly id: string;
  readonly encoding: 'utf-8' | 'latin1';
  /** What a reader would ask about this file. */
  readonly question: string;
  /** Raw text the best quote must contain: the file's own white space or characters around the answer. */
  readonly quoted: string;
}

const FIXTURES: readonly Fixture[] = [
  {
    id: 'hard-wrapped',
    encoding: 'utf-8',
    question: 'How many visitors did the lantern festival in Oakridge draw?',
    quoted: 'drew some\ntwelve thousand visitors over three nights,\norganisers',
  },
  {
    id: 'double-spaces',
    encoding: 'utf-8',
    question: 'How often will the island ferry sail?',
    quoted: 'The  island ferry will sail  every forty minutes',
  },
  {
    id: 'tabs',
    encoding: 'utf-8',
    question: 'How much fruit did the apple orchard harvest?',
    quoted: 'orchard\tharvested\t\tnine tonnes',
  },
  {
    id: 'bom',
    encoding: 'utf-8',
    question: 'How far did the glacier retreat last year?',
    quoted: 'The glacier retreated by forty metres',
  },
  {
    id: 'crlf',
    encoding: 'utf-8',
    question: 'Why did the bakers go on strike?',
    quoted: 'went on\r\nstrike for higher wages',
  },
  {
    id: 'latin1',
    encoding: 'latin1',
    question: 'How many guests did the café on the Rue Émile serve?',
    quoted:
      'caf\u00e9 on the Rue \u00c9mile served cr\u00e8me br\u00fbl\u00e9e to ninety guests, at \u00a34\u00bd each',
  },
  {
    id: 'everything',
    encoding: 'utf-8',
    question: 'When did engineers reopen the canal lock?',
    quoted: 'Engineers  reopened the canal lock\tafter\r\nseven weeks  of repairs to its\t\tgates,\r\nthe',
  },
];

/** The file's text, decoded here: UTF-8 without a leading BOM, or Latin-1 (one code point per byte). */
function readOwnText(fixture: Fixture): string {
  const bytes = readFileSync(path.join(DIR, `${fixture.id}.txt`));
  if (fixture.encoding === 'latin1') return Array.from(bytes, (byte) => String.fromCharCode(byte)).join('');
  const text = bytes.toString('utf8');
  return text.startsWith('\uFEFF') ? text.slice(1) : text;
}

const TEXTS = new Map(FIXTURES.map((fixture) => [fixture.id, readOwnText(fixture)]));

let engine: Engine;
beforeAll(async () => {
  // Whether to answer at all is the confidence model's business (tested elsewhere); here every question is
  // answered, so the test is about what a quote is: an exact slice of the file, its white space included.
  engine = await loadEngine(DIR, { onWarning: () => undefined, minConfidence: 0 });
});

describe('quotes are exact slices of the file as written', () => {
  test('the fixtures hold what they are named for (so the checks below mean something)', () => {
    expect(TEXTS.get('hard-wrapped')).toMatch(/[a-z]\n[a-z]/);
    expect(TEXTS.get('double-spaces')).toContain('  ');
    expect(TEXTS.get('tabs')).toContain('\t\t');
    expect(readFileSync(path.join(DIR, 'bom.txt')).subarray(0, 3)).toEqual(Buffer.from([0xef, 0xbb, 0xbf]));
    expect(TEXTS.get('crlf')?.split('\n').slice(0, -1)).toSatisfy((lines: string[]) =>
      lines.every((line) => line.endsWith('\r')),
    );
    const latin1 = readFileSync(path.join(DIR, 'latin1.txt'));
    expect(() => new TextDecoder('utf-8', { fatal: true }).decode(latin1)).toThrow();
    expect(latin1.every((byte) => byte < 0x80 || byte >= 0xa0)).toBe(true); // Latin-1 proper, not Windows-1252
  });

  test.each(FIXTURES)('$id: every excerpt is text.slice(start, end) of its file', (fixture) => {
    const result = engine.answer(fixture.question);
    expect(result.kind).toBe('found');
    if (result.kind !== 'found') return;
    // The quote with the file's own line ends and spaces is among the excerpts (which one ranks first is the
    // ranking tests' business).
    expect(result.excerpts.some((e) => e.sourceId === fixture.id && e.quote.includes(fixture.quoted))).toBe(
      true,
    );
    for (const excerpt of result.excerpts) {
      const text = TEXTS.get(excerpt.sourceId);
      expect(text).toBeDefined();
      expect(excerpt.quote).toBe(text?.slice(excerpt.start, excerpt.end));
    }
  });

  test("each article's text is its file's text, line ends and white space included", () => {
    for (const fixture of FIXTURES) expect(engine.getArticle(fixture.id)?.text).toBe(TEXTS.get(fixture.id));
  });
});
