/** How long one render may spend on Jira, and how that time is shared among its requests. */

/**
 * The time budget of one render's Jira calls. Chosen from what a viewer waits for, not from Forge's
 * 25 s limit: a gadget shows a number, the viewer's kept picture or a card within 10 s of being
 * asked (the view's own guard, static/view/main.ts, is at 9 s). 8 s of Jira leaves the rest for the
 * invocation around it (a cold start, the render).
 */
export const DEFAULT_BUDGET_MS = 8_000;
/**
 * One request (a count, one page of a search) may take at most this share of the budget before it is
 * aborted and retried (full jitter, like a 5xx): a single slow page cannot run past it and take the
 * whole render with it, and a paged aggregation keeps the issues it has (partial) when the retry runs
 * out of time.
 */
export const REQUEST_SHARE = 0.5;
/** While Jira says a budget is nearly spent (or a beta header hints at it), each request waits up to this long, jittered. */
export const NEAR_LIMIT_PACE_MS = 250;
/** The jitter added to a cooldown's end is at most this long. */
export const MAX_JITTER_MS = 5_000;
/** Cooldowns one request waits out at most before giving up. */
export const MAX_COOLDOWN_WAITS = 8;
/** A cooldown that leaves less of the budget than this fails at once: no point sending a request it cannot wait for. */
export const MIN_REQUEST_MS = 1_000;
