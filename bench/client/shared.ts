/**
 * What every comparison page does around its chart, the way the Glance view does it: enable Jira's
 * theming (bounded wait), ask the backend for the numbers through `@forge/bridge`'s `invoke`, redraw
 * on the dashboard refresh event, open the issues on click. Only the drawing differs between pages.
 */
import { events, invoke, router, view } from '@forge/bridge';

/** What the comparison pages get from the backend: the numbers, not markup. */
export interface GaugeData {
  title: string;
  label: string;
  value: number;
  min: number;
  max: number;
  target: number;
  /** [upper bound as a fraction of the range, colour], ascending; the last bound is 1. */
  bands: [number, string][];
  href: string;
}

const REFRESH_EVENT = 'JIRA_DASHBOARD_GADGET_REFRESH';

/** Colour of the band that holds `value`. */
export function bandColor(d: GaugeData): string {
  const f = (d.value - d.min) / (d.max - d.min);
  return (d.bands.find(([to]) => f < to) ?? d.bands[d.bands.length - 1])[1];
}

/** Runs `draw` with the backend's numbers now and on every dashboard refresh. */
export function start(draw: (data: GaugeData, dark: boolean) => void): void {
  let href = '';
  const load = async (): Promise<void> => {
    const data = (await invoke('reading', {})) as GaugeData;
    href = data.href;
    document.getElementById('title')!.textContent = data.title;
    draw(data, document.documentElement.getAttribute('data-color-mode') === 'dark');
    // The benchmark's instrumentation (an init script) marks "drawn" after the next paint.
    (window as unknown as { __benchDrawn?: () => void }).__benchDrawn?.();
  };
  document.getElementById('chart')!.addEventListener('click', () => {
    if (href) void router.navigate(href).catch(() => undefined);
  });
  void events.on(REFRESH_EVENT, () => void load()).catch(() => undefined);
  void Promise.race([view.theme.enable(), new Promise((r) => setTimeout(r, 300))])
    .catch(() => undefined)
    .then(load);
}
