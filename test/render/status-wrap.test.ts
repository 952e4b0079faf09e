/**
 * Status cards keep their whole message at every width (issue #25 §11): the message and Jira's detail
 * wrap to lines and the card grows when the gadget's height does not hold them; only past a bound of
 * lines does an ellipsis appear, and the full text is always in the accessible name.
 */
import { describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { renderStatus } from '../../render/index';
import type { GadgetKind } from '../../render/types';
import { LANGUAGES, translator } from '../../i18n/index';
import { allElements, parseXml, textContent } from '../helpers/xml';
import { textOutsideCanvas } from './fit';

/** Jira's own wording of a JQL refusal (the detail is passed through as Jira gave it). */
const DETAIL = "Field 'prioritee' does not exist or you do not have permission to view it.";
const KINDS: (GadgetKind | undefined)[] = [undefined, 'counter', 'gauge', 'progress'];
const squeeze = (text: string) => text.replace(/\s/g, '');

function texts(svg: string): string[] {
  return allElements(parseXml(svg))
    .filter((e) => e.name === 'text')
    .map(textContent);
}

describe('status card text at narrow widths', () => {
  for (const locale of LANGUAGES)
    for (const width of [240, 400, 1200])
      for (const kind of KINDS)
        it(`${locale} ${width} px ${kind ?? 'plain'}: whole message and detail, inside the canvas`, () => {
          const message = translator(locale)('status.invalidJql');
          const svg = renderStatus(
            { state: 'error', title: 'Open bugs', message, detail: DETAIL, ...(kind ? { kind } : {}) },
            { width, locale },
          );
          const shown = texts(svg);
          assert.ok(!shown.some((t) => t.includes('…')), `cut: ${shown.join(' | ')}`);
          assert.ok(squeeze(shown.join('')).includes(squeeze(message)), `message: ${shown.join(' | ')}`);
          assert.ok(squeeze(shown.join('')).includes(squeeze(DETAIL)), `detail: ${shown.join(' | ')}`);
          assert.deepEqual(textOutsideCanvas(svg), []);
        });

  it('a card is never shorter than the gadget it stands in for, and grows only when its text needs it', () => {
    const short = renderStatus({ state: 'error', message: 'Jira is not answering', kind: 'progress' }, { width: 400 });
    const long = renderStatus({ state: 'error', message: 'Jira is not answering', detail: DETAIL, kind: 'progress' }, { width: 240 });
    const height = (svg: string) => Number(/viewBox="0 0 \S+ (\S+)"/.exec(svg)?.[1]);
    const plain = renderStatus({ state: 'error', message: 'x', kind: 'progress' }, { width: 240 });
    assert.equal(height(short), height(renderStatus({ state: 'error', message: 'x', kind: 'progress' }, { width: 400 })));
    assert.ok(height(long) > height(plain), `${height(long)} > ${height(plain)}`);
  });

  it('past the bound of lines the last one ends in an ellipsis, and the full text stays in the name', () => {
    const detail = 'word '.repeat(55).trim(); // under cleanText's 300 characters, over four lines at 240 px
    const svg = renderStatus({ state: 'error', message: 'Jira could not run this query', detail }, { width: 240 });
    const root = parseXml(svg);
    const shown = texts(svg);
    assert.ok(shown.length <= 1 + 4 + 4, `lines: ${shown.length}`);
    assert.ok(shown[shown.length - 1].endsWith('…'));
    assert.ok(root.attrs['aria-label'].includes(detail));
    assert.deepEqual(textOutsideCanvas(svg), []);
  });
});
