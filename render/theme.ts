/**
 * Palettes (Atlassian design-token colours as concrete hex), colour validation and threshold
 * resolution. Colours reach the SVG only through {@link resolveColor}: a palette name or a
 * validated `#rrggbb`; anything else falls back and is never passed through.
 */
import type { Color, ColorMode, ColorName, Thresholds } from './types';

/** 'colorblind': states in blue / orange / vermillion (Okabe–Ito), told apart by lightness too. */
type PaletteName = 'default' | 'colorblind';

/** Every colour a gadget uses, for one colour mode. */
export interface Palette {
  /** Primary text (color.text). */
  text: string;
  /** Secondary text (color.text.subtlest-ish). */
  subtle: string;
  /** Card background (elevation.surface.raised). */
  surface: string;
  /** Empty part of arcs and bars. */
  track: string;
  /** Text in the success / danger colour (darker than the fills, for contrast). */
  successText: string;
  dangerText: string;
  /** Named colours usable in configs. */
  named: Record<ColorName, string>;
}

const LIGHT: Palette = {
  text: '#172B4D',
  subtle: '#626F86',
  surface: '#FFFFFF',
  track: '#DCDFE4',
  successText: '#216E4E',
  dangerText: '#AE2E24',
  named: {
    green: '#22A06B',
    amber: '#E2B203',
    red: '#C9372C',
    blue: '#0C66E4',
    purple: '#6E5DC6',
    teal: '#1D9AAA',
    grey: '#8590A2',
  },
};

const DARK: Palette = {
  text: '#B6C2CF',
  subtle: '#8C9BAB',
  surface: '#22272B',
  track: '#38414A',
  successText: '#7EE2B8',
  dangerText: '#FD9891',
  named: {
    green: '#2ABB7F',
    amber: '#F5CD47',
    red: '#F15B50',
    blue: '#579DFF',
    purple: '#9F8FEF',
    teal: '#60C6D2',
    grey: '#738496',
  },
};

/**
 * Colour-blind-safe variants (Okabe–Ito hues): the state colours green / amber / red become blue /
 * orange / vermillion, which differ in hue for every common colour-vision deficiency and in
 * lightness too; blue (the neutral accent) becomes a sky blue so it does not read as "ok".
 */
const LIGHT_CB: Palette = {
  ...LIGHT,
  successText: '#005A8C',
  dangerText: '#A63F00',
  named: { ...LIGHT.named, green: '#0072B2', amber: '#E69F00', red: '#D55E00', blue: '#56B4E9', teal: '#009E73', purple: '#CC79A7' },
};

const DARK_CB: Palette = {
  ...DARK,
  successText: '#8FCBF2',
  dangerText: '#FFA477',
  named: { ...DARK.named, green: '#3D9BE0', amber: '#F0B43C', red: '#F2783A', blue: '#A3D4F5', teal: '#2CC19A', purple: '#E39CC6' },
};

/** The palette of a colour mode (anything but `'dark'` is light), colour-blind-safe when asked. */
export function palette(mode: ColorMode | undefined, name?: PaletteName): Palette {
  if (name === 'colorblind') return mode === 'dark' ? DARK_CB : LIGHT_CB;
  return mode === 'dark' ? DARK : LIGHT;
}

const HEX = /^#[0-9a-fA-F]{6}$/;

/** True for a palette colour name. */
function isColorName(value: unknown): value is ColorName {
  return typeof value === 'string' && Object.prototype.hasOwnProperty.call(LIGHT.named, value);
}

/**
 * A colour as hex: a palette name resolves in the given mode, a `#rrggbb` is returned upper-cased,
 * anything else (named CSS colours, `url(...)`, other lengths, non-strings) gives `fallback`.
 */
export function resolveColor(
  // eslint-disable-next-line @typescript-eslint/no-redundant-type-constituents -- Color names the palette words for readers
  color: Color | string | undefined,
  mode: ColorMode | undefined,
  fallback: ColorName = 'blue',
  name?: PaletteName,
): string {
  const p = palette(mode, name);
  if (isColorName(color)) return p.named[color];
  if (typeof color === 'string' && HEX.test(color)) return color.toUpperCase();
  return p.named[fallback];
}

/** The threshold step a value falls in. */
export interface ThresholdState {
  /** Hex colour of the step. */
  color: string;
  /** The step's words, when configured. */
  label?: string;
  /** -1 for the base, otherwise the index into the sorted steps. */
  index: number;
}

/** At most this many threshold steps are used (the first ones given); bounds the output size. */
export const MAX_STEPS = 12;

/** Steps with finite `from`, ascending (stable for equal `from`), at most {@link MAX_STEPS}. */
export function sortedSteps(thresholds: Thresholds): Thresholds['steps'] {
  const steps = Array.isArray(thresholds.steps) ? thresholds.steps.slice(0, MAX_STEPS) : [];
  return steps.filter((s) => s && typeof s === 'object' && Number.isFinite(s.from)).sort((a, b) => a.from - b.from);
}

/**
 * Which threshold step `value` is in (`value >= step.from`, last matching step wins), with its colour.
 * Without thresholds, or for a non-finite value, the result is the palette's `fallback` colour.
 */
export function thresholdState(
  value: number,
  thresholds: Thresholds | undefined,
  mode: ColorMode | undefined,
  fallback: ColorName = 'blue',
  name?: PaletteName,
): ThresholdState {
  if (!thresholds || !Number.isFinite(value)) return { color: resolveColor(fallback, mode, fallback, name), index: -1 };
  let state: ThresholdState = { color: resolveColor(thresholds.base, mode, fallback, name), label: thresholds.baseLabel, index: -1 };
  sortedSteps(thresholds).forEach((step, index) => {
    if (value >= step.from) state = { color: resolveColor(step.color, mode, fallback, name), label: step.label, index };
  });
  return state;
}
