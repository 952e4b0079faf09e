/**
 * The parts of a gadget a keyboard reaches: the value, the comparison row, each progress segment's
 * legend item, each trend point and the expected-progress row. Each is a tab stop whose accessible
 * name says its value in the words the gadget shows ("To Do 12", "Nov 3: 20, created per week");
 * a part with a drill id is a link (the view opens its issues, static/view/main.ts), the others are
 * named pictures. The gadget's root is then a group (a focusable part inside `role="img"` would be
 * presentational to a screen reader). Exports are pictures: {@link asPicture} takes the stops out.
 */
import { el, type AttrValue, type SvgElement, type SvgNode } from './svg';

/**
 * Attributes of a keyboard stop: its drill id (a link) or none (a named picture), and its words;
 * without words the stop is named by its `<title>` child (SVG's own way, also the hover tooltip).
 */
export function partAttrs(drill: string | undefined, words?: string): Record<string, AttrValue> {
  return { 'data-drill': drill, tabindex: 0, role: drill ? 'link' : 'img', 'aria-label': words };
}

/**
 * The tree as a still picture (an exported file): the root is `role="img"` again and the parts lose
 * their tab stops, roles and names (the root's name says everything they do).
 */
export function asPicture(tree: SvgElement): SvgElement {
  const strip = (node: SvgElement): SvgElement => {
    const stop = node.attrs.tabindex !== undefined;
    const attrs = stop
      ? Object.fromEntries(Object.entries(node.attrs).filter(([k]) => k !== 'tabindex' && k !== 'role' && k !== 'aria-label'))
      : node.attrs;
    const children = node.children.map((c): SvgNode => (c.type === 'element' ? strip(c) : c));
    return el(node.name, { ...attrs }, children);
  };
  const picture = strip(tree);
  return tree.attrs.role === 'group' ? el(picture.name, { ...picture.attrs, role: 'img' }, picture.children) : picture;
}
