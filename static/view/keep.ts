/**
 * The last good picture, kept in the gadget frame's memory: a variable of this page, never storage,
 * cookies or anything that outlives it (the server keeps nothing read from Jira, functions/in-flight.ts).
 * When a render fails for a transient reason (rate limit, Jira down or slow, an unreadable answer,
 * no answer at all), the view shows the last good SVG it received with its age and retries by itself;
 * when a person must fix something (the query, permissions, settings), the card shows and nothing is kept.
 *
 * DOM-free, so the storm bench (bench/storm.bench.ts) runs this very logic as the viewer's page.
 */
import type { RenderResult } from '../../functions/contract';
import { isRenderResult } from '../shared/results';

type Picture = Extract<RenderResult, { ok: true }>;
type Card = Extract<RenderResult, { ok: false }>;

/** What the view shows for one answer. */
export type Outcome =
  /** A fresh picture: shown and kept. */
  | { show: 'live'; result: Picture }
  /** Jira cannot answer now: the kept picture, read at `asOf` (ms since the epoch); retried in `retryInMs`. */
  | { show: 'kept'; result: Picture; asOf: number; retryInMs: number; why?: string }
  /** A card: calm and retried when `retryInMs` is set (transient), else red, for a person to act on. */
  | { show: 'card'; result: Card; retryInMs?: number }
  /** No answer at all (the call failed) and nothing kept: the view's own words, retried. */
  | { show: 'failed'; retryInMs: number };

/** The first automatic retry without a word from Jira on when; doubled per failure in a row, up to {@link MAX_RETRY_MS}. */
export const FIRST_RETRY_MS = 15_000;
export const MAX_RETRY_MS = 5 * 60_000;
/** Never sooner than this, whatever Jira said. */
const MIN_RETRY_MS = 2_000;

export class KeptPicture {
  private kept: { result: Picture; asOf: number } | null = null;
  private failures = 0;

  /** `random`: uniform in [0, 1), spreads the retries of a dashboard's gadgets apart (default Math.random). */
  constructor(private readonly random: () => number = Math.random) {}

  /** The kept picture and when it was read, if any. */
  get last(): { result: Picture; asOf: number } | null {
    return this.kept;
  }

  /** What to show for `answer` (anything the bridge returned; null when the call failed or timed out), received at `now`. */
  take(answer: unknown, now: number): Outcome {
    if (isRenderResult(answer) && answer.ok === true) {
      this.failures = 0;
      const at = Date.parse(answer.computedAt);
      this.kept = { result: answer, asOf: Number.isFinite(at) ? at : now };
      return { show: 'live', result: answer };
    }
    const card = isRenderResult(answer) && answer.ok === false ? answer : null;
    if (card && !card.transient) {
      // Something a person must fix: the old number would hide it.
      this.failures = 0;
      this.kept = null;
      return { show: 'card', result: card };
    }
    const retryInMs = this.retryDelay(card?.retryInSeconds);
    if (this.kept) return { ...this.kept, show: 'kept', retryInMs, ...(card ? { why: card.message } : {}) };
    return card ? { show: 'card', result: card, retryInMs } : { show: 'failed', retryInMs };
  }

  /**
   * When to ask again: after Jira's Retry-After when it said one, else an exponential backoff; either
   * with a jitter (up to a fifth of the wait, at most 5 s more) so a dashboard's gadgets do not ask together.
   */
  private retryDelay(retryInSeconds: number | undefined): number {
    this.failures++;
    const base =
      typeof retryInSeconds === 'number' && retryInSeconds > 0
        ? Math.min(retryInSeconds * 1000, 3_600_000)
        : Math.min(FIRST_RETRY_MS * 2 ** (this.failures - 1), MAX_RETRY_MS);
    return Math.max(MIN_RETRY_MS, Math.round(base + this.random() * Math.min(5_000, base / 5)));
  }
}
