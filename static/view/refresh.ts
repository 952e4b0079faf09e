/**
 * Which dashboard refresh events are this gadget's. Atlassian's dashboard-gadget reference
 * (https://developer.atlassian.com/platform/forge/manifest-reference/modules/jira-dashboard-gadget/,
 * "Overriding default gadget refresh behavior"): with `refreshable: false` in the manifest the app
 * refreshes itself on JIRA_DASHBOARD_GADGET_REFRESH, whose payload has `origin` ('dashboard' or
 * 'gadget', which refresh button was clicked) and `gadgetId` (the gadget that asked, only for
 * 'gadget'); the event reaches *all* Forge gadgets on the dashboard, so each should act only when
 * `payload.origin === 'dashboard' || payload.gadgetId === thisGadgetId`.
 */

/** This gadget's id from Forge's context (`extension.gadget.id`), if it says one. */
export function gadgetIdOf(ctx: unknown): string | undefined {
  const id = (ctx as { extension?: { gadget?: { id?: unknown } } } | null | undefined)?.extension?.gadget?.id;
  return typeof id === 'string' || typeof id === 'number' ? String(id) : undefined;
}

/**
 * True when the refresh event with `payload` is for the gadget `ownId`: a dashboard-wide refresh,
 * this gadget's own, or one that does not say (no origin, or we do not know our id: refreshing
 * once too often beats never refreshing). Another gadget's refresh is not ours.
 */
export function refreshIsFor(payload: unknown, ownId: string | undefined): boolean {
  if (typeof payload !== 'object' || payload === null) return true;
  const { origin, gadgetId } = payload as { origin?: unknown; gadgetId?: unknown };
  if (origin !== 'gadget') return true;
  if (ownId === undefined || (typeof gadgetId !== 'string' && typeof gadgetId !== 'number')) return true;
  return String(gadgetId) === ownId;
}
