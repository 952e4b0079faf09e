/**
 * The @fontsource families the portable export outlines with, and the Unicode range of each of
 * their files (the packages' own unicode.json, what their CSS gives as `unicode-range`).
 */
import interRanges from '@fontsource/inter/unicode.json';
import jpRanges from '@fontsource/noto-sans-jp/unicode.json';
import krRanges from '@fontsource/noto-sans-kr/unicode.json';
import scRanges from '@fontsource/noto-sans-sc/unicode.json';
import tcRanges from '@fontsource/noto-sans-tc/unicode.json';
import symbolsRanges from '@fontsource/noto-sans-symbols-2/unicode.json';
import emojiRanges from '@fontsource/noto-emoji/unicode.json';

/** One file split of a family: its name in the file names and the code points it covers. */
interface FontSubset {
  name: string;
  has(codePoint: number): boolean;
}

/** A family as @fontsource publishes it. */
export interface FontFamily {
  /** CSS family name. */
  name: string;
  /** npm package. */
  pkg: string;
  /** File name prefix in the package's `files/` folder. */
  prefix: string;
  weights: readonly number[];
  subsets: readonly FontSubset[];
  /** A CJK family: its slices' ranges are exactly the characters it has. */
  cjk?: boolean;
}

/** Parses a CSS `unicode-range` value ("U+0-FF,U+131,U+4??") into sorted [from, to] pairs. */
export function parseUnicodeRange(value: string): [number, number][] {
  return value
    .split(',')
    .map((part) => part.trim().replace(/^U\+/i, ''))
    .filter(Boolean)
    .map((part): [number, number] => {
      const [from, to] = part.includes('?') ? [part.replace(/\?/g, '0'), part.replace(/\?/g, 'F')] : part.split('-');
      const lo = Number.parseInt(from, 16);
      return [lo, to === undefined ? lo : Number.parseInt(to, 16)];
    })
    .sort((a, b) => a[0] - b[0]);
}

function subset(name: string, range: string): FontSubset {
  let pairs: [number, number][] | undefined;
  return {
    name,
    has(cp) {
      pairs ??= parseUnicodeRange(range);
      let lo = 0;
      let hi = pairs.length - 1;
      while (lo <= hi) {
        const mid = (lo + hi) >> 1;
        if (cp < pairs[mid][0]) hi = mid - 1;
        else if (cp > pairs[mid][1]) lo = mid + 1;
        else return true;
      }
      return false;
    },
  };
}

/** unicode.json names numbered slices "[12]"; the files say "12". */
function subsets(ranges: Record<string, string>, only?: readonly string[]): FontSubset[] {
  return Object.entries(ranges)
    .map(([key, range]) => subset(key.replace(/^\[(\d+)\]$/, '$1'), range))
    .filter((s) => !only || only.includes(s.name));
}

/** Inter's subsets in fallback order. */
const INTER_ORDER = ['latin', 'latin-ext', 'greek', 'greek-ext', 'cyrillic', 'cyrillic-ext', 'vietnamese'];

export const INTER: FontFamily = {
  name: 'Inter',
  pkg: '@fontsource/inter',
  prefix: 'inter',
  weights: [400, 600],
  subsets: INTER_ORDER.map((name) => subsets(interRanges).find((s) => s.name === name)!),
};

const cjk = (name: string, prefix: string, ranges: Record<string, string>): FontFamily => ({
  name,
  pkg: `@fontsource/${prefix}`,
  prefix,
  weights: [400, 600],
  subsets: subsets(ranges),
  cjk: true,
});

const NOTO_JP = cjk('Noto Sans JP', 'noto-sans-jp', jpRanges);
const NOTO_KR = cjk('Noto Sans KR', 'noto-sans-kr', krRanges);
const NOTO_SC = cjk('Noto Sans SC', 'noto-sans-sc', scRanges);
const NOTO_TC = cjk('Noto Sans TC', 'noto-sans-tc', tcRanges);
/** Arrows, geometric shapes, dingbats the CJK families lack (one weight only). */
const NOTO_SYMBOLS: FontFamily = {
  name: 'Noto Sans Symbols 2',
  pkg: '@fontsource/noto-sans-symbols-2',
  prefix: 'noto-sans-symbols-2',
  weights: [400],
  subsets: subsets(symbolsRanges, ['symbols', 'math']),
};
/** Monochrome emoji (single code points; sequences stay live text, render/export-scripts.ts). */
const NOTO_EMOJI: FontFamily = {
  name: 'Noto Emoji',
  pkg: '@fontsource/noto-emoji',
  prefix: 'noto-emoji',
  weights: [400, 600],
  subsets: subsets(emojiRanges),
};

/** Every bundled family, Inter first, the rest in their default fallback order. */
export const FAMILIES: readonly FontFamily[] = [INTER, NOTO_JP, NOTO_KR, NOTO_SC, NOTO_TC, NOTO_SYMBOLS, NOTO_EMOJI];

/** The CJK family whose Han forms a locale reads: zh-TW/zh-HK/zh-Hant → TC, zh → SC, ko → KR, else JP. */
export function cjkFirst(locale: string | undefined): FontFamily {
  const l = (locale ?? '').toLowerCase().replace(/_/g, '-');
  if (/^zh-(tw|hk|mo|hant)/.test(l)) return NOTO_TC;
  if (l.startsWith('zh')) return NOTO_SC;
  if (l.startsWith('ko')) return NOTO_KR;
  return NOTO_JP;
}
