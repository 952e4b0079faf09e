/**
 * XML checks shared by the test suites: a strict well-formedness parse (saxes) and a scan
 * for markup that would break Forge's CSP or allow script.
 */
import { SaxesParser } from 'saxes';

/** A parsed element: name, attributes and children (text is kept as strings). */
export interface XmlElement {
  name: string;
  attrs: Record<string, string>;
  children: (XmlElement | string)[];
}

/**
 * Parses `xml` with a strict, namespace-aware XML parser and returns the root element.
 * Throws on any well-formedness error (unescaped `<`/`&`, bad entities, mismatched tags,
 * illegal characters, more than one root).
 */
export function parseXml(xml: string): XmlElement {
  const parser = new SaxesParser({ xmlns: true });
  const stack: XmlElement[] = [];
  let root: XmlElement | undefined;
  let error: Error | undefined;
  parser.on('error', (e) => {
    error ??= e;
  });
  parser.on('opentag', (tag) => {
    const attrs: Record<string, string> = {};
    for (const [key, attr] of Object.entries(tag.attributes)) attrs[key] = typeof attr === 'string' ? attr : attr.value;
    const node: XmlElement = { name: tag.name, attrs, children: [] };
    if (stack.length > 0) stack[stack.length - 1].children.push(node);
    else root = node;
    stack.push(node);
  });
  parser.on('text', (t) => {
    if (stack.length > 0) stack[stack.length - 1].children.push(t);
  });
  parser.on('closetag', () => {
    stack.pop();
  });
  parser.write(xml).close();
  if (error) throw error;
  if (!root) throw new Error('xml: no root element');
  return root;
}

/** All text content under `node`, concatenated in document order (entities decoded). */
export function textContent(node: XmlElement): string {
  return node.children.map((c) => (typeof c === 'string' ? c : textContent(c))).join('');
}

/** Every element of the tree, depth first (the root included). */
export function allElements(node: XmlElement): XmlElement[] {
  const out: XmlElement[] = [node];
  for (const c of node.children) if (typeof c !== 'string') out.push(...allElements(c));
  return out;
}

/**
 * Returns a list of problems (empty when clean): `<script>`, `<style>`, `<foreignObject>`,
 * `style=` or `on*=` attributes, a non-fragment `href`, or the words `NaN`, `Infinity`,
 * `undefined` anywhere in the markup. Parses `svg` first, so malformed XML throws.
 */
export function forbiddenMarkup(svg: string): string[] {
  const problems: string[] = [];
  for (const element of allElements(parseXml(svg))) {
    const local = element.name.replace(/^.*:/, '').toLowerCase();
    if (['script', 'style', 'foreignobject', 'iframe', 'object', 'embed'].includes(local)) {
      problems.push(`element <${element.name}>`);
    }
    for (const [key, value] of Object.entries(element.attrs)) {
      const attr = key.replace(/^xlink:/, '').toLowerCase();
      if (attr === 'style' || attr.startsWith('on')) problems.push(`attribute ${key} on <${element.name}>`);
      if (attr === 'href' && !value.startsWith('#')) problems.push(`non-fragment href "${value}"`);
    }
  }
  for (const word of ['NaN', 'Infinity', 'undefined']) if (svg.includes(word)) problems.push(`contains "${word}"`);
  return problems;
}
