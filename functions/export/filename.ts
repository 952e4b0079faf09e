/**
 * The download file name of an exported gadget, derived from its title: safe on Windows, macOS and
 * Linux, readable (spaces and any script kept), never empty.
 */
import { LONE_SURROGATE } from '../unicode';

/** Used when the title leaves nothing usable. */
export const FALLBACK_NAME = 'glance-gadget';
/** Longest base name kept, in user-perceived characters (graphemes). */
export const MAX_NAME_LENGTH = 80;
/**
 * Longest whole file name, extension included, in UTF-8 bytes: ext4, APFS and most others allow 255
 * bytes per name (NTFS 255 UTF-16 units, never more than the UTF-8 bytes). 80 emoji are 320 bytes.
 */
export const MAX_NAME_BYTES = 255;

// eslint-disable-next-line no-control-regex
const CONTROL = /[\u0000-\u001F\u007F-\u009F]/g;
/** Bidi overrides/isolates: they can make "evil‮gvs.exe" display as "evilexe.svg". */
const BIDI = /[\u061C\u200E\u200F\u202A-\u202E\u2066-\u2069]/g;
/** Path separators and characters Windows forbids in names. */
const RESERVED_CHARS = /[\\/:*?"<>|]/g;
/**
 * Device names Windows reserves: the name up to its first dot (trailing spaces ignored) is a device
 * with any extension, so "con.txt.svg" opens CON. Microsoft, "Naming Files, Paths, and Namespaces":
 * https://learn.microsoft.com/en-us/windows/win32/fileio/naming-a-file ("Do not use the following
 * reserved names for the name of a file: CON, PRN, AUX, NUL, COM0–COM9, COM¹–COM³, LPT0–LPT9,
 * LPT¹–LPT³ … Also avoid these names followed immediately by an extension; for example, NUL.txt");
 * CONIN$ and CONOUT$ are console devices as well.
 */
const RESERVED_STEM = /^(con|prn|aux|nul|conin\$|conout\$|com[0-9¹²³]|lpt[0-9¹²³])(?= *(?:\.|$))/i;

/** Made on first use: the views bundle this file, and a browser without Intl.Segmenter must still load them. */
// eslint-disable-next-line no-restricted-syntax -- the grapheme segmenter, made on first use (the views bundle this file): no state
let segmenter: Intl.Segmenter | undefined;

/** The graphemes (user-perceived characters) of `text`. */
function graphemes(text: string): Intl.Segments {
  segmenter ??= new Intl.Segmenter('en', { granularity: 'grapheme' });
  return segmenter.segment(text);
}

/** Cuts `text` to at most `max` graphemes (never inside an emoji or a letter with its marks). */
function cut(text: string, max: number): string {
  let out = '';
  let count = 0;
  for (const { segment } of graphemes(text)) {
    if (++count > max) break;
    out += segment;
  }
  return out;
}

/** Made on first use, like the segmenter: loading the views runs nothing of this file. */
// The instance type of the global, which both layers have (Node's types here, DOM's in the edit view).
// eslint-disable-next-line no-restricted-syntax -- the UTF-8 encoder, made on first use (the views bundle this file): no state
let utf8: InstanceType<typeof TextEncoder> | undefined;

/** UTF-8 length of `text`. */
export function utf8Bytes(text: string): number {
  utf8 ??= new TextEncoder();
  return utf8.encode(text).length;
}

/**
 * Cuts `text` to at most `max` UTF-8 bytes at a grapheme boundary; only a first grapheme longer
 * than `max` (a letter with hundreds of marks) is cut between its code points. Never splits a
 * code point, so no lone surrogate or partial UTF-8 sequence is left.
 */
export function cutToBytes(text: string, max: number): string {
  let out = '';
  let bytes = 0;
  for (const { segment } of graphemes(text)) {
    const size = utf8Bytes(segment);
    if (bytes + size <= max) {
      out += segment;
      bytes += size;
      continue;
    }
    if (out !== '') break;
    for (const cp of segment) {
      const n = utf8Bytes(cp);
      if (bytes + n > max) break;
      out += cp;
      bytes += n;
    }
    break;
  }
  return out;
}

/**
 * A file name for `title` with `extension` ("svg", "png", "json"): control and bidi characters and lone
 * surrogates removed,
 * separators and Windows-reserved characters replaced by "-", whitespace collapsed, leading and
 * trailing dots/spaces/dashes trimmed, a reserved device name (with any extension) given a "_", cut to
 * {@link MAX_NAME_LENGTH} graphemes and the whole name to {@link MAX_NAME_BYTES} UTF-8 bytes;
 * empty → "glance-gadget".
 *
 * @example exportFilename('Sprint 42 / Team A', 'svg') // 'Sprint 42 - Team A.svg'
 */
export function exportFilename(title: string | null | undefined, extension: 'svg' | 'png' | 'json'): string {
  const trim = (s: string): string => s.replace(/^[\s.-]+|[\s.-]+$/g, '');
  let name = typeof title === 'string' ? title.normalize('NFC') : '';
  name = name
    .replace(/[\t\r\n]/g, ' ')
    .replace(CONTROL, '')
    .replace(BIDI, '')
    .replace(LONE_SURROGATE, '')
    .replace(RESERVED_CHARS, '-');
  name = trim(name.replace(/\s+/g, ' ').replace(/-{2,}/g, '-'));
  // Room for ".ext" and a "_" after a reserved device name.
  name = trim(cutToBytes(cut(name, MAX_NAME_LENGTH), MAX_NAME_BYTES - utf8Bytes(`_.${extension}`)));
  // "_" right after the device stem, before any extension: "con.txt" → "con_.txt".
  name = name.replace(RESERVED_STEM, '$1_');
  return `${name || FALLBACK_NAME}.${extension}`;
}
