import { describe, expect, it } from 'vitest';
import { normaliseUrl } from '../../src/web/normaliseUrl.js';

describe('normaliseUrl', () => {
  it('drops the fragment and tracking parameters, keeps the others', () => {
    expect(
      normaliseUrl('HTTPS://News.Example:443/a/b.html?utm_source=rss&id=7&utm_medium=x&fbclid=abc#comments'),
    ).toBe('https://news.example/a/b.html?id=7');
    expect(normaliseUrl('https://news.example/a?utm_campaign=z')).toBe('https://news.example/a');
  });
});
