/** Where the text of a rendered SVG lands, by the same width estimate the layout uses (render/text.ts). */
import { textWidth } from '../../render/text';
import { allElements, parseXml, textContent, type XmlElement } from '../helpers/xml';

/** Estimated width of a <text> element, tspans measured at their own size and weight. */
export function measure(node: XmlElement, size: number, weight: 400 | 600): number {
  const ownSize = node.attrs['font-size'] ? Number(node.attrs['font-size']) : size;
  const ownWeight = node.attrs['font-weight'] ? (Number(node.attrs['font-weight']) >= 600 ? 600 : 400) : weight;
  let w = 0;
  for (const c of node.children) w += typeof c === 'string' ? textWidth(c, ownSize, ownWeight) : measure(c, ownSize, ownWeight);
  return w;
}

/** Every <text> that reaches outside the canvas (4 px margin) or below it, described; [] when all fit. */
export function textOutsideCanvas(svg: string): string[] {
  const root = parseXml(svg);
  const [, , width, height] = root.attrs.viewBox.split(' ').map(Number);
  const problems: string[] = [];
  for (const t of allElements(root).filter((e) => e.name === 'text')) {
    const w = measure(t, 16, 400);
    const x = Number(t.attrs.x);
    const anchor = t.attrs['text-anchor'] ?? 'start';
    const left = anchor === 'middle' ? x - w / 2 : anchor === 'end' ? x - w : x;
    if (!(left >= 4 && left + w <= width - 4))
      problems.push(`"${textContent(t)}" spans ${left.toFixed(1)}..${(left + w).toFixed(1)} of ${width}`);
    if (!(Number(t.attrs.y) <= height - 4)) problems.push(`"${textContent(t)}" has its baseline below the canvas`);
  }
  return problems;
}
