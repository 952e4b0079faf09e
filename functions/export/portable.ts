/**
 * The portable export with its fonts: the one module the `export` resolver loads lazily. The Forge
 * build (webpack) puts it, with satori, in chunks of its own, and every font file in a chunk of its
 * own, so the render path and the functions' cold start never load them (test/export/bundle.test.ts).
 */
import { toPortable, type PortableResult } from '../../render/export';
import { withIntrinsicSize } from '../../render/export-size';
import type { SvgElement } from '../../render/svg';
import { fontsFor, liveFontFamily, loadExportFonts } from './fonts';

/**
 * The portable variant of a gadget tree (text as outlines) with Inter, plus the Noto files for the
 * characters Inter lacks; `locale` picks which Han forms come first (ja → Japanese, zh-TW → Traditional…).
 * The file carries its own `width`/`height` (render/export-size.ts): it does not stretch to its holder.
 */
export async function portableSvg(tree: SvgElement, locale?: string): Promise<Pick<PortableResult, 'svg' | 'live'>> {
  const { svg, live } = await toPortable(withIntrinsicSize(tree), await loadExportFonts(), {
    more: (missing) => fontsFor(missing, locale),
    liveFontFamily: liveFontFamily(locale),
  });
  return { svg, live };
}
