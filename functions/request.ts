/** What a resolver reads from the view's payload before anything else: an object, and the render options. */
import type { RenderOptions } from '../render/index';
import { bcp47 } from '../i18n/index';

/** The payload if it is a plain object, else an empty one (a payload is input, whatever its type says). */
export function objectOr(value: unknown): Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value) ? (value as Record<string, unknown>) : {};
}

/** Render options from the view's payload; anything odd falls back to the defaults. */
export function renderOptions(payload: Record<string, unknown>): RenderOptions {
  const options: RenderOptions = { colorMode: payload.colorMode === 'dark' ? 'dark' : 'light' };
  if (typeof payload.width === 'number' && Number.isFinite(payload.width)) options.width = payload.width;
  if (typeof payload.locale === 'string' && payload.locale.length <= 35) {
    try {
      options.locale = Intl.getCanonicalLocales(bcp47(payload.locale))[0];
    } catch {
      // not a BCP 47 tag: keep the default locale
    }
  }
  return options;
}
