/**
 * The form's fieldsets, top to bottom: what the gadget is and shows (this file), then how it looks
 * (layout-display.ts). Each function builds one part; controls are addressed by config paths
 * (`field('trend.series', …)`) and `data-show` rules (visibility.ts) show the parts that apply.
 */
import { LIMITS } from '../../functions/config/limits';
import { checkbox, errorSlot, field, group, h, numberInput, select, textInput } from './dom';
import { metricControls } from './metric';
import { EXPECTED_CHOICES, FORMULA_CHOICE, INTERVAL_CHOICES, KIND_CHOICES, POINT_CHOICES, SERIES_CHOICES } from './options';
import { sourceGroup } from './pickers';
import { FORM_PRESETS, type FormPreset } from './presets';

/** "Start from a preset": one button per preset; `pick` fills the form with it. */
export function presetSection(pick: (preset: FormPreset) => void): HTMLElement {
  const buttons = FORM_PRESETS.map((p) => {
    const b = h(
      'button',
      { type: 'button', class: 'preset', 'data-preset': p.id, 'aria-describedby': `preset-${p.id}` },
      h('span', { class: 'preset-name' }, p.name),
      h('span', { class: 'preset-blurb', id: `preset-${p.id}` }, p.blurb),
    );
    b.addEventListener('click', () => pick(p));
    return b;
  });
  return h(
    'section',
    { class: 'presets', 'aria-labelledby': 'presets-title' },
    h('h2', { id: 'presets-title' }, 'Start from a preset'),
    h('div', { class: 'preset-list' }, ...buttons),
  );
}

export function gadgetFieldset(): HTMLFieldSetElement {
  return group(
    'Gadget',
    field('kind', 'Type', select(KIND_CHOICES)),
    field('title', 'Title', textInput(LIMITS.title, 'e.g. Open bugs'), 'Shown at the top of the gadget.'),
    field('label', 'Label', textInput(LIMITS.label, 'e.g. bugs'), 'Words under the number.'),
  );
}

/** The gadget's issues, with what they are for when the number is a formula. */
export function issuesParts(): HTMLElement[] {
  const formulaHint =
    'A formula reads each variable’s own issues; these issues are used for the trend (leave the query empty to use variable A’s).';
  return [sourceGroup('source', 'Issues'), h('p', { class: 'hint', 'data-show': 'metric.type=formula' }, formulaHint)];
}

/** What number is shown: a metric over the issues, or a formula (its editor is `formula`). */
export function numberFieldset(formula: HTMLElement): HTMLFieldSetElement {
  return group('Number', ...metricControls('metric', FORMULA_CHOICE, true), h('div', { 'data-show': 'metric.type=formula' }, formula));
}

export function trendPart(): HTMLElement {
  return h(
    'div',
    { 'data-show': 'kind=counter|gauge' },
    group(
      'Trend',
      checkbox('use-trend', 'Show a trend line under the number'),
      h(
        'div',
        { 'data-show': 'use-trend' },
        h(
          'div',
          { class: 'row' },
          field('trend.series', 'Of', select(SERIES_CHOICES)),
          field('trend.interval', 'Per', select(INTERVAL_CHOICES)),
          field('trend.points', 'Points', select(POINT_CHOICES)),
        ),
        h(
          'p',
          { class: 'hint' },
          'Counted from Jira at each refresh for each period (the last one is the current period); nothing is stored.',
        ),
        errorSlot('trend'),
      ),
    ),
  );
}

export function expectedPart(): HTMLElement {
  return h(
    'div',
    { 'data-show': 'kind=progress' },
    group(
      'Expected progress',
      field(
        'expected.mode',
        'Compare the work done with the time elapsed',
        select(EXPECTED_CHOICES),
        'Marks where the bar should be today and says whether the work is ahead or behind.',
      ),
      h(
        'div',
        { class: 'row', 'data-show': 'expected.mode=dates' },
        field('expected.start', 'Start date', h('input', { type: 'date' })),
        field('expected.end', 'End date', h('input', { type: 'date' })),
      ),
      h(
        'div',
        { class: 'row', 'data-show': 'expected.mode=version' },
        field('expected.projectKey', 'Project', select([['', 'Loading projects…']])),
        field('expected.versionId', 'Version', select([['', 'Choose a project first']]), 'Uses its start and release dates.'),
      ),
      h(
        'p',
        { class: 'hint', 'data-show': 'expected.mode=sprint' },
        'Its start and end, from the Sprint field of these issues (Jira Software); they must share one active sprint.',
      ),
      errorSlot('expected'),
    ),
  );
}

export function scaleFieldset(): HTMLFieldSetElement {
  const onGaugeOrBar = (child: HTMLElement) => h('div', { class: 'field-wrap', 'data-show': 'kind=gauge|progress' }, child);
  return group(
    'Scale',
    h(
      'div',
      { class: 'row' },
      onGaugeOrBar(field('min', 'Minimum', numberInput(), 'Where the scale starts (default 0).')),
      onGaugeOrBar(field('max', 'Maximum', numberInput(), 'Gauge end, or what fills a progress bar.')),
      field('target', 'Target', numberInput(), 'Marked on the gauge; “of N” on a counter.'),
    ),
  );
}
