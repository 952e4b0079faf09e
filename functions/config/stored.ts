/**
 * Reading the configuration the dashboard hands us: "not configured yet" detection and the gadget
 * kind implied by the module (glance-gauge / glance-counter / glance-progress).
 */
import type { GadgetKind } from '../../render/types';
import { GADGET_KINDS } from './vocabulary';

const MODULE_PREFIX = 'glance-';

/** The kind a module key stands for, e.g. `glance-counter` → `counter`; undefined for other keys. */
export function kindOfModule(moduleKey: unknown): GadgetKind | undefined {
  if (typeof moduleKey !== 'string' || !moduleKey.startsWith(MODULE_PREFIX)) return undefined;
  const kind = moduleKey.slice(MODULE_PREFIX.length);
  return (GADGET_KINDS as readonly string[]).includes(kind) ? (kind as GadgetKind) : undefined;
}

/** True when the gadget has never been configured: no configuration, or an empty object. */
export function isUnconfigured(raw: unknown): boolean {
  return raw === undefined || raw === null || (typeof raw === 'object' && !Array.isArray(raw) && Object.keys(raw).length === 0);
}

/**
 * The configuration with the module's kind. Jira's gadget list has one module per kind
 * (manifest.yml: `glance-gauge`, `glance-counter`, `glance-progress`), and the module decides: a
 * `kind` stored in the configuration (an older form's Type select, imported JSON) never turns a
 * gauge gadget into a counter. The module's key comes with every call's context (`moduleKey` in
 * @forge/bridge 7.2's `FullContext`, out/types.d.ts; @forge/resolver 2.0 passes the event's context
 * on to `req.context`, out/index.js). Without a Glance module key the stored kind stays.
 */
export function withModuleKind(raw: unknown, moduleKey: unknown): unknown {
  const kind = kindOfModule(moduleKey);
  if (!kind || typeof raw !== 'object' || raw === null || Array.isArray(raw)) return raw;
  return { ...raw, kind };
}

/**
 * True when a configuration names no issues yet: no source, a blank query, or a filter or project
 * not chosen. The edit preview of such a draft asks the user to choose what to count.
 */
export function hasNoIssues(raw: unknown): boolean {
  if (typeof raw !== 'object' || raw === null || Array.isArray(raw)) return true;
  const source = (raw as { source?: unknown }).source;
  if (typeof source !== 'object' || source === null) return true;
  const { type, jql, filterId, projectKey } = source as Record<string, unknown>;
  const blank = (v: unknown) => v === undefined || v === null || (typeof v === 'string' && v.trim() === '');
  if (type === 'filter') return blank(filterId);
  if (type === 'project') return blank(projectKey);
  return blank(jql);
}
