/**
 * Gadgets in every script Glance promises to export: the edit form's presets in the six interface
 * languages and with Arabic titles and labels (a user's own words), and one card per other script
 * (Chinese, Korean, Hebrew, Thai, Devanagari, emoji), with numbers as Jira would give them.
 */
import { renderTree } from '../../render/index';
import type { SvgElement } from '../../render/svg';
import type { GadgetConfig } from '../../functions/config/types';
import type { MetricResult } from '../../functions/metrics/read-numbers';
import { renderInputs } from '../../functions/render-inputs';
import { FORM_PRESETS } from '../../static/edit/presets';
import { useWords } from '../../static/edit/translate';
import { formWordsFor } from '../../i18n/form';

export interface ScriptCase {
  name: string;
  /** The viewer's locale (numbers, dates, words, and which Han forms come first). */
  locale: string;
  tree: () => SvgElement;
}

const TODAY = new Date('2026-10-20T12:00:00Z');

/** Eight weekly trend points labelled as the locale writes dates ("10月12日", "12. Okt."). */
function trend(locale: string): MetricResult['trend'] {
  const format = new Intl.DateTimeFormat(locale, { month: 'short', day: 'numeric', timeZone: 'UTC' });
  return [12, 15, 9, 18, 24, 22, 31, 30].map((value, i) => ({ value, label: format.format(new Date(Date.UTC(2026, 7, 24 + 7 * i))) }));
}

/** Numbers for a preset's configuration, shaped as the metrics code returns them. */
function numbersFor(config: GadgetConfig, locale: string): MetricResult {
  const base = { href: '/issues', links: {} };
  if (config.kind === 'progress') {
    return {
      ...base,
      value: 113,
      total: 186,
      segments: { todo: 40, inProgress: 33, done: 113 },
      expected: { fraction: 0.45, day: 41, days: 91, sprint: 'Sprint 42' },
    };
  }
  if (config.kind === 'gauge') return { ...base, value: 62 };
  return { ...base, value: config.mappings ? 6 : 58, trend: config.trend ? trend(locale) : undefined };
}

/** A preset as the form fills it in `locale`'s language, optionally with the user's own title and label. */
function preset(id: string, locale: string, words?: { title: string; label: string }): () => SvgElement {
  return () => {
    useWords(formWordsFor(locale).words, locale);
    const config = { ...FORM_PRESETS.find((p) => p.id === id)!.config(TODAY), ...words } as GadgetConfig;
    useWords(undefined, 'en');
    const { spec, reading } = renderInputs(config, numbersFor(config, locale), locale);
    return renderTree(spec, reading, { locale, language: locale, width: 320 });
  };
}

/** Arabic titles and labels per preset (the interface itself has no Arabic: its words stay English). */
const ARABIC: Record<string, { title: string; label: string }> = {
  'open-bugs': { title: 'الأخطاء المفتوحة', label: 'أخطاء لم تُحل' },
  'net-flow': { title: 'صافي التدفق هذا الأسبوع', label: 'المُنشأة ناقص المحلولة' },
  'active-sprint': { title: 'تقدم السباق الحالي', label: 'المهام المنجزة' },
  'story-points': { title: 'نقاط القصص المنجزة', label: 'من أصل ١٠٠ نقطة' },
  'sla-breaches': { title: 'خروقات اتفاقية الخدمة', label: 'مفتوحة الآن' },
};

export const LANGUAGES = ['en-US', 'de-DE', 'fr-FR', 'es-ES', 'ja-JP', 'pt-BR'] as const;

export const PRESET_CASES: ScriptCase[] = [
  ...LANGUAGES.flatMap((locale) => FORM_PRESETS.map((p) => ({ name: `${p.id}-${locale}`, locale, tree: preset(p.id, locale) }))),
  ...FORM_PRESETS.map((p) => ({ name: `${p.id}-ar`, locale: 'en-US', tree: preset(p.id, 'en-US', ARABIC[p.id]) })),
];

function counter(title: string, label: string, compareLabel: string, locale: string): () => SvgElement {
  return () =>
    renderTree(
      { kind: 'counter', title, label, higherIsBetter: false },
      { value: 1234, compare: 1100, compareLabel, trend: { points: trend(locale)!.map((p) => ({ ...p })) } },
      { locale, language: locale, width: 320 },
    );
}

export const SCRIPT_CASES: ScriptCase[] = [
  // Issue #26's example: "▲ +6（23.1%）" once exported as "+623.1%".
  {
    name: 'ja-compare',
    locale: 'ja-JP',
    tree: () =>
      renderTree(
        { kind: 'counter', title: '今週作成された課題' },
        { value: 32, compare: 26, compareLabel: '先週比' },
        { locale: 'ja-JP', language: 'ja-JP', width: 320 },
      ),
  },
  { name: 'zh-hans', locale: 'zh-CN', tree: counter('未解决的缺陷', '本周新建的问题', '与上周相比', 'zh-CN') },
  { name: 'zh-hant', locale: 'zh-TW', tree: counter('未解決的錯誤', '本週建立的議題', '與上週相比', 'zh-TW') },
  { name: 'ko', locale: 'ko-KR', tree: counter('해결되지 않은 버그', '이번 주 생성된 이슈', '지난주 대비', 'ko-KR') },
  { name: 'he', locale: 'en-US', tree: counter('באגים פתוחים', 'נוצרו השבוע', 'לעומת שבוע שעבר', 'en-US') },
  { name: 'th', locale: 'en-US', tree: counter('ข้อบกพร่องที่เปิดอยู่', 'สร้างในสัปดาห์นี้', 'เทียบกับสัปดาห์ที่แล้ว', 'en-US') },
  { name: 'hi', locale: 'en-US', tree: counter('खुले बग', 'इस सप्ताह बनाए गए', 'पिछले सप्ताह की तुलना में', 'en-US') },
  { name: 'emoji', locale: 'en-US', tree: counter('🐞 Open bugs 🔥', '🚀 shipped ★', '📈 vs last week', 'en-US') },
];
