/**
 * Every gadget in German (long compound words) and Japanese (wide glyphs): golden SVGs, every text
 * inside the canvas, the value whole and at a readable size, and no English word of ours left.
 */
import { describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { render, renderStatus } from '../../render/index';
import type { Reading, RenderSpec, StatusSpec, Thresholds } from '../../render/types';
import { translator } from '../../i18n/index';
import { matchSnapshot } from '../helpers/snapshot';
import { allElements, forbiddenMarkup, parseXml, textContent } from '../helpers/xml';
import { textOutsideCanvas } from './fit';

/** Threshold bands without labels: their names come from the catalogue. */
const BANDS: Thresholds = {
  base: 'red',
  steps: [
    { from: 50, color: 'amber' },
    { from: 80, color: 'green' },
  ],
};
const BUGS: Thresholds = {
  base: 'green',
  steps: [
    { from: 30, color: 'amber' },
    { from: 50, color: 'red' },
  ],
};
const SEGMENTS = { todo: 12, inProgress: 17, done: 21 };

interface Case {
  name: string;
  spec?: RenderSpec;
  reading?: Reading;
  status?: StatusSpec;
  width?: number;
  /** Smallest font size the value may shrink to. */
  minValueSize?: number;
  /** Words of ours the card must show (visible text). */
  shows: string[];
}

interface Language {
  locale: string;
  weeks: string[];
  cases: Case[];
}

function trend(labels: string[]): Reading['trend'] {
  return { points: [12, 15, 9, 18, 24, 22, 31, 30].map((value, i) => ({ value, label: labels[i] })) };
}

function languages(): Language[] {
  const de = translator('de-DE');
  const ja = translator('ja-JP');
  const deWeeks = ['6. Okt.', '13. Okt.', '20. Okt.', '27. Okt.', '3. Nov.', '10. Nov.', '17. Nov.', '24. Nov.'];
  const jaWeeks = ['10月6日', '10月13日', '10月20日', '10月27日', '11月3日', '11月10日', '11月17日', '11月24日'];
  return [
    {
      locale: 'de-DE',
      weeks: deWeeks,
      cases: [
        {
          name: 'gauge',
          spec: {
            kind: 'gauge',
            title: 'Sprintfortschritt der Plattformentwicklungsgruppe',
            label: 'erledigte Vorgänge',
            thresholds: BANDS,
          },
          reading: { value: 62, min: 0, max: 100, target: 80, trend: trend(deWeeks) },
          minValueSize: 14,
          shows: [],
        },
        {
          name: 'gauge-duration',
          spec: { kind: 'gauge', title: 'Erfasste Zeit', label: 'der Schätzung', format: { style: 'duration' } },
          reading: { value: 100_800, min: 0, max: 288_000 },
          minValueSize: 14,
          shows: ['3\u00A0T. 4\u00A0Std.'],
        },
        {
          name: 'gauge-narrow',
          spec: { kind: 'gauge', title: 'Sprintfortschritt', label: 'Vorgänge', thresholds: BANDS },
          reading: { value: 62, min: 0, max: 100, target: 80 },
          width: 160,
          minValueSize: 14,
          shows: [],
        },
        {
          name: 'counter',
          spec: { kind: 'counter', title: 'Offene Fehlerberichte', label: 'im Projekt GLANCE', higherIsBetter: false, thresholds: BUGS },
          reading: { value: 1234, compare: 1100, compareLabel: 'gegenüber letzter Woche', trend: trend(deWeeks) },
          minValueSize: 18,
          shows: ['1.234'],
        },
        {
          name: 'counter-no-change',
          spec: { kind: 'counter', title: 'Neue Störungen' },
          reading: { value: 3, compare: 3, compareLabel: 'gegenüber gestern' },
          minValueSize: 18,
          shows: ['Keine Änderung gegenüber gestern'],
        },
        {
          name: 'counter-narrow',
          spec: { kind: 'counter', title: 'Offene Fehlerberichte', label: 'im Projekt GLANCE' },
          reading: { value: 1_234_567, compare: 1_200_000, compareLabel: 'gegenüber letzter Woche' },
          width: 160,
          minValueSize: 18,
          shows: [],
        },
        {
          name: 'progress',
          spec: { kind: 'progress', title: 'Sprint 42', showSegments: true },
          reading: { value: 21, total: 50, segments: SEGMENTS, expected: { fraction: 0.575, day: 12, days: 20 } },
          minValueSize: 16,
          shows: [
            'Rückstand 15 Punkte',
            'Zu erledigen',
            'In Arbeit',
            'Fertig',
            '21 von 50 erledigt',
            '57\u00A0% der Zeit vergangen · Tag 12 von 20',
          ],
        },
        {
          name: 'progress-narrow',
          spec: { kind: 'progress', title: 'Sprint 42', thresholds: BANDS },
          reading: { value: 21, total: 50, expected: { fraction: 0, starts: '2026-11-01' } },
          width: 160,
          minValueSize: 16,
          shows: [],
        },
        {
          name: 'progress-sprint',
          spec: { kind: 'progress', title: 'Sprintfortschritt', showSegments: true },
          reading: { value: 21, total: 50, segments: SEGMENTS, expected: { fraction: 0.55, day: 6, days: 10, sprint: 'Sprint 42' } },
          minValueSize: 16,
          shows: ['Sprint 42 · 55\u00A0% der Zeit vergangen · Tag 6 von 10'],
        },
        {
          name: 'status',
          status: { state: 'empty', title: 'Sprintfortschritt', message: de('status.notConfigured'), kind: 'gauge' },
          shows: [de('status.notConfigured')],
        },
        {
          name: 'status-narrow',
          status: {
            state: 'error',
            title: 'Sprintfortschritt',
            message: de('status.rateLimited'),
            detail: de('status.retryIn', { seconds: '30' }),
            kind: 'progress',
          },
          width: 160,
          shows: [],
        },
      ],
    },
    {
      locale: 'ja-JP',
      weeks: jaWeeks,
      cases: [
        {
          name: 'gauge',
          spec: { kind: 'gauge', title: 'プラットフォームチームのスプリント進捗状況', label: '完了した課題', thresholds: BANDS },
          reading: { value: 62, min: 0, max: 100, target: 80, trend: trend(jaWeeks) },
          minValueSize: 14,
          shows: [],
        },
        {
          name: 'gauge-duration',
          spec: { kind: 'gauge', title: '作業記録', label: '見積もりに対して', format: { style: 'duration' } },
          reading: { value: 100_800, min: 0, max: 288_000 },
          minValueSize: 14,
          shows: ['3日 4時間'],
        },
        {
          name: 'gauge-narrow',
          spec: { kind: 'gauge', title: 'スプリント進捗', label: '課題', thresholds: BANDS },
          reading: { value: 62, min: 0, max: 100, target: 80 },
          width: 160,
          minValueSize: 14,
          shows: [],
        },
        {
          name: 'counter',
          spec: { kind: 'counter', title: '未解決のバグ', label: 'GLANCE プロジェクト', higherIsBetter: false, thresholds: BUGS },
          reading: { value: 1234, compare: 1100, compareLabel: '先週比', trend: trend(jaWeeks) },
          minValueSize: 18,
          shows: ['1,234'],
        },
        {
          name: 'counter-no-change',
          spec: { kind: 'counter', title: '新しいインシデント' },
          reading: { value: 3, compare: 3, compareLabel: '昨日比' },
          minValueSize: 18,
          shows: ['変化なし 昨日比'],
        },
        {
          name: 'counter-narrow',
          spec: { kind: 'counter', title: '未解決のバグ', label: 'GLANCE プロジェクト' },
          reading: { value: 1_234_567, compare: 1_200_000, compareLabel: '先週比' },
          width: 160,
          minValueSize: 18,
          shows: [],
        },
        {
          name: 'progress',
          spec: { kind: 'progress', title: 'スプリント 42', showSegments: true },
          reading: { value: 21, total: 50, segments: SEGMENTS, expected: { fraction: 0.575, day: 12, days: 20 } },
          minValueSize: 16,
          shows: ['15 ポイント 遅延', '未着手', '進行中', '完了', '50 件中 21 件完了', '経過時間 57%・20 日中 12 日目'],
        },
        {
          name: 'progress-narrow',
          spec: { kind: 'progress', title: 'スプリント 42', thresholds: BANDS },
          reading: { value: 21, total: 50, expected: { fraction: 0, starts: '2026-11-01' } },
          width: 160,
          minValueSize: 16,
          shows: [],
        },
        {
          name: 'progress-sprint',
          spec: { kind: 'progress', title: 'スプリント進捗', showSegments: true },
          reading: { value: 21, total: 50, segments: SEGMENTS, expected: { fraction: 0.55, day: 6, days: 10, sprint: 'スプリント 42' } },
          minValueSize: 16,
          shows: ['スプリント 42・経過時間 55%・10 日中 6 日目'],
        },
        {
          name: 'status',
          status: { state: 'empty', title: 'スプリント進捗', message: ja('status.notConfigured'), kind: 'gauge' },
          shows: [ja('status.notConfigured')],
        },
        {
          name: 'status-narrow',
          status: {
            state: 'error',
            title: 'スプリント進捗',
            message: ja('status.rateLimited'),
            detail: ja('status.retryIn', { seconds: '30' }),
            kind: 'progress',
          },
          width: 160,
          shows: [],
        },
      ],
    },
  ];
}

/** Phrases of the English catalogue that must not appear in another language's card. */
const ENGLISH = [
  'on a scale',
  'trend over',
  'target ',
  'of time',
  'Behind',
  'Ahead',
  'On track',
  'To Do',
  'In Progress',
  'Done',
  'No change',
  'up ',
  'down ',
  ' done',
  'Day ',
  'Starts',
  'No data',
  'retry',
];

function renderCase(c: Case, locale: string): string {
  const options = { locale, width: c.width };
  return c.status ? renderStatus(c.status, options) : render(c.spec as RenderSpec, c.reading as Reading, options);
}

for (const language of languages()) {
  describe(`gadgets in ${language.locale}`, () => {
    for (const c of language.cases) {
      it(`${c.name}: golden, inside the canvas, value whole and readable, in ${language.locale}`, () => {
        const svg = renderCase(c, language.locale);
        assert.deepEqual(forbiddenMarkup(svg), []);
        matchSnapshot(`render/lang-${language.locale}-${c.name}`, svg);
        assert.deepEqual(textOutsideCanvas(svg), []);
        const root = parseXml(svg);
        const texts = allElements(root)
          .filter((e) => e.name === 'text')
          .map(textContent);
        // Wrapped lines are read as one text (spaces aside: a wrap drops the one it breaks at).
        const squeeze = (text: string) => text.replace(/\s/g, '');
        for (const words of c.shows)
          assert.ok(squeeze(texts.join('')).includes(squeeze(words)), `shows "${words}" (texts: ${texts.join(' | ')})`);
        const label = root.attrs['aria-label'];
        for (const english of ENGLISH)
          assert.ok(!label.includes(english) && !texts.some((t) => t.includes(english)), `English "${english}" in ${label}`);
        if (c.minValueSize) {
          const group = allElements(root).find((e) => e.name === 'g' && e.attrs['data-drill'] === 'value');
          const value = group && allElements(group).find((e) => e.name === 'text');
          assert.ok(value, 'a value');
          assert.ok(Number(value.attrs['font-size']) >= c.minValueSize, `value at ${value.attrs['font-size']} px`);
          assert.ok(!textContent(value).includes('…'), `value cut: ${textContent(value)}`);
        }
      });
    }
  });
}
