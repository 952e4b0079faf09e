/**
 * The gadget view's words: the page's HTML says in English what the view says before Forge's context
 * has named the viewer's language, and those defaults are the English catalogue's words (i18n/en/view.ts),
 * so the two cannot drift apart. Every language's words come through viewWordsFor by Jira's and
 * BCP 47 spellings of a locale; a language without a catalogue gets English.
 */
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { describe, it } from 'node:test';
import { view as viewEn } from '../../i18n/en/view';
import { viewWordsFor } from '../../i18n/view';
import { view as viewDe } from '../../i18n/de/view';
import { view as viewJa } from '../../i18n/ja/view';

const HTML = readFileSync(new URL('../../static/view/index.html', import.meta.url), 'utf8');

describe("the view's words", () => {
  it("the HTML's defaults are the English catalogue's", () => {
    assert.match(HTML, /<html lang="en">/);
    for (const key of ['view.loading', 'view.downloadSvg', 'view.downloadPng'] as const) {
      assert.ok(HTML.includes(`aria-label="${viewEn[key]}"`), `${key}: "${viewEn[key]}" in index.html`);
    }
    // Words on the page from its first byte, before any script: "Reading Jira…" visible too, and the Retry button.
    for (const key of ['view.loading', 'view.retry'] as const) {
      assert.ok(HTML.includes(`>${viewEn[key]}</`), `${key}: "${viewEn[key]}" as text in index.html`);
    }
  });

  it("are chosen by the locale's language, whatever its spelling; English otherwise", () => {
    const table: [unknown, typeof viewEn | typeof viewDe][] = [
      ['de_DE', viewDe],
      ['de-AT', viewDe],
      ['ja', viewJa],
      ['ja_JP', viewJa],
      ['en_GB', viewEn],
      ['zh_CN', viewEn],
      ['', viewEn],
      [undefined, viewEn],
      [42, viewEn],
    ];
    for (const [locale, words] of table) assert.equal(viewWordsFor(locale), words, String(locale));
  });
});
