/**
 * The metric chooser, used for the gadget's own metric (`metric`) and for each formula variable
 * (`metric.variables.<i>.metric`): one friendly list of what to compute (codec.ts maps its entries
 * to the configuration's metrics), the field to aggregate, and the "done" condition of a ratio.
 */
import type { MetricValues } from './codec';
import { checkbox, field, h, idFor, select, setVal, val } from './dom';
import { FIELD_METRICS, metricChoices, type Choices } from './options';
import { t } from './translate';
import { kindIs, metricIs, shownWhen, type At } from './visibility';

/**
 * The controls of a metric at `p` (its values in the form's at `at`): what to compute, the field to
 * aggregate, the "done" clause.
 * `extra` are more choices (the gadget's metric adds "formula"); `segments` adds the progress
 * bar's status segments switch.
 */
export function metricControls(p: string, at: At<MetricValues>, extra: Choices = [], segments = false): HTMLElement[] {
  const doneJql = h('input', { type: 'text', placeholder: 'statusCategory = Done', spellcheck: false, 'data-jql': '' });
  return [
    field(`${p}.type`, t('metric.show'), select([...metricChoices(), ...extra])),
    shownWhen(
      metricIs(at, ...FIELD_METRICS),
      'div',
      {},
      field(`${p}.fieldId`, t('metric.field'), select([['', t('metric.loadingFields')]]), t('metric.fieldHint')),
    ),
    shownWhen(
      metricIs(at, 'ratio'),
      'div',
      {},
      field(`${p}.doneJql`, t('metric.done'), doneJql, t('metric.doneHint')),
      segments ? shownWhen(kindIs('progress'), 'div', {}, checkbox(idFor(`${p}.segments`), t('metric.segments'), `${p}.segments`)) : null,
    ),
    shownWhen(metricIs(at, 'age-oldest', 'age-average'), 'p', { class: 'hint' }, t('metric.ageHint')),
    shownWhen(metricIs(at, 'dueIn'), 'p', { class: 'hint' }, t('metric.dueHint')),
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
