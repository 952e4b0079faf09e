/** What a resolver reads from the view's payload before anything else: an object, and the render options. */
import type { RenderOptions } from '../render/index';
import { supportedLocale } from '../i18n/locale';
import { isRecord } from './record';

/** The payload if it is a plain object, else an empty one (a payload is input, whatever its type says). */
export function objectOr(value: unknown): Record<string, unknown> {
  return isRecord(value) ? value : {};
}

/** Render options from the view's payload; anything odd falls back to the defaults. */
export function renderOptions(payload: Record<string, unknown>): RenderOptions {
  const options: RenderOptions = { colorMode: payload.colorMode === 'dark' ? 'dark' : 'light' };
  if (typeof payload.width === 'number' && Number.isFinite(payload.width)) options.width = payload.width;
  const locale = supportedLocale(payload.locale);
  if (locale !== undefined) options.locale = locale;
  return options;
}
