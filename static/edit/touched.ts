/**
 * Whose errors the form shows: the paths the user has changed, or all of them once Save is pressed,
 * settings are imported or a stored configuration is opened. Choosing "Saved filter" or "Sum" is no
 * mistake yet; the filter or field left to choose is said when Save is pressed.
 */
export class Touched {
  private readonly paths = new Set<string>();
  /** Every error shows. */
  all = false;

  /** Records the path of each control the user changes inside `form`. */
  constructor(form: HTMLElement) {
    const touch = (e: Event) => {
      const path = (e.target as HTMLElement).closest<HTMLElement>('[data-path]')?.dataset.path;
      if (path) this.paths.add(path);
    };
    form.addEventListener('input', touch, true);
    form.addEventListener('change', touch, true);
  }

  /** Marks `path` as touched (a finding about the data that this field fixes shows at once). */
  add(path: string): void {
    this.paths.add(path);
  }

  /** Whether errors at `path` show: it, a part of it or a setting it is part of was touched. */
  shows(path: string): boolean {
    return this.all || [...this.paths].some((p) => p === path || p.startsWith(`${path}.`) || path.startsWith(`${p}.`));
  }
}
