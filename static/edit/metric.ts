/**
 * The metric chooser, used for the gadget's own metric (`metric`) and for each formula variable
 * (`metric.variables.<i>.metric`): one friendly list of what to compute, mapped to the config shapes
 * `{type: 'count'}`, `{type: 'aggregate', op, fieldId}`, `{type: 'ratio'}`, `{type: 'age', op}`, `{type: 'dueIn'}`.
 */
import { checkbox, field, h, idFor, select, setVal, val } from './dom';

type Obj = Record<string, unknown>;

const AGGREGATES = [
  ['sum', 'Sum of a number field'],
  ['avg', 'Average of a number field'],
  ['min', 'Smallest value of a number field'],
  ['max', 'Largest value of a number field'],
  ['median', 'Median of a number field'],
  ['countNonEmpty', 'Issues with a value in a field'],
] as const;

/** Choices of a metric over one source (everything but a formula). */
export const SOURCE_METRICS = [
  ['count', 'Number of issues'],
  ...AGGREGATES,
  ['ratio', 'Share of issues done'],
  ['age-oldest', 'Age of the oldest issue (days)'],
  ['age-average', 'Average age of the issues (days)'],
  ['dueIn', 'Days until the nearest due date'],
] as const;

const OPS: readonly string[] = AGGREGATES.map(([v]) => v);
const FIELD_CHOICES = OPS.join('|');

/**
 * The controls of a metric at `p`: what to compute, the field to aggregate, the "done" clause.
 * `extra` are more choices (the gadget's metric adds "formula"); `segments` adds the progress
 * bar's status segments switch.
 */
export function metricControls(p: string, extra: readonly (readonly [string, string])[] = [], segments = false): HTMLElement[] {
  return [
    field(`${p}.type`, 'Show', select([...SOURCE_METRICS, ...extra])),
    h('div', { 'data-show': `${p}.type=${FIELD_CHOICES}` }, field(`${p}.fieldId`, 'Field', select([['', 'Loading fields…']]), 'Number fields of your Jira (e.g. Story Points, estimates in seconds).')),
    h(
      'div',
      { 'data-show': `${p}.type=ratio` },
      field(`${p}.doneJql`, '“Done” means', h('input', { type: 'text', placeholder: 'statusCategory = Done', spellcheck: false, 'data-jql': '' }), 'A JQL condition; empty means status category Done.'),
      segments ? h('div', { 'data-show': 'kind=progress' }, checkbox(idFor(`${p}.segments`), 'Show To Do / In Progress / Done segments', `${p}.segments`)) : null,
    ),
    h('p', { class: 'hint', 'data-show': `${p}.type=age-oldest|age-average` }, 'Days since each issue was created; use a query of open issues for the age of the backlog.'),
    h('p', { class: 'hint', 'data-show': `${p}.type=dueIn` }, 'Negative when the nearest due date has passed (overdue).'),
  ];
}

/** The metric described by the controls at `p`, or undefined for a choice this helper does not know (e.g. formula). */
export function readMetricAt(root: ParentNode, p: string, withSegments: boolean): Obj | undefined {
  const t = val(root, `${p}.type`);
  if (t === 'count' || t === 'dueIn') return { type: t };
  if (OPS.includes(t)) return { type: 'aggregate', op: t, fieldId: val(root, `${p}.fieldId`) };
  if (t === 'ratio') {
    const seg = withSegments && (root.querySelector<HTMLInputElement>(`#${idFor(`${p}.segments`)}`)?.checked ?? false);
    return { type: t, doneJql: val(root, `${p}.doneJql`) || undefined, segments: seg ? true : undefined };
  }
  if (t === 'age-oldest' || t === 'age-average') return { type: 'age', op: t.slice(4) };
  return undefined;
}

/** The choice in the metric list that stands for metric `m` (v1 `sum` included). */
export function choiceOf(m: Obj | undefined): string {
  if (!m) return 'count';
  if (m.type === 'sum') return 'sum';
  if (m.type === 'aggregate') return String(m.op ?? 'sum');
  if (m.type === 'age') return `age-${String(m.op ?? 'oldest')}`;
  return String(m.type ?? 'count');
}

/** Puts metric `m` into the controls at `p`. */
export function fillMetricAt(root: ParentNode, p: string, m: Obj | undefined): void {
  setVal(root, `${p}.type`, choiceOf(m));
  setVal(root, `${p}.fieldId`, m && (m.type === 'aggregate' || m.type === 'sum') ? m.fieldId : '');
  setVal(root, `${p}.doneJql`, m?.type === 'ratio' ? m.doneJql : '');
  setVal(root, `${p}.segments`, m?.type === 'ratio' && m.segments === true);
}
