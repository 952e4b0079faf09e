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
import { transformPath, yExtent } from './export-path';
import {
  INITIAL_STYLE,
  TEXT_ONLY_ATTRS,
  collectRuns,
  dropMissing,
  normaliseRuns,
  paintAttrs,
  styleOf,
  type Run,
  type TextStyle,
} from './export-text';

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

/** The portable render. */
export interface PortableResult {
  tree: SvgElement;
  svg: string;
  /** Characters no given font can draw (emoji, CJK…), left out of the outlines; the title keeps them. */
  dropped: string[];
}

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
}

/** Vertical metrics at REF_SIZE, measured from satori's own output (so they match its layout). */
interface Metrics {
  /** y of the alphabetic baseline within the line box. */
  baseline: number;
  /** Height of the line box (ascent + descent). */
  lineHeight: number;
  xHeight: number;
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

const fontSets = new WeakMap<readonly ExportFont[], FontSet>();

function makeSet(fonts: readonly ExportFont[]): FontSet {
  const names = [...new Set(fonts.map((f) => f.name))];
  return {
    fonts: fonts.map((f) => ({
      name: f.name,
      weight: f.weight,
      style: 'normal' as const,
      data:
        f.data instanceof ArrayBuffer
          ? f.data
          : (f.data.buffer.slice(f.data.byteOffset, f.data.byteOffset + f.data.byteLength) as ArrayBuffer),
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
  return outline.missing.length > 0 && set.fallback ? cachedShape(set.fallback, text, weight, letterSpacing) : outline;
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

/** Where the alphabetic baseline sits relative to `y` for a `dominant-baseline`, at REF_SIZE. */
function baselineShift(style: TextStyle, m: Metrics): number {
  if (style.baseline === 'middle') return m.xHeight / 2;
  if (style.baseline === 'central') return m.baseline - m.lineHeight / 2;
  return 0;
}

interface Placed {
  run: Run;
  outline: Outline;
  x: number;
  y: number;
}

/** Shapes the runs of one `<text>`, dropping characters no font has (then shaping again). */
async function shapeRuns(set: FontSet, raw: readonly Run[], dropped: Set<string>): Promise<{ run: Run; outline: Outline }[]> {
  let runs = normaliseRuns(raw);
  for (let attempt = 0; attempt < 2; attempt++) {
    const shaped = await Promise.all(
      runs.map(async (run) => ({
        run,
        outline:
          run.text === ''
            ? { d: '', width: 0, missing: [] }
            : await shapeText(set, run.text, run.style.weight, (run.style.letterSpacing * REF_SIZE) / run.style.size),
      })),
    );
    const missing = new Set(shaped.flatMap((s) => s.outline.missing));
    if (missing.size === 0) return shaped;
    for (const ch of missing) dropped.add(ch);
    runs = normaliseRuns(runs.map((r) => ({ ...r, text: dropMissing(r.text, missing) })));
  }
  throw new Error('export: characters still missing after dropping them');
}

/** Positions runs in text chunks (a run with its own x or y starts a chunk) and applies the anchor. */
function place(shaped: readonly { run: Run; outline: Outline }[]): Placed[] {
  const placed: Placed[] = [];
  let penX = 0;
  let penY = 0;
  let chunk: Placed[] = [];
  let chunkStart = 0;
  let anchor: TextStyle['anchor'] = 'start';
  const flush = (): void => {
    const width = penX - chunkStart;
    const shift = anchor === 'middle' ? -width / 2 : anchor === 'end' ? -width : 0;
    for (const p of chunk) placed.push({ ...p, x: p.x + shift });
    chunk = [];
  };
  for (const [i, { run, outline }] of shaped.entries()) {
    if (i === 0 || run.x !== undefined || run.y !== undefined) {
      flush();
      if (run.x !== undefined) penX = run.x;
      if (run.y !== undefined) penY = run.y;
      chunkStart = penX;
      const a = run.style.anchor;
      anchor = run.style.direction === 'rtl' ? (a === 'start' ? 'end' : a === 'end' ? 'start' : a) : a;
    }
    penX += run.dx;
    penY += run.dy;
    if (i === 0 || run.x !== undefined) chunkStart = penX;
    chunk.push({ run, outline, x: penX, y: penY });
    penX += (outline.width * run.style.size) / REF_SIZE;
  }
  flush();
  return placed;
}

/** The outlines replacing one `<text>`: a `<path>` per run, grouped when there is more than one. */
async function outlineText(set: FontSet, text: SvgElement, style: TextStyle, dropped: Set<string>): Promise<SvgElement | null> {
  const placed = place(await shapeRuns(set, collectRuns(text, style), dropped));
  const paths: SvgElement[] = [];
  for (const p of placed) {
    if (!p.outline.d) continue;
    const m = await metrics(set, p.run.style.weight);
    const k = p.run.style.size / REF_SIZE;
    const d = transformPath(p.outline.d, k, p.x, p.y + k * (baselineShift(p.run.style, m) - m.baseline));
    paths.push(el('path', { ...p.run.attrs, d }));
  }
  const own = paintAttrs(text);
  if (paths.length === 0) return null;
  if (paths.length === 1) return el('path', { ...own, ...paths[0].attrs });
  return el('g', own, paths);
}

function withoutTextAttrs(attrs: Readonly<Record<string, AttrValue>>): Record<string, AttrValue> {
  const out: Record<string, AttrValue> = {};
  for (const [key, value] of Object.entries(attrs)) if (!TEXT_ONLY_ATTRS.has(key)) out[key] = value;
  return out;
}

async function rewrite(node: SvgElement, inherited: TextStyle, set: FontSet, dropped: Set<string>): Promise<SvgElement | null> {
  const style = styleOf(node, inherited);
  if (node.name === 'text') return outlineText(set, node, style, dropped);
  const children: SvgNode[] = [];
  for (const child of node.children) {
    if (child.type === 'text') children.push(child);
    else {
      const out = await rewrite(child, style, set, dropped);
      if (out) children.push(out);
    }
  }
  return el(node.name, withoutTextAttrs(node.attrs), children);
}

/**
 * Returns the portable variant of a gadget tree: every `<text>` becomes `<path>` outlines at the
 * same position, size, anchor and paint; font attributes are removed everywhere; everything else
 * (shapes, `<title>`, `aria-label`, `role`) is kept as is.
 *
 * Characters that none of `fonts` can draw are left out of the outlines and listed in `dropped`.
 */
export async function toPortable(tree: SvgElement, fonts: readonly ExportFont[]): Promise<PortableResult> {
  const set = forOneExport(fontSet(fonts));
  const dropped = new Set<string>();
  const portable = (await rewrite(tree, INITIAL_STYLE, set, dropped)) ?? el('svg');
  return { tree: portable, svg: toSvgString(portable), dropped: [...dropped].sort() };
}
