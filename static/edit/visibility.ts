/**
 * Which parts of the form apply: an element with `data-show` is shown only while its rule holds.
 * Rules: `path=a|b` (the control of `path` has one of the values), `path!=a` (it has none of them),
 * or `checkbox-id` (that checkbox is checked). A key with a dot, or `kind`, is a config path.
 * Rules joined by `;` are alternatives: the element shows while any of them holds.
 */
import { idFor } from './dom';

export interface ShowRule {
  /** The control's DOM id. */
  id: string;
  /** The values that show the element; undefined: the checkbox must be checked. */
  values?: string[];
  /** `!=`: shown when the value is none of `values`. */
  negate: boolean;
}

/** Reads a `data-show` rule. */
export function parseRule(rule: string): ShowRule {
  const negate = rule.includes('!=');
  const [key, want] = rule.split(negate ? '!=' : '=');
  const id = key.includes('.') || key === 'kind' ? idFor(key) : key;
  return want === undefined ? { id, negate } : { id, values: want.split('|'), negate };
}

/** Whether `rule` holds for its control (null when the form has no such control). */
export function ruleHolds(rule: ShowRule, control: { value: string; checked: boolean } | null): boolean {
  if (rule.values === undefined) return !!control?.checked;
  return rule.values.includes(control?.value ?? '') !== rule.negate;
}

/** Whether any of the `;`-separated rules of `show` holds in `root`. */
export function shows(root: ParentNode, show: string): boolean {
  return show
    .split(';')
    .map(parseRule)
    .some((rule) => ruleHolds(rule, root.querySelector<HTMLInputElement>(`#${rule.id}`)));
}

/** Shows only the parts of `root` whose rule holds. */
export function updateVisibility(root: ParentNode): void {
  for (const el of root.querySelectorAll<HTMLElement>('[data-show]')) el.hidden = !shows(root, el.dataset.show!);
}
