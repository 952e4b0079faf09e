/**
 * The sprint picker of expected progress: when it shows, it lists the active sprints of the draft's
 * issues (the `sprintOptions` resolver reads them from the issues' Sprint field), asked again only
 * when the issues change. The chosen sprint stays chosen, named by its id until the list names it.
 */
import type { Option } from '../../functions/contract';
import { ctl, h } from './dom';
import { t } from './translate';

export class SprintPicker {
  private asked = '';

  constructor(
    private readonly root: ParentNode,
    private readonly ask: (source: unknown) => Promise<Option[] | string>,
  ) {}

  /** Lists the active sprints of `source` when the picker shows and the source changed since it last asked. */
  async update(source: unknown): Promise<void> {
    const select = ctl(this.root, 'expected.sprint') as unknown as HTMLSelectElement | null;
    if (!select || select.closest('[hidden]')) return;
    const key = JSON.stringify(source ?? null);
    if (key === this.asked) return;
    this.asked = key;
    const found = await this.ask(source);
    if (this.asked !== key) return; // the issues changed meanwhile
    const keep = select.value;
    const listed = typeof found === 'string' ? [] : found;
    select.replaceChildren(
      h('option', { value: 'active' }, t('expected.sprintActive')),
      ...listed.map((o) => h('option', { value: o.value }, o.label)),
    );
    if (keep !== 'active' && !listed.some((o) => o.value === keep)) {
      select.append(h('option', { value: keep }, t('expected.sprintUnlisted', { id: keep })));
    }
    select.value = keep || 'active';
  }
}
