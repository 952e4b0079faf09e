/**
 * The form's fieldsets about how the number looks: colours by thresholds, words for values, number
 * format, the counter's comparison and auto-refresh; and the two row lists (threshold steps, value
 * mappings) they hold.
 */
import { LIMITS } from '../../functions/config/limits';
import type { MappingValues, StepValues } from './codec';
import { checkbox, errorSlot, field, group, h, select, textInput, val } from './dom';
import {
  COMPARE_MODE_CHOICES, DECIMAL_CHOICES, DIRECTION_CHOICES, PALETTE_CHOICES, REFRESH_CHOICES, STYLE_CHOICES,
  THRESHOLD_MODE_CHOICES,
} from './options';
import { sourceGroup } from './pickers';
import type { RowKind } from './rows';
import { swatches, swatchValue } from './swatches';

/** Threshold steps: each starts 10 above the last one (the first at 50, amber; later ones red). */
export const STEP_ROWS: RowKind<StepValues> = {
  addId: 'add-step',
  addText: '+ Add step',
  next: (rows) => {
    const last = rows.at(-1);
    return { from: last ? String(Number(last.from || 0) + 10) : '50', color: last ? 'red' : 'amber', label: '' };
  },
  focusPath: (i) => `thresholds.steps.${i}.from`,
  removeLabel: (i) => `Remove step ${i + 1}`,
  build: (s, i, remove) => {
    const p = `thresholds.steps.${i}`;
    const from = h('input', { type: 'text', inputmode: 'decimal', size: 6, value: s.from });
    const label = h('input', { type: 'text', maxlength: LIMITS.thresholdLabel, placeholder: 'e.g. warning', value: s.label });
    return h(
      'div',
      { class: 'step', role: 'group', 'aria-labelledby': `step-${i}-title` },
      h('span', { class: 'label', id: `step-${i}-title` }, `Step ${i + 1}`),
      h('div', { class: 'row' }, field(`${p}.from`, 'From value', from), field(`${p}.label`, 'Name (optional)', label)),
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
  addText: '+ Add value mapping',
  next: (rows) => ({ value: rows.length ? '' : '0', text: '' }),
  focusPath: (i) => `mappings.${i}.${i > 0 ? 'value' : 'text'}`,
  removeLabel: (i) => `Remove value mapping ${i + 1}`,
  build: (m, i, remove) => {
    const p = `mappings.${i}`;
    return h(
      'div',
      { class: 'mapping row', role: 'group', 'aria-label': `Value mapping ${i + 1}` },
      field(`${p}.value`, 'Value', h('input', { type: 'text', inputmode: 'decimal', size: 6, value: m.value })),
      field(`${p}.text`, 'Shown as', h('input', { type: 'text', maxlength: LIMITS.mappingText, placeholder: 'All clear', value: m.text })),
      remove,
    );
  },
  read: (root, i) => ({ value: val(root, `mappings.${i}.value`), text: val(root, `mappings.${i}.text`) }),
};

/** Colours: thresholds (base colour, the `steps` list and its add button), direction and palette. */
export function coloursFieldset(steps: { el: HTMLElement; addButton: HTMLElement }): HTMLFieldSetElement {
  const modeHint = 'Percent: of the target on a counter, of minimum–maximum on a gauge or bar.';
  return group(
    'Colours',
    checkbox('use-thresholds', 'Colour the number by thresholds'),
    h(
      'div',
      { 'data-show': 'use-thresholds' },
      field('thresholds.mode', 'Steps are', select(THRESHOLD_MODE_CHOICES), modeHint),
      h(
        'div',
        { class: 'base-step' },
        h('span', { class: 'label', id: 'base-label' }, 'Below the first step'),
        h('div', { class: 'row' }, field('thresholds.baseLabel', 'Name (optional)', textInput(LIMITS.thresholdLabel, 'e.g. ok'))),
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
      field('higherIsBetter', 'Direction', select(DIRECTION_CHOICES), 'Colours the counter’s change: up is good or bad.'),
      field('palette', 'Colours', select(PALETTE_CHOICES), 'States also show an icon and words.'),
    ),
  );
}

/** Words for values: the `mappings` list with its add button, and the words for no value. */
export function wordsFieldset(mappings: { el: HTMLElement; addButton: HTMLElement }): HTMLFieldSetElement {
  return group(
    'Words for values',
    mappings.el,
    errorSlot('mappings'),
    mappings.addButton,
    field(
      'noValueText',
      'When there is no value',
      textInput(LIMITS.noValueText, 'No data'),
      'Shown instead of “No data” (e.g. no issues, or a division by zero).',
    ),
  );
}

export function formatFieldset(): HTMLFieldSetElement {
  const currency = textInput(3, 'USD', { size: 4, autocomplete: 'off' });
  return group(
    'Number format',
    h(
      'div',
      { class: 'row' },
      field('format.style', 'Style', select(STYLE_CHOICES)),
      h(
        'div',
        { class: 'field-wrap', 'data-show': 'format.style=currency' },
        field('format.currency', 'Currency', currency, 'ISO code: USD, EUR…'),
      ),
      field('format.decimals', 'Decimals', select(DECIMAL_CHOICES)),
    ),
    h(
      'div',
      { class: 'row' },
      field('format.prefix', 'Prefix', textInput(LIMITS.prefix, '~', { size: 4 })),
      field('format.suffix', 'Suffix', textInput(LIMITS.suffix, '/wk', { size: 4 }), 'Right after the number.'),
      field('format.unit', 'Unit', textInput(LIMITS.unit, 'pts', { size: 6 }), 'A word after a space.'),
    ),
  );
}

/** The counter's comparison with a second set of issues (a formula writes its own instead). */
export function comparisonPart(): HTMLElement {
  return h(
    'div',
    { 'data-show': 'kind=counter' },
    group(
      'Comparison',
      h(
        'div',
        { 'data-show': 'metric.type!=formula' },
        checkbox('use-compare', 'Compare with a second set of issues (shows the change ▲/▼)'),
        h(
          'div',
          { 'data-show': 'use-compare' },
          sourceGroup('compare.source', 'Compare with'),
          field('compare.label', 'Comparison label', textInput(LIMITS.compareLabel, 'vs last week')),
          h(
            'div',
            { class: 'row' },
            field('compare.mode', 'Show', select(COMPARE_MODE_CHOICES), 'Percent metrics change in percentage points (pp).'),
            field('compare.decimals', 'Decimals of the change', select(DECIMAL_CHOICES)),
          ),
          errorSlot('compare'),
        ),
      ),
      h(
        'p',
        { class: 'hint', 'data-show': 'metric.type=formula' },
        'A formula has its own queries; write the comparison into it (e.g. A − B).',
      ),
    ),
  );
}

export function refreshFieldset(): HTMLFieldSetElement {
  const hint = 'Jira reloads the gadget on the dashboard at this interval.';
  return group('Refresh', field('refresh', 'Auto-refresh', select(REFRESH_CHOICES), hint));
}
