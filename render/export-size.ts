/**
 * The intrinsic size of an exported file. On screen the gadget is `width="100%"` (it fills its
 * frame); a file saved and opened elsewhere (an image viewer, a slide, a web page) has no frame to
 * fill, so it carries its own `width`/`height` in px, taken from the `viewBox`, and does not stretch
 * to whatever holds it. The `viewBox` stays, so it still scales when someone sizes it.
 */
import { el, type SvgElement } from './svg';

/** `width`/`height` of a root `viewBox` ("0 0 320 144" → 320 × 144), or null when there is none. */
export function viewBoxSize(viewBox: unknown): { width: number; height: number } | null {
  if (typeof viewBox !== 'string') return null;
  const parts = viewBox
    .trim()
    .split(/[\s,]+/)
    .map(Number);
  if (parts.length !== 4 || !parts.every(Number.isFinite) || parts[2] <= 0 || parts[3] <= 0) return null;
  return { width: parts[2], height: parts[3] };
}

/** `tree` with `width`/`height` from its `viewBox` (unchanged when it has none). */
export function withIntrinsicSize(tree: SvgElement): SvgElement {
  const size = viewBoxSize(tree.attrs.viewBox);
  return size ? el(tree.name, { ...tree.attrs, width: size.width, height: size.height }, tree.children) : tree;
}
