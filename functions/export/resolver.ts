/**
 * The `export` resolver: the gadget exactly as `render` draws it, made portable (text as outlines,
 * see render/export.ts) with a file name from its title. Satori and the fonts are loaded on the first
 * export only (dynamic import of ./portable.ts, separate chunks in the Forge build), so `render` and
 * the functions' cold start never pay for them.
 */
import type { Request } from '@forge/resolver';
import { renderTree, type RenderOptions } from '../../render/index';
import type { ExportResult } from '../contract';
import type { GadgetRead } from '../gadget-read';
import type { Resolver } from '../resolver';
import { STATUS_MESSAGES } from '../status';
import { defineGuarded } from '../guard';
import { exportFilename } from './filename';

/** Reads the gadget of a request (shared with `render`) together with the request's render options. */
export type ReadForExport = (req: Request) => Promise<{ options: RenderOptions; read: GadgetRead }>;

/**
 * Builds the portable SVG and file name of a gadget read.
 */
export async function exportGadget(
  read: Extract<GadgetRead, { ok: true }>,
  options: RenderOptions,
): Promise<{ svg: string; filename: string; live: string[] }> {
  const { portableSvg } = await import('./portable');
  const portable = await portableSvg(renderTree(read.spec, read.reading, options), options.language ?? options.locale);
  // Named as the gadget is titled (a saved filter's name when the gadget has no title of its own).
  return { svg: portable.svg, filename: exportFilename(read.spec.title, 'svg'), live: portable.live };
}

/** Defines `export` on `resolver`. */
export function defineExport(resolver: Resolver, readGadget: ReadForExport): void {
  const internal = (): ExportResult => ({ ok: false, code: 'INTERNAL', message: STATUS_MESSAGES.INTERNAL });
  defineGuarded(resolver, 'export', internal, async (req: Request): Promise<ExportResult> => {
    const { options, read } = await readGadget(req);
    if (!read.ok) {
      const failed = read.result;
      if (failed.ok) return { ok: false, code: 'INTERNAL', message: STATUS_MESSAGES.INTERNAL };
      return { ok: false, code: failed.code, message: failed.message };
    }
    try {
      const out = await exportGadget(read, options);
      return { ok: true, svg: out.svg, filename: out.filename, ...(out.live.length > 0 ? { live: out.live } : {}) };
    } catch (error) {
      console.error('glance: export failed', error instanceof Error ? error.message : typeof error);
      return { ok: false, code: 'INTERNAL', message: STATUS_MESSAGES.INTERNAL };
    }
  });
}
