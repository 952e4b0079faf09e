/**
 * The metric chooser, used for the gadget's own metric (`metric`) and for each formula variable
 * (`metric.variables.<i>.metric`): one friendly list of what to compute (codec.ts maps its entries
 * to the configuration's metrics), the field to aggregate, and the "done" condition of a ratio.
 */
import type { MetricValues } from './codec';
import { checkbox, field, h, idFor, select, setVal, val } from './dom';
import { FIELD_METRICS, METRIC_CHOICES, type Choices } from './options';

/**
 * The controls of a metric at `p`: what to compute, the field to aggregate, the "done" clause.
 * `extra` are more choices (the gadget's metric adds "formula"); `segments` adds the progress
 * bar's status segments switch.
 */
export function metricControls(p: string, extra: Choices = [], segments = false): HTMLElement[] {
  const fieldHint = 'Number fields of your Jira (e.g. Story Points, estimates in seconds).';
  const doneJql = h('input', { type: 'text', placeholder: 'statusCategory = Done', spellcheck: false, 'data-jql': '' });
  return [
    field(`${p}.type`, 'Show', select([...METRIC_CHOICES, ...extra])),
    h(
      'div',
      { 'data-show': `${p}.type=${FIELD_METRICS.join('|')}` },
      field(`${p}.fieldId`, 'Field', select([['', 'Loading fields…']]), fieldHint),
    ),
    h(
      'div',
      { 'data-show': `${p}.type=ratio` },
      field(`${p}.doneJql`, '“Done” means', doneJql, 'A JQL condition; empty means status category Done.'),
      segments
        ? h(
            'div',
            { 'data-show': 'kind=progress' },
            checkbox(idFor(`${p}.segments`), 'Show To Do / In Progress / Done segments', `${p}.segments`),
          )
        : null,
    ),
    h(
      'p',
      { class: 'hint', 'data-show': `${p}.type=age-oldest|age-average` },
      'Days since each issue was created; use a query of open issues for the age of the backlog.',
    ),
    h('p', { class: 'hint', 'data-show': `${p}.type=dueIn` }, 'Negative when the nearest due date has passed (overdue).'),
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
