/**
 * Checks of what a resolver hands back: the bridge returns whatever the function returned, so the
 * views test the shape before using it. The result types are the functions' own
 * (functions/contract.ts), imported as types only: esbuild erases them, nothing of the server ships.
 */
import type { ExportResult, RenderResult } from '../../functions/contract';

/** True when `x` looks like a `render` result (it always carries an SVG). */
export function isRenderResult(x: unknown): x is RenderResult {
  return typeof x === 'object' && x !== null && typeof (x as { svg?: unknown }).svg === 'string';
}

/** True when `x` is a successful `export` result: the portable SVG and its file name. */
export function isExportFile(x: unknown): x is Extract<ExportResult, { ok: true }> {
  if (typeof x !== 'object' || x === null) return false;
  const r = x as { ok?: unknown; svg?: unknown; filename?: unknown };
  return r.ok === true && typeof r.svg === 'string' && typeof r.filename === 'string';
}
