/**
 * The metric chooser, used for the gadget's own metric (`metric`) and for each formula variable
 * (`metric.variables.<i>.metric`): one friendly list of what to compute (codec.ts maps its entries
 * to the configuration's metrics), the field to aggregate, and the "done" condition of a ratio.
 */
import type { MetricValues } from './codec';
import { checkbox, field, h, idFor, select, setVal, val } from './dom';
import { FIELD_METRICS, metricChoices, type Choices } from './options';
import { t } from './translate';

/**
 * The controls of a metric at `p`: what to compute, the field to aggregate, the "done" clause.
 * `extra` are more choices (the gadget's metric adds "formula"); `segments` adds the progress
 * bar's status segments switch.
 */
export function metricControls(p: string, extra: Choices = [], segments = false): HTMLElement[] {
  const doneJql = h('input', { type: 'text', placeholder: 'statusCategory = Done', spellcheck: false, 'data-jql': '' });
  return [
    field(`${p}.type`, t('metric.show'), select([...metricChoices(), ...extra])),
    h(
      'div',
      { 'data-show': `${p}.type=${FIELD_METRICS.join('|')}` },
      field(`${p}.fieldId`, t('metric.field'), select([['', t('metric.loadingFields')]]), t('metric.fieldHint')),
    ),
    h(
      'div',
      { 'data-show': `${p}.type=ratio` },
      field(`${p}.doneJql`, t('metric.done'), doneJql, t('metric.doneHint')),
      segments ? h('div', { 'data-show': 'kind=progress' }, checkbox(idFor(`${p}.segments`), t('metric.segments'), `${p}.segments`)) : null,
    ),
    h('p', { class: 'hint', 'data-show': `${p}.type=age-oldest|age-average` }, t('metric.ageHint')),
    h('p', { class: 'hint', 'data-show': `${p}.type=dueIn` }, t('metric.dueHint')),
  ];
}

/** The values of the metric controls at `p`. */
export function metricValuesAt(root: ParentNode, p: string): MetricValues {
  return {
    choice: val(root, `${p}.type`),
    fieldId: val(root, `${p}.fieldId`),
    doneJql: val(root, `${p}.doneJql`),
    segments: root.querySelector<HTMLInputElement>(`#${idFor(`${p}.segments`)}`)?.checked ?? false,
  };
}

/** Puts metric values `v` into the controls at `p`. */
export function setMetricValues(root: ParentNode, p: string, v: MetricValues): void {
  setVal(root, `${p}.type`, v.choice);
  setVal(root, `${p}.fieldId`, v.fieldId);
  setVal(root, `${p}.doneJql`, v.doneJql);
  setVal(root, `${p}.segments`, v.segments);
}
