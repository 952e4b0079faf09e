/** Hostile strings for the trust tests: markup, encodings, bidi, control characters and sheer size. */
import fc from 'fast-check';
import { scalarText } from '../helpers/arbitraries';

/**
 * Fixed hostile inputs. The words NaN / Infinity / undefined are left out on purpose: the output scan
 * flags them anywhere in the markup (a broken number), and user text may legitimately contain them.
 */
export const HOSTILE: readonly string[] = [
  '<script>window.__pwned=1</script>',
  '<img src=x onerror="window.__pwned=1">',
  '"><svg onload="window.__pwned=1">',
  "' onmouseover='window.__pwned=1",
  ']]><script>window.__pwned=1</script><![CDATA[',
  '<![CDATA[<script>window.__pwned=1</script>]]>',
  '&amp;&lt;&#x3C;script&#62;&nbsp;&bogus;&#0;',
  '<?xml version="1.0"?><!DOCTYPE x [<!ENTITY e "pwn">]>&e;',
  '<foreignObject><iframe src="javascript:window.__pwned=1"></iframe></foreignObject>',
  '<style>*{background:url(https://evil.example/x)}</style>',
  '<a href="javascript:window.__pwned=1">x</a>',
  'javascript:window.__pwned=1',
  '\u0000\u0001\u0008\u000B\u000C\u001F\u007F\uFFFE\uFFFF',
  '\u202Eevil\u202C \u2066x\u2069 \u200F\u061C',
  '\uD800lone\uDC00 surrogates \uDBFF',
  '🚀👩‍👩‍👧‍👦'.repeat(50),
  '<'.repeat(100_000),
  'x'.repeat(100_000),
  '&'.repeat(30_000) + '"'.repeat(30_000) + "'".repeat(40_000),
];

const noBrokenNumberWords = (s: string) => !/NaN|Infinity|undefined/.test(s);

/** Any hostile string: the fixed list, arbitrary UTF-16 (lone surrogates included), or markup fragments. */
export const hostileString: fc.Arbitrary<string> = fc.oneof(
  { weight: 3, arbitrary: fc.constantFrom(...HOSTILE) },
  { weight: 2, arbitrary: scalarText(60).filter(noBrokenNumberWords) },
  {
    weight: 1,
    arbitrary: fc.string({
      unit: fc.constantFrom('<', '>', '&', '"', "'", ']', '[', '!', '-', '/', ';', '#', 'x', ' ', '\u202E', '\u0000'),
      maxLength: 80,
    }),
  },
);

/** Hostile strings short enough to pass the config's length limits (so they reach the renderer). */
export const hostileShort = (max: number): fc.Arbitrary<string> => hostileString.map((s) => s.slice(0, max));
