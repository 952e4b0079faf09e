/**
 * The minimal resolver (./minimal.ts) plus a server-side ECharts gauge (tree-shaken: `echarts/core`
 * + GaugeChart + SVGRenderer, SSR string output): what a function rendering with ECharts would ship.
 */
import api, { route } from '@forge/api';
import * as echarts from 'echarts/core';
import { GaugeChart } from 'echarts/charts';
import { SVGRenderer } from 'echarts/renderers';
import { Resolver } from '../../functions/resolver';

echarts.use([GaugeChart, SVGRenderer]);

const resolver = new Resolver();
resolver.define('render', async () => {
  const response = await api.asUser().requestJira(route`/rest/api/3/search/approximate-count`, {
    method: 'POST',
    headers: { 'Content-Type': 'application/json' },
    body: JSON.stringify({ jql: 'project = GLANCE' }),
  });
  const value = ((await response.json()) as { count: number }).count;
  const chart = echarts.init(null, null, { renderer: 'svg', ssr: true, width: 320, height: 234 });
  chart.setOption({
    animation: false,
    series: [{ type: 'gauge', startAngle: 180, endAngle: 0, min: 0, max: 100, progress: { show: true }, data: [{ value }] }],
  });
  const svg = chart.renderToSVGString();
  chart.dispose();
  return { svg, value };
});
export const handler = resolver.getDefinitions();
