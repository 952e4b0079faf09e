/**
 * The preview dashboard's gadgets and their saved configurations: in memory, optionally persisted to a
 * JSON file (e.g. `.glance/configs.json`, git-ignored) so edits survive a restart.
 */
import { existsSync, mkdirSync, readFileSync, renameSync, writeFileSync } from 'node:fs';
import { dirname } from 'node:path';
import type { GadgetKind } from '../../render/types';

/** One gadget on the dashboard: which module it is and what the dashboard stores for it. */
export interface Gadget {
  id: string;
  kind: GadgetKind;
  /** What `view.submit` stored: Jira keeps it as the gadget configuration. */
  config: Record<string, unknown>;
}

export class GadgetStore {
  private readonly gadgets: Gadget[];

  /** `initial` are the preconfigured gadgets; saved configs in `file` (if given and readable) win. */
  constructor(
    initial: readonly Gadget[],
    private readonly file?: string,
  ) {
    this.gadgets = initial.map((g) => ({ ...g, config: structuredClone(g.config) }));
    if (file && existsSync(file)) {
      try {
        const saved = JSON.parse(readFileSync(file, 'utf8')) as Record<string, unknown>;
        for (const [id, c] of Object.entries(saved)) {
          if (!c || typeof c !== 'object' || Array.isArray(c)) continue;
          const g = this.get(id) ?? this.restore(id, c as Record<string, unknown>);
          if (g) g.config = c as Record<string, unknown>;
        }
      } catch (error) {
        console.warn(`glance preview: ignoring unreadable ${file}: ${(error as Error).message}`);
      }
    }
  }

  /** A gadget added in an earlier session: its kind is in its saved config. */
  private restore(id: string, config: Record<string, unknown>): Gadget | undefined {
    const kind = config.kind;
    if (!/^gadget-\d+$/.test(id) || (kind !== 'gauge' && kind !== 'counter' && kind !== 'progress')) return undefined;
    const g: Gadget = { id, kind, config };
    this.gadgets.push(g);
    return g;
  }

  list(): readonly Gadget[] {
    return this.gadgets;
  }

  get(id: string): Gadget | undefined {
    return this.gadgets.find((g) => g.id === id);
  }

  /** Adds an unconfigured gadget (what "Add gadget" on a Jira dashboard does). */
  add(kind: GadgetKind): Gadget {
    let n = this.gadgets.length + 1;
    while (this.get(`gadget-${n}`)) n++;
    const g: Gadget = { id: `gadget-${n}`, kind, config: {} };
    this.gadgets.push(g);
    return g;
  }

  /** Replaces a gadget's configuration (what Jira does on `view.submit`). */
  save(id: string, config: Record<string, unknown>): boolean {
    const g = this.get(id);
    if (!g) return false;
    g.config = structuredClone(config);
    if (this.file) {
      mkdirSync(dirname(this.file), { recursive: true });
      const tmp = `${this.file}.tmp`;
      writeFileSync(tmp, JSON.stringify(Object.fromEntries(this.gadgets.map((x) => [x.id, x.config])), null, 2) + '\n');
      renameSync(tmp, this.file);
    }
    return true;
  }
}
