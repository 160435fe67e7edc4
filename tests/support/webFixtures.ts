import { readFileSync } from 'node:fs';
import { mkdir } from 'node:fs/promises';
import path from 'node:path';
import type { AddContext } from '../../src/web/addArticle.js';
import { tempDir } from './fixtureCorpus.js';

/** The hand-written news pages under tests/fixtures/web (news-site shapes: furniture around the article). */
export const WEB_FIXTURES = path.resolve(import.meta.dirname, '../fixtures/web');

/** A fixture page's bytes. */
export function webFixture(name: string): Buffer {
  return readFileSync(path.join(WEB_FIXTURES, name));
}

/**
 * A page declaring ISO-8859-1 whose bytes are windows-1252: curly quotes (0x93/0x94), an en dash (0x96),
 * "café" (0xE9) and a euro sign (0x80), as an old CMS writes them.
 */
export function latin1Page(): Buffer {
  const html = `<!DOCTYPE html><html><head>
<meta http-equiv="Content-Type" content="text/html; charset=ISO-8859-1">
<title>Caf\u00e9 owners fined | Harbour Post</title></head><body>
<div class="menu"><a href="/">Home</a></div>
<article><h1>Caf\u00e9 owners fined</h1>
<p>The owners of the harbour caf\u00e9 were fined \u20ac4,000 on Monday for serving food after the kitchen failed two hygiene inspections in a row.</p>
<p>\u201cWe have changed everything since the inspection \u2013 the fridges, the floors and the staff training,\u201d the manager told the court.</p>
</article></body></html>`;
  const table: Record<string, number> = { '\u201c': 0x93, '\u201d': 0x94, '\u2013': 0x96, '\u20ac': 0x80 };
  return Buffer.from([...html].map((c) => table[c] ?? c.charCodeAt(0)));
}

/**
 * A fresh temporary folder holding an empty corpus folder and an index cache path, as `add` and the feed poller
 * write into, with private addresses allowed (the tests' news server is on 127.0.0.1).
 */
export async function tempAddContext(
  prefix: string,
): Promise<{ root: string; context: AddContext; cleanup: () => Promise<void> }> {
  const { dir: root, cleanup } = await tempDir(prefix);
  const context: AddContext = {
    corpusDir: path.join(root, 'corpus'),
    cacheDir: path.join(root, 'cache', 'index'),
    fetch: { allowPrivate: true },
  };
  await mkdir(context.corpusDir);
  return { root, context, cleanup };
}
