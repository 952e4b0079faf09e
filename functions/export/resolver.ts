/**
 * The `export` resolver: the gadget exactly as `render` draws it, made portable (text as outlines,
 * see render/export.ts) with a file name from its title. Satori and the fonts are loaded on the first
 * export only (dynamic import of ./portable.ts, separate chunks in the Forge build), so `render` and
 * the functions' cold start never pay for them.
 */
import type { Request } from '@forge/resolver';
import { renderTree, type RenderOptions } from '../../render/index';
import type { ExportResult } from '../contract';
import type { GadgetRead, GadgetReader } from '../gadget-read';
import { objectOr, renderOptions } from '../request';
import type { Resolver } from '../resolver';
import { failureText, statusMessage } from '../status';
import { defineGuarded } from '../guard';
import { exportFilename } from './filename';

/**
 * Builds the portable SVG and file name of a gadget read.
 */
async function exportGadget(
  read: Extract<GadgetRead, { ok: true }>,
  options: RenderOptions,
): Promise<{ svg: string; filename: string; live: string[] }> {
  const { portableSvg } = await import('./portable');
  const portable = await portableSvg(renderTree(read.spec, read.reading, options), options.language ?? options.locale);
  // Named as the gadget is titled (a saved filter's name when the gadget has no title of its own).
  return { svg: portable.svg, filename: exportFilename(read.spec.title, 'svg'), live: portable.live };
}

/** Defines `export` on `resolver`, reading gadgets with `readGadget` (gadget-read.ts, the one `render` uses). */
export function defineExport(resolver: Resolver, readGadget: GadgetReader): void {
  const internal = (): ExportResult => ({ ok: false, code: 'INTERNAL', message: statusMessage('INTERNAL') });
  defineGuarded(resolver, 'export', internal, async (req: Request): Promise<ExportResult> => {
    const options = renderOptions(objectOr(req.payload));
    const read = await readGadget(req, options);
    // The words `render` would answer, without drawing its card.
    if (!read.ok) return { ok: false, code: read.failure.code, message: failureText(read.failure, options.locale) };
    try {
      // Numbers in the place's locale (a locale the gadget pins wins), words in the viewer's language.
      const out = await exportGadget(read, { ...options, locale: read.place.locale, language: options.locale });
      return { ok: true, svg: out.svg, filename: out.filename, ...(out.live.length > 0 ? { live: out.live } : {}) };
    } catch (error) {
      console.error('glance: export failed', error instanceof Error ? error.message : typeof error);
      return internal();
    }
  });
}
