/**
 * Where the issues come from, and the lists filled from Jira: the source chooser (JQL, a saved filter
 * or a project, with search boxes), and the pickers of fields, projects, filters and versions.
 */
import type { Option } from '../../functions/contract';
import type { SourceValues } from './codec';
import { ctl, field, group, h, idFor, select, setVal, val } from './dom';
import { projectPresetChoices, sourceChoices } from './options';
import { t } from './translate';
import { shownWhen, sourceIs, type At } from './visibility';

/** Loads picker options; `query` filters by name (for versions: the project key). */
export type OptionKind = 'fieldOptions' | 'projectOptions' | 'filterOptions' | 'versionOptions';
export type OptionLoader = (kind: OptionKind, query?: string) => Promise<Option[] | string>;

/** The source chooser for `source`, `compare.source` or a formula variable's source at `p` (its values in the form's at `at`). */
export function sourceGroup(p: string, legend: string, at: At<SourceValues>): HTMLFieldSetElement {
  const placeholder = 'project = ABC AND type = Bug AND statusCategory != Done'; // JQL: the same in every language
  const jql = h('textarea', { rows: 2, spellcheck: false, placeholder, 'data-jql': '' });
  return group(
    legend,
    field(`${p}.type`, t('source.from'), select(sourceChoices())),
    shownWhen(sourceIs(at, 'jql'), 'div', {}, field(`${p}.jql`, t('source.jql'), jql, t('source.jqlHint'))),
    shownWhen(
      sourceIs(at, 'filter'),
      'div',
      {},
      field(`${p}.filterQuery`, t('source.searchFilters'), h('input', { type: 'search', placeholder: t('source.filterPlaceholder') })),
      field(`${p}.filterId`, t('source.filter'), select([['', t('source.loadingFilters')]])),
      // The chosen filter's owner and query (Pickers fills it), so filters of the same name can be told apart.
      h('div', { class: 'filter-about', id: aboutId(p), hidden: true }),
    ),
    shownWhen(
      sourceIs(at, 'project'),
      'div',
      {},
      field(`${p}.projectQuery`, t('source.searchProjects'), h('input', { type: 'search', placeholder: t('source.projectPlaceholder') })),
      field(`${p}.projectKey`, t('source.project'), select([['', t('source.loadingProjects')]])),
      field(`${p}.preset`, t('source.which'), select(projectPresetChoices())),
    ),
  );
}

/** The id of the line under the filter picker at `p` that names the chosen filter's owner and query. */
function aboutId(p: string): string {
  return `${idFor(`${p}.filterId`)}-about`;
}

/** The values of the source chooser at `p` (the query as typed, the rest trimmed). */
export function sourceValuesAt(root: ParentNode, p: string): SourceValues {
  return {
    type: val(root, `${p}.type`),
    jql: ctl(root, `${p}.jql`)?.value ?? '',
    filterId: val(root, `${p}.filterId`),
    projectKey: val(root, `${p}.projectKey`),
    preset: val(root, `${p}.preset`),
  };
}

/** Puts source values `v` into the chooser at `p`. */
export function setSourceValues(root: ParentNode, p: string, v: SourceValues): void {
  setVal(root, `${p}.type`, v.type);
  setVal(root, `${p}.jql`, v.jql);
  setVal(root, `${p}.filterId`, v.filterId);
  setVal(root, `${p}.projectKey`, v.projectKey);
  setVal(root, `${p}.preset`, v.preset);
}

/** Fills the pickers inside `root` from Jira; a list that cannot be loaded says so in its error slot. */
export class Pickers {
  /** The saved filters listed so far, by id (this page's memory only): their names, owners and queries. */
  private readonly filters = new Map<string, Option>();

  constructor(
    private readonly root: ParentNode,
    private readonly load: OptionLoader,
    private readonly setError: (path: string, message: string) => void,
    /** Called when what is known of a chosen filter changed (a list arrived, another filter was chosen). */
    private readonly filterShown: () => void = () => undefined,
  ) {}

  /** Loads the filter and project lists of the source chooser at `p` and wires its search boxes. */
  wire(p: string): void {
    this.search(`${p}.filterQuery`, `${p}.filterId`, 'filterOptions');
    this.search(`${p}.projectQuery`, `${p}.projectKey`, 'projectOptions');
    ctl(this.root, `${p}.filterId`)?.addEventListener('change', () => this.showFilter(p));
  }

  /** The saved filter chosen in the source chooser at `p`, when its list named it. */
  chosenFilter(p: string): Option | undefined {
    const id = val(this.root, `${p}.filterId`);
    return id ? this.filters.get(id) : undefined;
  }

  /** Writes the chosen filter's owner and query under the picker at `p` (hidden when unknown). */
  showFilter(p: string): void {
    const about = this.root.querySelector<HTMLElement>(`#${aboutId(p)}`);
    if (!about) return;
    const filter = this.chosenFilter(p);
    const lines = [
      filter?.owner ? h('p', { class: 'hint' }, t('source.filterOwner', { owner: filter.owner })) : null,
      filter?.jql ? h('p', { class: 'hint' }, t('source.filterQuery'), ' ', h('code', { class: 'mono' }, filter.jql)) : null,
    ].filter((line) => line !== null);
    about.replaceChildren(...lines);
    about.hidden = lines.length === 0;
    const sel = ctl(this.root, `${p}.filterId`);
    const described = (sel?.getAttribute('aria-describedby') ?? '').split(' ').filter((id) => id && id !== about.id);
    sel?.setAttribute('aria-describedby', [...described, ...(about.hidden ? [] : [about.id])].join(' '));
    this.filterShown();
  }

  /** Replaces a picker's options, keeping the current choice even if the list no longer has it. */
  async fill(path: string, kind: OptionKind, query?: string): Promise<void> {
    const sel = ctl(this.root, path) as unknown as HTMLSelectElement | null;
    if (!sel) return;
    const noProject = kind === 'versionOptions' && !query;
    const result = noProject ? [] : await this.load(kind, query);
    const keep = sel.value;
    if (kind === 'filterOptions' && typeof result !== 'string') for (const o of result) this.filters.set(o.value, o);
    // A filter is listed with its owner: two filters of the same name are told apart at a glance.
    const labelOf = (o: Option) =>
      kind === 'filterOptions' && o.owner ? t('source.filterOption', { name: o.label, owner: o.owner }) : o.label;
    const opts: [string, string][] = typeof result === 'string' ? [] : result.map((o) => [o.value, labelOf(o)]);
    if (keep && !opts.some(([v]) => v === keep)) opts.unshift([keep, t('list.notListed', { value: keep })]);
    const failed = typeof result === 'string';
    const empty = t(failed ? 'list.failed' : noProject ? 'list.chooseProject' : opts.length ? 'list.choose' : 'list.empty');
    sel.replaceChildren(h('option', { value: '' }, empty), ...opts.map(([v, l]) => h('option', { value: v }, l)));
    sel.value = keep;
    this.setError(path, typeof result === 'string' ? result : '');
    if (kind === 'filterOptions') this.showFilter(path.slice(0, -'.filterId'.length));
  }

  /** Loads `target`'s list now, and again filtered by the search box `query` as the user types. */
  private search(query: string, target: string, kind: 'projectOptions' | 'filterOptions'): void {
    let timer: ReturnType<typeof setTimeout> | undefined;
    const box = ctl(this.root, query)!;
    box.addEventListener('input', (e) => {
      e.stopPropagation(); // searching is not a settings change
      clearTimeout(timer);
      timer = setTimeout(() => void this.fill(target, kind, val(this.root, query)), 250);
    });
    box.addEventListener('change', (e) => e.stopPropagation());
    void this.fill(target, kind);
  }
}
