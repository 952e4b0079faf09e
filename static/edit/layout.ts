/**
 * The form's fieldsets, top to bottom: what the gadget is and shows (this file), then how it looks
 * (layout-display.ts). Each function builds one part; controls are addressed by config paths
 * (`field('trend.series', …)`) and typed rules (visibility.ts `shownWhen`) show the parts that apply.
 */
import { LIMITS } from '../../functions/config/limits';
import type { GadgetConfig } from '../../functions/config/types';
import { checkbox, errorSlot, field, group, h, idFor, numberInput, select, textInput } from './dom';
import { metricControls } from './metric';
import { expectedChoices, formulaChoice, intervalChoices, kindChoices, POINT_CHOICES, seriesChoices } from './options';
import { sourceGroup } from './pickers';
import { FORM_PRESETS, type FormPreset } from './presets';
import { t } from './translate';
import { expectedIs, hasScale, isFormula, kindIs, shownWhen, trendOn, type Rule } from './visibility';

/**
 * "Start from a preset": one button per preset of this gadget's kind; `pick` fills the form with it.
 * `undo` is the place for the "replaced your settings — Undo" line the form shows after a pick.
 */
export function presetSection(kind: GadgetConfig['kind'], pick: (preset: FormPreset) => void, undo: HTMLElement): HTMLElement {
  const buttons = FORM_PRESETS.filter((p) => p.kind === kind).map((p) => {
    const b = h(
      'button',
      { type: 'button', class: 'preset', 'data-preset': p.id, 'aria-describedby': `preset-${p.id}` },
      h('span', { class: 'preset-name' }, t(p.name)),
      h('span', { class: 'preset-blurb', id: `preset-${p.id}` }, t(p.blurb)),
    );
    b.addEventListener('click', () => pick(p));
    return b;
  });
  return h(
    'section',
    { class: 'presets', 'aria-labelledby': 'presets-title' },
    h('h2', { id: 'presets-title' }, t('presets.title')),
    h('div', { class: 'preset-list' }, ...buttons),
    undo,
  );
}

/**
 * Title and label. The kind is the gadget's own (Jira's gadget list offers one per kind, the module
 * decides): a hidden control for the `kind=` rules, and a line that names it.
 */
export function gadgetFieldset(kind: GadgetConfig['kind']): HTMLFieldSetElement {
  const name = kindChoices().find(([k]) => k === kind)?.[1] ?? kind;
  return group(
    t('gadget.legend'),
    h('input', { type: 'hidden', id: idFor('kind'), 'data-path': 'kind', value: kind }),
    h('p', { class: 'hint', id: 'kind-name' }, t('gadget.kind'), ': ', h('strong', {}, name)),
    field('title', t('gadget.title'), textInput(LIMITS.title, t('gadget.titlePlaceholder')), t('gadget.titleHint')),
    field('label', t('gadget.label'), textInput(LIMITS.label, t('gadget.labelPlaceholder')), t('gadget.labelHint')),
  );
}

/** The gadget's issues, with what they are for when the number is a formula. */
export function issuesParts(): HTMLElement[] {
  return [
    sourceGroup('source', t('issues.legend'), (v) => v.source),
    shownWhen(isFormula, 'p', { class: 'hint' }, t('issues.formulaHint')),
  ];
}

/** What number is shown: a metric over the issues, or a formula (its editor is `formula`). */
export function numberFieldset(formula: HTMLElement): HTMLFieldSetElement {
  return group(
    t('number.legend'),
    ...metricControls('metric', (v) => v.metric, formulaChoice(), true),
    shownWhen(isFormula, 'div', {}, formula),
  );
}

export function trendPart(): HTMLElement {
  return shownWhen(
    kindIs('counter', 'gauge'),
    'div',
    {},
    group(
      t('trend.legend'),
      checkbox('use-trend', t('trend.show')),
      shownWhen(
        trendOn,
        'div',
        {},
        h(
          'div',
          { class: 'row' },
          field('trend.series', t('trend.series'), select(seriesChoices())),
          field('trend.interval', t('trend.interval'), select(intervalChoices())),
          field('trend.points', t('trend.points'), select(POINT_CHOICES)),
        ),
        h('p', { class: 'hint' }, t('trend.hint')),
        errorSlot('trend'),
      ),
    ),
  );
}

export function expectedPart(): HTMLElement {
  return shownWhen(
    kindIs('progress'),
    'div',
    {},
    group(
      t('expected.legend'),
      field('expected.mode', t('expected.mode'), select(expectedChoices()), t('expected.modeHint')),
      shownWhen(
        expectedIs('dates'),
        'div',
        { class: 'row' },
        field('expected.start', t('expected.start'), h('input', { type: 'date' })),
        field('expected.end', t('expected.end'), h('input', { type: 'date' })),
      ),
      shownWhen(
        expectedIs('version'),
        'div',
        { class: 'row' },
        field('expected.projectKey', t('expected.project'), select([['', t('source.loadingProjects')]])),
        field('expected.versionId', t('expected.versionLabel'), select([['', t('list.chooseProject')]]), t('expected.versionHint')),
      ),
      shownWhen(
        expectedIs('sprint'),
        'div',
        {},
        h('p', { class: 'hint' }, t('expected.sprintHint')),
        field('expected.sprint', t('expected.sprintPick'), select([['active', t('expected.sprintActive')]]), t('expected.sprintPickHint')),
      ),
      errorSlot('expected'),
    ),
  );
}

/**
 * Minimum, maximum, target: a gauge uses all three, a counter its target ("of N"), a progress bar
 * only a maximum, and only when its number is not done-of-total (then the fieldset is hidden).
 */
export function scaleFieldset(): HTMLElement {
  const only = (rule: Rule, child: HTMLElement) => shownWhen(rule, 'div', { class: 'field-wrap' }, child);
  return shownWhen(
    hasScale,
    'div',
    {},
    group(
      t('scale.legend'),
      h(
        'div',
        { class: 'row' },
        only(kindIs('gauge'), field('min', t('scale.min'), numberInput(), t('scale.minHint'))),
        only(kindIs('gauge', 'progress'), field('max', t('scale.max'), numberInput(), t('scale.maxHint'))),
        only(kindIs('gauge', 'counter'), field('target', t('scale.target'), numberInput(), t('scale.targetHint'))),
      ),
    ),
  );
}
