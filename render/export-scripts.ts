/**
 * Which text the portable export keeps as live text instead of outlining it: text satori cannot lay
 * out the way a browser does. Satori (0.63) reorders right-to-left text with a simplified bidi (no
 * embeddings, which the gadgets' RTL titles use) and composes no emoji sequences, and each `<text>`
 * is shaped run by run here; so right-to-left scripts, scripts whose letters join, reorder or stack
 * (Arabic, Hebrew, Thai, the Indic scripts…) and emoji sequences stay text, drawn by the viewer's
 * renderer with a font stack (docs/export.md, "Scripts").
 */

/** Right-to-left scripts (letters, their marks and presentation forms) and the RTL marks. */
const RTL =
  /[\p{Script=Arabic}\p{Script=Hebrew}\p{Script=Syriac}\p{Script=Thaana}\p{Script=Nko}\p{Script=Samaritan}\p{Script=Mandaic}\p{Script=Adlam}\p{Script=Hanifi_Rohingya}\p{Script=Yezidi}\u200F\u061C\u202B\u202E\u2067]/u;
/** Scripts that need reordering, stacking or joining (complex shaping). */
const COMPLEX =
  /[\p{Script=Devanagari}\p{Script=Bengali}\p{Script=Gurmukhi}\p{Script=Gujarati}\p{Script=Oriya}\p{Script=Tamil}\p{Script=Telugu}\p{Script=Kannada}\p{Script=Malayalam}\p{Script=Sinhala}\p{Script=Thai}\p{Script=Lao}\p{Script=Tibetan}\p{Script=Myanmar}\p{Script=Khmer}\p{Script=Mongolian}\p{Script=Balinese}\p{Script=Javanese}\p{Script=Tai_Tham}\p{Script=Ol_Chiki}]/u;
/**
 * Emoji sequences drawn as one picture: joined (ZWJ), with a presentation selector or keycap, skin
 * tones, flags (regional indicators, tag sequences).
 */
const SEQUENCE = /\u200D|\uFE0F|\u20E3|[\u{1F3FB}-\u{1F3FF}]|[\u{1F1E6}-\u{1F1FF}]|[\u{E0020}-\u{E007F}]/u;
/** A combining mark: a letter with marks outside precomposed forms needs mark positioning. */
const MARK = /\p{M}/u;

/** Whether `ch` (one code point) makes a text need the viewer's own layout (see the file comment). */
function needsLiveLayout(ch: string): boolean {
  return RTL.test(ch) || COMPLEX.test(ch) || SEQUENCE.test(ch) || MARK.test(ch);
}

// eslint-disable-next-line no-restricted-syntax -- an Intl.Segmenter, made on first use: no state between calls
let graphemes: Intl.Segmenter | undefined;

/**
 * The user-perceived characters (graphemes: a letter with its marks, a whole emoji sequence) of
 * `text` that make it need live layout, in order of appearance, once each.
 */
export function liveLayoutChars(text: string): string[] {
  const out = new Set<string>();
  if (!Array.from(text).some(needsLiveLayout)) return [];
  graphemes ??= new Intl.Segmenter('en', { granularity: 'grapheme' });
  for (const { segment } of graphemes.segment(text)) if (Array.from(segment).some(needsLiveLayout)) out.add(segment);
  return [...out];
}
