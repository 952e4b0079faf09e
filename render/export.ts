/**
 * Portable export: the same gadget tree with every `<text>` replaced by its glyph outlines
 * (`<path>`), so the file looks the same wherever it is opened, with no font references.
 *
 * The only satori user. Satori is used as a text shaper: each run of text is laid out on its own
 * at a reference size, and its outlines are moved and scaled onto the original `x`/`y`, anchor
 * and font size — so geometry and colours stay exactly those of the dashboard render.
 * Pure: the font bytes are an input (the caller loads them), nothing is fetched.
 */
import satori from 'satori';
import { toSvgString, el, type AttrValue, type SvgElement, type SvgNode } from './svg';
import type { ExportFont, PortableOptions, PortableResult } from './export-types';
import { offsetPath, transformPath, yExtent } from './export-path';
import { liveLayoutChars } from './export-scripts';
import { asPicture } from './parts';
import {
  INITIAL_STYLE,
  collectRuns,
  baselineShift,
  liveText,
  normaliseRuns,
  paintAttrs,
  place,
  styleOf,
  withoutTextAttrs,
  type Metrics,
  type Run,
  type TextStyle,
} from './export-text';

export type { ExportFont, PortableOptions, PortableResult } from './export-types';

/** Size the outlines are computed at: path data has 0.1 px precision there, 0.1 % of the em. */
const REF_SIZE = 100;
/** Layout precision of satori's flexbox engine (100 = 0.01 px). */
const POINT_SCALE = 100;

interface Outline {
  /** Path data at REF_SIZE, origin at the left of the line box top; empty when nothing is drawn. */
  d: string;
  /** Advance width at REF_SIZE. */
  width: number;
  /** Characters satori found in none of the fonts. */
  missing: string[];
  /**
   * y of the baseline at REF_SIZE when fonts other than the first face are used: their ascent makes
   * satori's line box taller, which moves the baseline down (measured, see {@link baselineOf}).
   */
  baseline?: number;
}

interface FontSet {
  fonts: { name: string; weight: ExportFont['weight']; data: ArrayBuffer; style: 'normal' }[];
  family: string;
  /** Outlines shaped during one export (see {@link forOneExport}). */
  outlines: Map<string, Promise<Outline>>;
  metrics: Map<number, Promise<Metrics>>;
  /** Every font, when this set holds only the first face: used for text the first face lacks. */
  fallback?: FontSet;
}

// eslint-disable-next-line no-restricted-syntax -- font sets and their metrics per font array (outline memos are per export): no Jira data
const fontSets = new WeakMap<readonly ExportFont[], FontSet>();

/** One ArrayBuffer per font's bytes: satori reuses its parsed fonts for the same buffers, whatever the list. */
// eslint-disable-next-line no-restricted-syntax -- one ArrayBuffer per bundled font file (a WeakMap): no Jira data, no input
const buffers = new WeakMap<Uint8Array, ArrayBuffer>();

function arrayBuffer(data: Uint8Array): ArrayBuffer {
  let buffer = buffers.get(data);
  if (!buffer) {
    buffer = data.buffer.slice(data.byteOffset, data.byteOffset + data.byteLength) as ArrayBuffer;
    buffers.set(data, buffer);
  }
  return buffer;
}

function makeSet(fonts: readonly ExportFont[]): FontSet {
  const names = [...new Set(fonts.map((f) => f.name))];
  return {
    fonts: fonts.map((f) => ({
      name: f.name,
      weight: f.weight,
      style: 'normal' as const,
      data: f.data instanceof ArrayBuffer ? f.data : arrayBuffer(f.data),
    })),
    family: names.map((n) => JSON.stringify(n)).join(', '),
    outlines: new Map(),
    metrics: new Map(),
  };
}

/**
 * The font set for `fonts`: the first face alone (satori parses every font it is given, ~20 ms a
 * file, so Latin-only gadgets skip the other subsets), falling back to all of them.
 */
function fontSet(fonts: readonly ExportFont[]): FontSet {
  let set = fontSets.get(fonts);
  if (!set) {
    if (fonts.length === 0) throw new Error('export: at least one font is needed');
    const first = fonts.filter((f) => f.name === fonts[0].name);
    set = first.length === fonts.length ? makeSet(fonts) : { ...makeSet(first), fallback: makeSet(fonts) };
    fontSets.set(fonts, set);
  }
  return set;
}

/**
 * The font set with outline memos for one export only: outlines are shapes of the gadget's text
 * (titles, values, Jira's words), and module state that outlives a call holds nothing derived from
 * a user's input (docs/architecture.md, "Isolation"). Fonts and their metrics stay shared.
 */
function forOneExport(set: FontSet): FontSet {
  return { ...set, outlines: new Map(), fallback: set.fallback && { ...set.fallback, outlines: new Map() } };
}

const PATH_D = /<path\b[^>]*?\sd="([^"]*)"/g;

/** Lays out `text` alone with satori at REF_SIZE and returns its outlines and advance width. */
async function shape(set: FontSet, text: string, weight: number, letterSpacing: number): Promise<Outline> {
  const missing = new Set<string>();
  let width = 0;
  const boxWidth = REF_SIZE * 2 * (Array.from(text).length + 2) + Math.abs(letterSpacing) * text.length;
  const svg = await satori(
    {
      type: 'div',
      props: {
        style: { display: 'flex', width: boxWidth, height: REF_SIZE * 2 },
        children: {
          type: 'div',
          props: {
            style: { fontFamily: set.family, fontSize: REF_SIZE, fontWeight: weight, letterSpacing, whiteSpace: 'pre', color: '#000' },
            children: text,
          },
        },
      },
    },
    {
      width: boxWidth,
      height: REF_SIZE * 2,
      fonts: set.fonts,
      pointScaleFactor: POINT_SCALE,
      onNodeDetected: (node) => {
        if (node.textContent === text) width = node.width;
      },
      loadAdditionalAsset: (_code, segment) => {
        for (const ch of segment) if (ch.trim() !== '') missing.add(ch);
        return Promise.resolve([]);
      },
    },
  );
  if (/<(image|use|foreignObject)\b/.test(svg)) throw new Error('export: satori produced non-path output');
  const d = [...svg.matchAll(PATH_D)]
    .map((m) => m[1].trim())
    .filter(Boolean)
    .join(' ');
  return { d, width, missing: [...missing] };
}

function cachedShape(set: FontSet, text: string, weight: number, letterSpacing: number): Promise<Outline> {
  const key = `${weight}|${letterSpacing}|${text}`;
  let outline = set.outlines.get(key);
  if (!outline) {
    outline = shape(set, text, weight, letterSpacing);
    set.outlines.set(key, outline);
    outline.catch(() => set.outlines.delete(key));
  }
  return outline;
}

/** Shapes with the first face, and with every font when it lacks characters. */
async function shapeText(set: FontSet, text: string, weight: number, letterSpacing: number): Promise<Outline> {
  const outline = await cachedShape(set, text, weight, letterSpacing);
  if (outline.missing.length === 0 || !set.fallback) return outline;
  const all = await cachedShape(set.fallback, text, weight, letterSpacing);
  if (all.missing.length > 0) return all;
  const pieces = text.split(/(\s+)/u).filter(Boolean);
  if (pieces.length === 1) return { ...all, baseline: await baselineOf(set.fallback, text, weight) };
  return joinPieces(set, pieces, weight, letterSpacing);
}

/**
 * Shapes the words and the spaces of a text apart, then joins them on one baseline. Satori draws a
 * space (also a no-break space: "未着手\u00A040") beside a fallback glyph with that glyph's font;
 * browsers take it from the first font that has it, Inter, whose space is wider (0.28 em against
 * Noto CJK's 0.22).
 */
async function joinPieces(set: FontSet, pieces: string[], weight: number, letterSpacing: number): Promise<Outline> {
  const shaped = await Promise.all(pieces.map((p) => shapeText(set, p, weight, letterSpacing)));
  const own = await metrics(set, weight);
  const baselines = shaped.map((o) => o.baseline ?? own.baseline);
  const baseline = Math.max(...baselines);
  let width = 0;
  const d: string[] = [];
  for (const [i, o] of shaped.entries()) {
    if (o.d) d.push(offsetPath(o.d, width, baseline - baselines[i]));
    width += o.width;
  }
  return { d: d.join(''), width, missing: [], baseline };
}

/**
 * The baseline of `text`'s line box at REF_SIZE: the bottom of an "H" of the first face set in front
 * of it (its first contour: Inter's H is one closed outline, drawn first).
 */
async function baselineOf(set: FontSet, text: string, weight: number): Promise<number | undefined> {
  const probe = await cachedShape(set, `H${text}`, weight, 0);
  const first = /^M[^Z]*Z/.exec(probe.d);
  return first ? yExtent(first[0])?.max : undefined;
}

/** Measures baseline, line height and x-height of the fonts at `weight` from flat-based glyphs. */
function metrics(set: FontSet, weight: number): Promise<Metrics> {
  let m = set.metrics.get(weight);
  if (!m) {
    m = (async () => {
      const h = await shape(set, 'H', weight, 0);
      const x = await shape(set, 'x', weight, 0);
      const hy = yExtent(h.d);
      const xy = yExtent(x.d);
      if (!hy || !xy) throw new Error('export: the fonts cannot draw "H" and "x"');
      return { baseline: hy.max, lineHeight: await lineHeightOf(set, weight), xHeight: hy.max - xy.min };
    })();
    set.metrics.set(weight, m);
  }
  return m;
}

async function lineHeightOf(set: FontSet, weight: number): Promise<number> {
  let height = REF_SIZE * 1.2;
  await satori(
    { type: 'div', props: { style: { display: 'flex', fontFamily: set.family, fontSize: REF_SIZE, fontWeight: weight }, children: 'H' } },
    {
      width: REF_SIZE * 4,
      fonts: set.fonts,
      pointScaleFactor: POINT_SCALE,
      onNodeDetected: (n) => {
        if (n.textContent === 'H') height = n.height;
      },
    },
  );
  return height;
}

/** Shapes the runs of one `<text>`; null when a character is in none of the fonts (listed in `missing`). */
async function shapeRuns(set: FontSet, runs: readonly Run[], missing: Set<string>): Promise<{ run: Run; outline: Outline }[] | null> {
  const shaped = await Promise.all(
    runs.map(async (run) => ({
      run,
      outline:
        run.text === ''
          ? { d: '', width: 0, missing: [] }
          : await shapeText(set, run.text, run.style.weight, (run.style.letterSpacing * REF_SIZE) / run.style.size),
    })),
  );
  const lacking = shaped.flatMap((s) => s.outline.missing);
  for (const ch of lacking) missing.add(ch);
  return lacking.length > 0 ? null : shaped;
}

/** State of one pass over the tree. */
interface Pass {
  set: FontSet;
  /** Characters of outlinable texts the fonts lack. */
  missing: Set<string>;
  live: Set<string>;
  outlined: string[];
  liveFontFamily: string | undefined;
}

/**
 * The outlines replacing one `<text>`: a `<path>` per run, grouped when there is more than one; the
 * text itself when it must stay live (a script satori cannot lay out, a character no font has).
 */
async function outlineText(text: SvgElement, style: TextStyle, family: AttrValue, pass: Pass): Promise<SvgElement | null> {
  const runs = normaliseRuns(collectRuns(text, style));
  const keep = (chars: Iterable<string>): SvgElement => {
    for (const ch of chars) if (ch.trim() !== '') pass.live.add(ch);
    return liveText(text, style, pass.liveFontFamily ?? family);
  };
  const complex = liveLayoutChars(runs.map((r) => r.text).join(''));
  if (complex.length > 0) return keep(complex);
  const missing = new Set<string>();
  const shaped = await shapeRuns(pass.set, runs, missing);
  if (!shaped) {
    for (const ch of missing) pass.missing.add(ch);
    return keep(missing);
  }
  const paths: SvgElement[] = [];
  for (const p of place(shaped, REF_SIZE)) {
    if (!p.outline.d) continue;
    const m = await metrics(pass.set, p.run.style.weight);
    const k = p.run.style.size / REF_SIZE;
    const baseline = p.outline.baseline ?? m.baseline;
    const d = transformPath(p.outline.d, k, p.x, p.y + k * (baselineShift(p.run.style, m) - baseline));
    paths.push(el('path', { ...p.run.attrs, d }));
  }
  const own = paintAttrs(text);
  if (paths.length === 0) return null;
  pass.outlined.push(runs.map((r) => r.text).join(''));
  if (paths.length === 1) return el('path', { ...own, ...paths[0].attrs });
  return el('g', own, paths);
}

async function rewrite(node: SvgElement, inherited: TextStyle, pass: Pass, inheritedFamily?: AttrValue): Promise<SvgElement | null> {
  const style = styleOf(node, inherited);
  const family = node.attrs['font-family'] ?? inheritedFamily;
  if (node.name === 'text') return outlineText(node, style, family, pass);
  const children: SvgNode[] = [];
  for (const child of node.children) {
    if (child.type === 'text') children.push(child);
    else {
      const out = await rewrite(child, style, pass, family);
      if (out) children.push(out);
    }
  }
  return el(node.name, withoutTextAttrs(node.attrs), children);
}

async function run(
  tree: SvgElement,
  fonts: readonly ExportFont[],
  liveFontFamily: string | undefined,
): Promise<{ pass: Pass; tree: SvgElement }> {
  const pass: Pass = { set: forOneExport(fontSet(fonts)), missing: new Set(), live: new Set(), outlined: [], liveFontFamily };
  return { pass, tree: (await rewrite(tree, INITIAL_STYLE, pass)) ?? el('svg') };
}

/**
 * Returns the portable variant of a gadget tree: every `<text>` becomes `<path>` outlines at the
 * same position, size, anchor and paint; font attributes are removed everywhere; everything else
 * (shapes, `<title>`, the root's `aria-label` and `role`) is kept as is; the keyboard stops of a
 * gadget's parts are taken out (render/parts.ts).
 *
 * No character is ever left out: a `<text>` with characters none of the fonts (nor `options.more`)
 * can draw, or in a script satori cannot lay out like a browser, stays live text with its style and
 * `options.liveFontFamily`; its characters are listed in `live`.
 */
export async function toPortable(given: SvgElement, fonts: readonly ExportFont[], options: PortableOptions = {}): Promise<PortableResult> {
  const tree = asPicture(given); // a file is a picture: no tab stops
  let { pass, tree: portable } = await run(tree, fonts, options.liveFontFamily);
  if (pass.missing.size > 0 && options.more) {
    const all = await options.more([...pass.missing].sort());
    if (all !== fonts) ({ pass, tree: portable } = await run(tree, all, options.liveFontFamily));
  }
  return { tree: portable, svg: toSvgString(portable), live: [...pass.live].sort(), outlined: pass.outlined };
}
