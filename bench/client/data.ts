/**
 * The one gauge every client page shows (the same as bench/render.bench.ts): "Sprint done", 62 of
 * 0..100, red < 50 ≤ amber < 80 ≤ green, target 80, "issues done". Glance's view gets it rendered
 * (the `render` result); the comparison pages get the numbers (`reading`) and draw them.
 */
import { render } from '../../render/index';
import type { Reading, RenderSpec } from '../../render/types';
import type { GaugeData } from './shared';

export const GAUGE_SPEC: RenderSpec = {
  kind: 'gauge',
  title: 'Sprint done',
  label: 'issues done',
  thresholds: {
    base: 'red',
    steps: [
      { from: 50, color: 'amber' },
      { from: 80, color: 'green' },
    ],
  },
};
export const GAUGE_READING: Reading = { value: 62, min: 0, max: 100, target: 80 };
const HREF = '/issues/?jql=project%20%3D%20GLANCE';

/** What the `render` resolver returns for the gauge (computed like functions/app.ts does). */
export function renderResult(payload: { colorMode?: unknown; width?: unknown }): unknown {
  const width = typeof payload.width === 'number' ? payload.width : 320;
  const colorMode = payload.colorMode === 'dark' ? 'dark' : 'light';
  return {
    ok: true,
    svg: render(GAUGE_SPEC, GAUGE_READING, { width, colorMode }),
    value: GAUGE_READING.value,
    href: HREF,
    computedAt: '2026-03-04T12:00:00.000Z',
  };
}

/** The numbers for the pages that draw the gauge themselves. */
export const GAUGE_DATA: GaugeData = {
  title: 'Sprint done',
  label: 'issues done',
  value: 62,
  min: 0,
  max: 100,
  target: 80,
  bands: [
    [0.5, '#C9372C'],
    [0.8, '#E2B203'],
    [1, '#22A06B'],
  ],
  href: HREF,
};
