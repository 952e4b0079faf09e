/**
 * The one SVG element builder. Every attribute value and every text node goes through
 * {@link escapeXml}; nothing else in the project concatenates markup.
 *
 * Nodes are plain data (so the portable export can walk and rewrite them) and are
 * serialised by {@link toSvgString}.
 */

/** An attribute value: numbers are rounded at the output edge, `undefined`/`false` omit the attribute. */
export type AttrValue = string | number | boolean | undefined | null;

/** An element node. */
export interface SvgElement {
  readonly type: 'element';
  readonly name: string;
  readonly attrs: Readonly<Record<string, AttrValue>>;
  readonly children: readonly SvgNode[];
}

/** A text node (escaped when serialised). */
interface SvgText {
  readonly type: 'text';
  readonly value: string;
}

export type SvgNode = SvgElement | SvgText;

/** A child as accepted by {@link el}: nodes, strings (become text), and skipped falsy values. */
export type Child = SvgNode | string | number | null | undefined | false | readonly Child[];

// eslint-disable-next-line no-restricted-syntax -- a constant
const FORBIDDEN_ELEMENTS = new Set(['script', 'style', 'foreignobject', 'iframe', 'object', 'embed']);
const NAME = /^[A-Za-z][A-Za-z0-9:-]*$/;
/** Attribute names already found allowed (the name check does not depend on the value). */
// eslint-disable-next-line no-restricted-syntax -- attribute names our own render code uses (never from input)
const CHECKED_ATTRS = new Set<string>();

/**
 * Characters that are not allowed in XML 1.0 documents (C0 controls other than tab/LF/CR,
 * lone surrogates, U+FFFE/U+FFFF). They are removed rather than escaped, since no escape is legal.
 */
const ILLEGAL_XML =
  // eslint-disable-next-line no-control-regex
  /[\u0000-\u0008\u000B\u000C\u000E-\u001F\uFFFE\uFFFF]|[\uD800-\uDBFF](?![\uDC00-\uDFFF])|(?<![\uD800-\uDBFF])[\uDC00-\uDFFF]/g;

/** Removes characters that are illegal in XML 1.0. */
export function stripIllegalXml(value: string): string {
  return value.replace(ILLEGAL_XML, '');
}

/** Anything {@link escapeXml} would change (a cheap pre-check: most values are plain). */
// eslint-disable-next-line no-control-regex
const NEEDS_ESCAPE = /[&<>"'\u0000-\u0008\u000B\u000C\u000E-\u001F\uD800-\uDFFF\uFFFE\uFFFF]/;

/** Escapes `& < > " '` and strips XML-illegal characters, for text and attribute values alike. */
export function escapeXml(value: string): string {
  if (!NEEDS_ESCAPE.test(value)) return value;
  return stripIllegalXml(value).replace(/[&<>"']/g, (c) =>
    c === '&' ? '&amp;' : c === '<' ? '&lt;' : c === '>' ? '&gt;' : c === '"' ? '&quot;' : '&#39;',
  );
}

/**
 * Formats a number for SVG output: at most `decimals` decimals, no trailing zeros,
 * never `-0`, and non-finite numbers become `0` (a broken value must not break the document).
 */
export function num(value: number, decimals = 2): string {
  if (!Number.isFinite(value)) return '0';
  const factor = 10 ** decimals;
  const rounded = Math.round(value * factor) / factor;
  if (Object.is(rounded, -0) || rounded === 0) return '0';
  return String(rounded);
}

/** Flattens children, turning strings/numbers into text nodes and dropping falsy values. */
function normaliseChildren(children: readonly Child[], out: SvgNode[] = []): SvgNode[] {
  for (const child of children) {
    if (child === null || child === undefined || child === false) continue;
    if (Array.isArray(child)) normaliseChildren(child, out);
    else if (typeof child === 'string') out.push({ type: 'text', value: child });
    else if (typeof child === 'number') out.push({ type: 'text', value: num(child) });
    else out.push(child as SvgNode);
  }
  return out;
}

/**
 * Builds an element. Throws on a forbidden element (`script`, `style`, `foreignObject`…), an
 * invalid name, an event-handler (`on*`) or `style` attribute, or a non-fragment `href`:
 * those are programming errors, and the output must stay CSP-clean.
 */
export function el(name: string, attrs: Record<string, AttrValue> = {}, ...children: Child[]): SvgElement {
  if (!NAME.test(name) || FORBIDDEN_ELEMENTS.has(name.toLowerCase())) {
    throw new Error(`svg: element <${name}> is not allowed`);
  }
  for (const key in attrs) {
    const value = attrs[key];
    const lower = key.toLowerCase();
    if (!CHECKED_ATTRS.has(key)) {
      if (!NAME.test(key) || lower.startsWith('on') || lower === 'style') {
        throw new Error(`svg: attribute ${key} is not allowed`);
      }
      if (CHECKED_ATTRS.size < 256) CHECKED_ATTRS.add(key);
    }
    if ((lower === 'href' || lower === 'xlink:href') && typeof value === 'string' && !value.startsWith('#')) {
      throw new Error('svg: only fragment hrefs (#id) are allowed');
    }
  }
  return { type: 'element', name, attrs, children: normaliseChildren(children) };
}

function attrString(attrs: Readonly<Record<string, AttrValue>>): string {
  let out = '';
  for (const [key, value] of Object.entries(attrs)) {
    if (value === undefined || value === null || value === false) continue;
    const str = value === true ? key : typeof value === 'number' ? num(value) : value;
    out += ` ${key}="${escapeXml(str)}"`;
  }
  return out;
}

/** Serialises a node tree to a compact SVG/XML string (no whitespace between elements). */
export function toSvgString(node: SvgNode): string {
  if (node.type === 'text') return escapeXml(node.value);
  const open = `<${node.name}${attrString(node.attrs)}`;
  if (node.children.length === 0) return `${open}/>`;
  let inner = '';
  for (const child of node.children) inner += toSvgString(child);
  return `${open}>${inner}</${node.name}>`;
}
