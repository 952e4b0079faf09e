/**
 * Which parts of the form apply. A part that depends on other settings is built with `showWhen(rule,
 * element)`: a rule is a predicate over the form's values (codec.ts `FormValues`, the configuration as
 * the form holds it), made from the typed rules below, so a rule naming a kind, a metric or a source
 * type the configuration lacks does not compile. The form evaluates every rule on each change
 * (`updateVisibility`) and hides the parts whose rule does not hold.
 */
import type { GadgetConfig } from '../../functions/config/types';
import type { FORMAT_STYLES, SourceType } from '../../functions/config/vocabulary';
import type { FormValues, MetricChoice, MetricValues, SourceValues } from './codec';
import { h } from './dom';

/** Whether a part applies to what the form holds. */
export type Rule = (v: FormValues) => boolean;
/** Where a chooser's values are in the form's: the gadget's own source or metric, the comparison's, a formula variable's. */
export type At<T> = (v: FormValues) => T | undefined;

/** What the expected-progress list offers ('' = off), as the codec writes it. */
type ExpectedMode = '' | 'dates' | 'version' | 'sprint';

/** The gadget is one of `kinds`. */
export const kindIs =
  (...kinds: GadgetConfig['kind'][]): Rule =>
  (v) =>
    (kinds as string[]).includes(v.kind);

/** The metric chooser at `at` has one of `choices` ('formula' only on the gadget's own metric). */
export const metricIs =
  (at: At<MetricValues>, ...choices: (MetricChoice | 'formula')[]): Rule =>
  (v) =>
    (choices as string[]).includes(at(v)?.choice ?? '');

/** The source chooser at `at` reads its issues from one of `types`. */
export const sourceIs =
  (at: At<SourceValues>, ...types: SourceType[]): Rule =>
  (v) =>
    (types as string[]).includes(at(v)?.type ?? '');

/** The number is a formula. */
export const isFormula: Rule = metricIs((v) => v.metric, 'formula');
/** The number is not a formula. */
export const notFormula: Rule = (v) => !isFormula(v);
/**
 * The scale, and a prefix, suffix or unit, apply unless the progress bar shows done of total (a
 * percentage of its own issues).
 */
export const hasScale: Rule = (v) => !(kindIs('progress')(v) && metricIs((w) => w.metric, 'ratio')(v));
export const thresholdsOn: Rule = (v) => v.thresholds.on;
export const trendOn: Rule = (v) => v.trend.on;
export const compareOn: Rule = (v) => v.compare.on;
/** The number format is `style`. */
export const formatIs =
  (style: (typeof FORMAT_STYLES)[number]): Rule =>
  (v) =>
    v.format.style === style;
/** Expected progress is measured by `mode`. */
export const expectedIs =
  (mode: ExpectedMode): Rule =>
  (v) =>
    v.expected.mode === mode;

const rules = new WeakMap<Element, Rule>();

/** Shows `el` only while `rule` holds (from the next {@link updateVisibility}); returns `el`. */
function showWhen<E extends HTMLElement>(rule: Rule, el: E): E {
  rules.set(el, rule);
  el.setAttribute('data-show', '');
  return el;
}

/** Shows only the parts of `root` whose rule holds for the form's `values`. */
export function updateVisibility(root: ParentNode, values: FormValues): void {
  for (const el of root.querySelectorAll<HTMLElement>('[data-show]')) {
    const rule = rules.get(el);
    if (rule) el.hidden = !rule(values);
  }
}

/** `h(tag, attrs, ...children)`, shown only while `rule` holds. */
export function shownWhen<K extends keyof HTMLElementTagNameMap>(
  rule: Rule,
  tag: K,
  attrs: Parameters<typeof h>[1],
  ...children: Parameters<typeof h>[2][]
): HTMLElementTagNameMap[K] {
  return showWhen(rule, h(tag, attrs, ...children));
}
