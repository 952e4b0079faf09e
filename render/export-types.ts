/** The portable export's inputs and result (render/export.ts). */
import type { SvgElement } from './svg';

/**
 * One font file. Files with the same `name` are weights of one face; different names are
 * fallbacks tried in the order given (e.g. Inter's latin, latin-ext, greek, cyrillic subsets).
 * Satori reads TTF, OTF and WOFF (not WOFF2).
 */
export interface ExportFont {
  name: string;
  weight: 100 | 200 | 300 | 400 | 500 | 600 | 700 | 800 | 900;
  data: ArrayBuffer | Uint8Array;
}

/** How to make a gadget tree portable, besides the fonts. */
export interface PortableOptions {
  /**
   * More fonts for characters `fonts` lack: called once per export with those characters, it answers
   * the whole font list to use (`fonts` first, then the additions), or `fonts` when it has none.
   * Answer the same array for the same list: satori parses a font list once per array.
   */
  more?: (missing: readonly string[]) => Promise<readonly ExportFont[]>;
  /** `font-family` of a `<text>` kept as live text (default: the gadget's own). */
  liveFontFamily?: string;
}

/** The portable render. */
export interface PortableResult {
  tree: SvgElement;
  svg: string;
  /**
   * Characters kept as live text, sorted: the `<text>` they are in stays text (with its style and a
   * font stack) because no font can draw them or satori cannot lay out their script as a browser
   * does (right to left, joining, emoji sequences: render/export-scripts.ts). Nothing is dropped.
   */
  live: string[];
  /** The text of each `<text>` drawn as outlines, in document order (whitespace collapsed). */
  outlined: string[];
}
