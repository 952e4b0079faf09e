/**
 * The portable export with its fonts: the one module the `export` resolver loads lazily. The Forge
 * build (webpack) puts it, with satori and the inlined Inter files, in chunks of their own, so the
 * render path and the functions' cold start never load it (test/export/bundle.test.ts).
 */
import { toPortable, type PortableResult } from '../../render/export';
import type { SvgElement } from '../../render/svg';
import { loadExportFonts } from './fonts';

/** The portable variant of a gadget tree (text as outlines) with the bundled Inter. */
export async function portableSvg(tree: SvgElement): Promise<Pick<PortableResult, 'svg' | 'dropped'>> {
  const { svg, dropped } = await toPortable(tree, await loadExportFonts());
  return { svg, dropped };
}
