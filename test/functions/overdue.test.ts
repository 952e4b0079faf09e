/**
 * "Days until the nearest due date" past that date says "overdue" in words (issue #25 §9): the
 * gadget shows "3 days overdue", never "-3 days", on the card and in the spoken text, in every
 * language; the value stays negative for thresholds and the gauge's scale.
 */
import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import type { GadgetConfig } from '../../functions/config/types';
import { renderInputs } from '../../functions/render-inputs';
import { render } from '../../render/index';
import { LANGUAGES, translator } from '../../i18n/index';
import { MINUS } from '../../render/format';

const due = (kind: GadgetConfig['kind'], extra: Partial<GadgetConfig> = {}): GadgetConfig => ({
  version: 2,
  kind,
  source: { type: 'jql', jql: 'project = A' },
  metric: { type: 'dueIn' },
  ...extra,
});
const links = { value: '/issues/?jql=x' };
const shown = (svg: string) => [...svg.matchAll(/<text[^>]*>(.*?)<\/text>/g)].map((m) => m[1].replace(/<[^>]*>/g, '')).join(' ');
const spoken = (svg: string) => /aria-label="([^"]*)"/.exec(svg)?.[1] ?? '';

function draw(config: GadgetConfig, value: number, locale: string): string {
  const { spec, reading } = renderInputs(config, { value, href: links.value, links }, locale);
  return render(spec, reading, { locale, width: 400 });
}

describe('days until due, past the date', () => {
  for (const locale of LANGUAGES)
    for (const kind of ['counter', 'gauge'] as const)
      it(`${kind} in ${locale}: "3 … overdue" shown and spoken, no minus`, () => {
        const svg = draw(due(kind, kind === 'gauge' ? { min: -10, max: 30 } : {}), -3, locale);
        const words = translator(locale)('unit.daysOverdue', { count: 3 });
        assert.ok(
          shown(svg)
            .replace(/\u00A0/g, ' ')
            .includes(words),
          `${words} in ${shown(svg)}`,
        );
        assert.ok(spoken(svg).includes(words), `${words} in ${spoken(svg)}`);
        assert.ok(!/[-\u2212]\s*3/.test(shown(svg)) && !spoken(svg).includes(`${MINUS}3`), `minus in ${shown(svg)} / ${spoken(svg)}`);
      });

  it('English words, one day and several', () => {
    assert.match(spoken(draw(due('counter'), -1, 'en')), /^1 day overdue$/);
    assert.match(spoken(draw(due('counter'), -3, 'en')), /^3 days overdue$/);
    assert.match(spoken(draw(due('counter'), -3, 'de')), /^3 Tage überfällig$/);
  });

  it('not yet due stays "days"; a unit the user typed stays theirs', () => {
    assert.match(spoken(draw(due('counter'), 5, 'en')), /^5 days$/);
    assert.match(spoken(draw(due('counter', { format: { unit: 'd' } }), -3, 'en')), /^[-\u2212]3 d$/);
  });

  it('the value stays negative for thresholds', () => {
    const { reading } = renderInputs(due('counter'), { value: -3, href: links.value, links }, 'en');
    assert.equal(reading.value, -3);
  });
});
