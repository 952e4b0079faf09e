/**
 * The form's fieldsets about how the number looks: colours by thresholds, words for values, number
 * format, the counter's comparison and auto-refresh; and the two row lists (threshold steps, value
 * mappings) they hold.
 */
import { LIMITS } from '../../functions/config/limits';
import type { MappingValues, StepValues } from './codec';
import { checkbox, errorSlot, field, group, h, idFor, select, textInput, val } from './dom';
import { baseFor, nextStep } from './steps';
import {
  compareModeChoices,
  decimalChoices,
  directionChoices,
  paletteChoices,
  refreshChoices,
  styleChoices,
  thresholdModeChoices,
} from './options';
import { sourceGroup } from './pickers';
import type { RowKind } from './rows';
import { swatches, swatchValue } from './swatches';
import { t } from './translate';
import { compareOn, formatIs, hasScale, isFormula, kindIs, notFormula, shownWhen, thresholdsOn } from './visibility';

/**
 * Threshold steps: new ones start relative to the scale and take colours by the direction
 * (steps.ts); the first one also sets the base colour below it (red when higher is better).
 */
export const STEP_ROWS: RowKind<StepValues> = {
  addId: 'add-step',
  addText: () => t('colours.addStep'),
  next: (rows, form) => {
    const v = (path: string) => val(form, path);
    const c = {
      kind: v('kind'),
      mode: v('thresholds.mode'),
      min: v('min'),
      max: v('max'),
      target: v('target'),
      higherIsBetter: v('higherIsBetter'),
    };
    if (rows.length === 0) {
      const base = form.querySelector<HTMLInputElement>(`#${idFor('thresholds.base')} input[value="${baseFor(c)}"]`);
      if (base) base.checked = true;
    }
    return nextStep(rows, c);
  },
  focusPath: (i) => `thresholds.steps.${i}.from`,
  removeLabel: (i) => t('colours.removeStep', { n: i + 1 }),
  build: (s, i, remove) => {
    const p = `thresholds.steps.${i}`;
    const from = h('input', { type: 'text', inputmode: 'decimal', size: 6, value: s.from });
    const label = h('input', { type: 'text', maxlength: LIMITS.thresholdLabel, placeholder: t('colours.stepPlaceholder'), value: s.label });
    return h(
      'div',
      { class: 'step', role: 'group', 'aria-labelledby': `step-${i}-title` },
      h('span', { class: 'label', id: `step-${i}-title` }, t('colours.step', { n: i + 1 })),
      h('div', { class: 'row' }, field(`${p}.from`, t('colours.from'), from), field(`${p}.label`, t('colours.name'), label)),
      h('div', { class: 'field' }, swatches(`${p}.color`, `step-${i}-title`, s.color), errorSlot(`${p}.color`)),
      remove,
    );
  },
  read: (root, i, s) => {
    const p = `thresholds.steps.${i}`;
    return { from: val(root, `${p}.from`), label: val(root, `${p}.label`), color: swatchValue(root, `${p}.color`) ?? s.color };
  },
};

/** Value mappings: the first one maps 0 (its words are focused), later ones start empty. */
export const MAPPING_ROWS: RowKind<MappingValues> = {
  addId: 'add-mapping',
  addText: () => t('words.add'),
  next: (rows) => ({ value: rows.length ? '' : '0', text: '' }),
  focusPath: (i) => `mappings.${i}.${i > 0 ? 'value' : 'text'}`,
  removeLabel: (i) => t('words.remove', { n: i + 1 }),
  build: (m, i, remove) => {
    const p = `mappings.${i}`;
    return h(
      'div',
      { class: 'mapping row', role: 'group', 'aria-label': t('words.group', { n: i + 1 }) },
      field(`${p}.value`, t('words.value'), h('input', { type: 'text', inputmode: 'decimal', size: 6, value: m.value })),
      field(
        `${p}.text`,
        t('words.text'),
        h('input', { type: 'text', maxlength: LIMITS.mappingText, placeholder: t('words.textPlaceholder'), value: m.text }),
      ),
      remove,
    );
  },
  read: (root, i) => ({ value: val(root, `mappings.${i}.value`), text: val(root, `mappings.${i}.text`) }),
};

/** Colours: thresholds (base colour, the `steps` list and its add button), direction and palette. */
export function coloursFieldset(steps: { el: HTMLElement; addButton: HTMLElement }): HTMLFieldSetElement {
  return group(
    t('colours.legend'),
    checkbox('use-thresholds', t('colours.use')),
    shownWhen(
      thresholdsOn,
      'div',
      {},
      field('thresholds.mode', t('colours.mode'), select(thresholdModeChoices()), t('colours.modeHint')),
      h(
        'div',
        { class: 'base-step' },
        h('span', { class: 'label', id: 'base-label' }, t('colours.base')),
        h(
          'div',
          { class: 'row' },
          field('thresholds.baseLabel', t('colours.name'), textInput(LIMITS.thresholdLabel, t('colours.basePlaceholder'))),
        ),
        h('div', { class: 'field' }, swatches('thresholds.base', 'base-label', 'green'), errorSlot('thresholds.base')),
      ),
      steps.el,
      errorSlot('thresholds.steps'),
      errorSlot('thresholds'),
      steps.addButton,
    ),
    h(
      'div',
      { class: 'row' },
      field('higherIsBetter', t('colours.direction'), select(directionChoices()), t('colours.directionHint')),
      field('palette', t('colours.palette'), select(paletteChoices()), t('colours.paletteHint')),
    ),
  );
}

/** Words for values: the `mappings` list with its add button, and the words for no value. */
export function wordsFieldset(mappings: { el: HTMLElement; addButton: HTMLElement }): HTMLFieldSetElement {
  return group(
    t('words.legend'),
    mappings.el,
    errorSlot('mappings'),
    mappings.addButton,
    field('noValueText', t('words.noValue'), textInput(LIMITS.noValueText, t('words.noValuePlaceholder')), t('words.noValueHint')),
  );
}

export function formatFieldset(): HTMLFieldSetElement {
  const currency = textInput(3, 'USD', { size: 4, autocomplete: 'off' });
  return group(
    t('format.legend'),
    h(
      'div',
      { class: 'row' },
      field('format.style', t('format.style'), select(styleChoices())),
      shownWhen(
        formatIs('currency'),
        'div',
        { class: 'field-wrap' },
        field('format.currency', t('format.currencyCode'), currency, t('format.currencyHint')),
      ),
      field('format.decimals', t('format.decimals'), select(decimalChoices())),
    ),
    shownWhen(
      hasScale,
      'div',
      // A progress bar's done of total is a percent: no prefix, suffix or unit to add.
      { class: 'row' },
      field('format.prefix', t('format.prefix'), textInput(LIMITS.prefix, '~', { size: 4 })),
      field(
        'format.suffix',
        t('format.suffix'),
        textInput(LIMITS.suffix, t('format.suffixPlaceholder'), { size: 4 }),
        t('format.suffixHint'),
      ),
      field('format.unit', t('format.unit'), textInput(LIMITS.unit, t('format.unitPlaceholder'), { size: 6 }), t('format.unitHint')),
    ),
  );
}

/** The counter's comparison with a second set of issues (a formula writes its own instead). */
export function comparisonPart(): HTMLElement {
  return shownWhen(
    kindIs('counter'),
    'div',
    {},
    group(
      t('compare.legend'),
      shownWhen(
        notFormula,
        'div',
        {},
        checkbox('use-compare', t('compare.use')),
        shownWhen(
          compareOn,
          'div',
          {},
          sourceGroup('compare.source', t('compare.with'), (v) => v.compare.source),
          field('compare.label', t('compare.label'), textInput(LIMITS.compareLabel, t('compare.labelPlaceholder'))),
          h(
            'div',
            { class: 'row' },
            field('compare.mode', t('compare.mode'), select(compareModeChoices()), t('compare.modeHint')),
            field('compare.decimals', t('compare.decimals'), select(decimalChoices())),
          ),
          errorSlot('compare'),
        ),
      ),
      shownWhen(isFormula, 'p', { class: 'hint' }, t('compare.formulaHint')),
    ),
  );
}

export function refreshFieldset(): HTMLFieldSetElement {
  return group(t('refresh.legend'), field('refresh', t('refresh.label'), select(refreshChoices()), t('refresh.hint')));
}
