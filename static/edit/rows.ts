/**
 * A list of rows the user adds and removes (threshold steps, value mappings). The rows' values live
 * here and are read back from their controls before any change, so typed text survives a re-render.
 */
import { ctl, h } from './dom';
import { t } from './translate';

/** What one kind of row looks like and how it is read. */
export interface RowKind<T> {
  /** Id and text of the list's add button. */
  addId: string;
  addText(): string;
  /** The row the add button appends to `rows`. */
  /** The row to add after `rows`; `form` is the form the list is in (for defaults that depend on other fields). */
  next(rows: readonly T[], form: ParentNode): T;
  /** The control path focused in a row just added at index `i`. */
  focusPath(i: number): string;
  /** The Remove button's accessible name for row `i`. */
  removeLabel(i: number): string;
  /** The row element for `row` at index `i`, with its `remove` button placed in it. */
  build(row: T, i: number, remove: HTMLButtonElement): HTMLElement;
  /** Row `i` as its controls inside `root` show it (`row` is its last known values). */
  read(root: ParentNode, i: number, row: T): T;
}

export class RowList<T> {
  /** The rows' container, and the add button (placed by the layout, e.g. after an error slot). */
  readonly el: HTMLDivElement;
  readonly addButton: HTMLButtonElement;
  private rows: T[] = [];

  /** `className` is the container's class; `changed` runs after a row is added or removed. */
  constructor(
    className: string,
    private readonly kind: RowKind<T>,
    private readonly changed: () => void,
  ) {
    this.el = h('div', { class: className });
    this.addButton = h('button', { type: 'button', class: 'subtle', id: kind.addId }, kind.addText());
    this.addButton.addEventListener('click', () => {
      this.sync();
      this.rows.push(kind.next(this.rows, this.el.closest('form') ?? this.el));
      this.render();
      this.changed();
      ctl(this.el, kind.focusPath(this.rows.length - 1))?.focus();
    });
  }

  /** The rows as their controls show them. */
  values(): T[] {
    this.sync();
    return [...this.rows];
  }

  /** Replaces every row. */
  set(rows: readonly T[]): void {
    this.rows = [...rows];
    this.render();
  }

  private sync(): void {
    this.rows = this.rows.map((row, i) => this.kind.read(this.el, i, row));
  }

  private render(): void {
    this.el.replaceChildren(...this.rows.map((row, i) => this.kind.build(row, i, this.removeButton(i))));
  }

  private removeButton(i: number): HTMLButtonElement {
    const b = h('button', { type: 'button', class: 'subtle remove', 'aria-label': this.kind.removeLabel(i) }, t('rows.remove'));
    b.addEventListener('click', () => {
      this.sync();
      this.rows.splice(i, 1);
      this.render();
      this.changed();
      this.addButton.focus();
    });
    return b;
  }
}
