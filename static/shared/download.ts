/**
 * The one download path for gadget exports. `source()` yields the SVG and a filename (today the last
 * render; later the portable `export` resolver), and the file is saved as SVG or as a 2× PNG drawn
 * from that SVG through a canvas — everything stays in the browser, nothing is fetched.
 */

export interface ExportFile {
  svg: string;
  filename: string;
}

/** Saves the gadget as `kind`; resolves once the browser has been handed the file. */
export async function download(kind: 'svg' | 'png', source: () => Promise<ExportFile>): Promise<void> {
  const file = await source();
  const svg = withSize(file.svg);
  const filename = file.filename;
  const base = filename.replace(/\.svg$/i, '');
  const svgBlob = new Blob([svg], { type: 'image/svg+xml' });
  if (kind === 'svg') return save(svgBlob, `${base}.svg`);
  save(await toPng(svgBlob, svgSize(svg), 2), `${base}.png`);
}

/**
 * The saved file with its own `width`/`height` from the root `viewBox` in place of the screen's
 * `width="100%"`, so it does not stretch to whatever holds it (the portable export already has them;
 * the fallback of what is on screen does not). Unchanged when the root has no `viewBox`.
 */
export function withSize(svg: string): string {
  const end = svg.indexOf('>') + 1; // the root tag: the server escapes every '>' in attribute values
  const head = svg.slice(0, end);
  if (!/\sviewBox="/.test(head)) return svg;
  const { w, h } = svgSize(head);
  const sized = head.replace(/\s(width|height)="[^"]*"/g, '').replace(/(\/?>)$/, ` width="${w}" height="${h}"$1`);
  return sized + svg.slice(end);
}

/** Intrinsic size from the root `viewBox` (the SVG is `width="100%"`, so the image has no size of its own). */
function svgSize(svg: string): { w: number; h: number } {
  const m = /viewBox="[-\d.]+[ ,]+[-\d.]+[ ,]+([\d.]+)[ ,]+([\d.]+)"/.exec(svg);
  return m ? { w: Number(m[1]), h: Number(m[2]) } : { w: 320, h: 160 };
}

async function toPng(svgBlob: Blob, size: { w: number; h: number }, scale: number): Promise<Blob> {
  const url = URL.createObjectURL(svgBlob);
  try {
    const img = new Image(size.w, size.h);
    img.src = url;
    await img.decode();
    const canvas = document.createElement('canvas');
    canvas.width = Math.round(size.w * scale);
    canvas.height = Math.round(size.h * scale);
    canvas.getContext('2d')!.drawImage(img, 0, 0, canvas.width, canvas.height);
    return await new Promise<Blob>((resolve, reject) =>
      canvas.toBlob((b) => (b ? resolve(b) : reject(new Error('PNG encoding failed'))), 'image/png'),
    );
  } finally {
    URL.revokeObjectURL(url);
  }
}

/** Hands `blob` to the browser as a download named `filename`. */
export function save(blob: Blob, filename: string): void {
  const a = document.createElement('a');
  a.href = URL.createObjectURL(blob);
  a.download = filename;
  document.body.append(a);
  a.click();
  a.remove();
  setTimeout(() => URL.revokeObjectURL(a.href), 10_000);
}
