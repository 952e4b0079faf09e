/**
 * Where validation messages go: next to the field they name (the nearest visible enclosing slot of
 * a dotted path such as `metric.variables.1.source.jql`), or else into the summary at the top.
 */
import type { FieldError } from '../../functions/config/types';
import { h, idFor } from './dom';

export class ErrorPlacement {
  /** The summary for messages without a visible slot (placed first in the form). */
  readonly summary: HTMLDivElement;

  /** `shown` hears every message written to a field ('' when cleared), e.g. to point at its position. */
  constructor(
    private readonly root: ParentNode,
    private readonly shown: (path: string, message: string) => void = () => undefined,
  ) {
    this.summary = h('div', { class: 'summary', id: 'summary', role: 'alert', hidden: true });
  }

  /** Writes one field's message ('' clears it) and marks its control invalid. */
  set(path: string, message: string): void {
    const slot = this.root.querySelector<HTMLElement>(`[data-error-for="${path}"]`);
    if (slot) slot.textContent = message;
    const c = this.root.querySelector(`#${idFor(path)}`);
    if (c) {
      if (message) c.setAttribute('aria-invalid', 'true');
      else c.removeAttribute('aria-invalid');
    }
    this.shown(path, message);
  }

  /**
   * Shows validation errors next to their fields (or the nearest enclosing slot); messages without a
   * visible slot go to the summary. `keep` paths (e.g. Jira's own JQL messages) are left alone.
   */
  show(errors: readonly FieldError[], keep: ReadonlySet<string> = new Set()): void {
    for (const slot of this.root.querySelectorAll<HTMLElement>('[data-error-for]')) {
      if (!keep.has(slot.dataset.errorFor!)) this.set(slot.dataset.errorFor!, '');
    }
    const loose: string[] = [];
    for (const e of errors) {
      if (keep.has(e.path)) continue;
      let p = e.path;
      let slot: HTMLElement | null = null;
      while (p) {
        slot = this.root.querySelector<HTMLElement>(`[data-error-for="${p}"]`);
        if (slot && !slot.closest('[hidden]')) break;
        slot = null;
        p = p.includes('.') ? p.slice(0, p.lastIndexOf('.')) : '';
      }
      if (slot) this.set(p, slot.textContent ? `${slot.textContent} ${e.message}` : e.message);
      else loose.push(e.message);
    }
    this.summary.hidden = loose.length === 0;
    this.summary.textContent = loose.join(' ');
  }

  /** Moves focus to the first field with an error; returns false when there is none. */
  focusFirst(): boolean {
    const first = this.root.querySelector<HTMLElement>('[aria-invalid="true"]') ?? (this.summary.hidden ? null : this.summary);
    if (!first) return false;
    first.focus();
    return true;
  }
}
