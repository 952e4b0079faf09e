/**
 * Comparison page: the gauge drawn in the browser by ECharts 6, tree-shaken (`echarts/core` +
 * GaugeChart + SVGRenderer), the same three gauge series as bench/render.bench.ts' ECharts gauge:
 * threshold ring, value arc on a track with min/max labels, value and label, target mark.
 */
import * as echarts from 'echarts/core';
import { GaugeChart } from 'echarts/charts';
import { SVGRenderer } from 'echarts/renderers';
import { bandColor, start } from './shared';

echarts.use([GaugeChart, SVGRenderer]);

const el = document.getElementById('chart')!;
let chart: ReturnType<typeof echarts.init> | undefined;

start((d, dark) => {
  chart ??= echarts.init(el, null, { renderer: 'svg' });
  const text = dark ? '#B6C2CF' : '#172B4D';
  const subtle = dark ? '#8C9BAB' : '#626F86';
  const common = {
    type: 'gauge' as const,
    startAngle: 180,
    endAngle: 0,
    min: d.min,
    max: d.max,
    center: ['50%', '80%'],
    axisTick: { show: false },
    splitLine: { show: false },
  };
  chart.setOption({
    animation: false,
    series: [
      {
        ...common,
        radius: '100%',
        axisLine: { lineStyle: { width: 4, color: d.bands } },
        axisLabel: { show: false },
        pointer: { show: false },
        detail: { show: false },
        data: [{ value: d.value }],
      },
      {
        ...common,
        radius: '93%',
        splitNumber: 1,
        progress: { show: true, width: 20, roundCap: true, itemStyle: { color: bandColor(d) } },
        axisLine: { roundCap: true, lineStyle: { width: 20, color: [[1, dark ? '#38414A' : '#DCDFE4']] } },
        axisLabel: { show: true, distance: -30, fontSize: 11, color: subtle },
        pointer: { show: false },
        anchor: { show: false },
        title: { show: true, offsetCenter: [0, '12%'], fontSize: 12, color: subtle },
        detail: { valueAnimation: false, offsetCenter: [0, '-15%'], fontSize: 48, fontWeight: 600, color: text },
        data: [{ value: d.value, name: d.label }],
      },
      {
        ...common,
        radius: '100%',
        axisLine: { show: false },
        axisLabel: { show: false },
        pointer: { show: true, length: '22%', width: 2, offsetCenter: [0, '-80%'], itemStyle: { color: text } },
        detail: { show: false },
        data: [{ value: d.target }],
      },
    ],
  });
});
