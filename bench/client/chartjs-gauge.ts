/**
 * Comparison page: the gauge drawn in the browser by Chart.js 4 as a half doughnut, tree-shaken
 * (DoughnutController + ArcElement only; no legend, tooltip or animation). Outer dataset: the
 * threshold ring; inner: value and track. Value, label, min/max and the target tick are drawn on
 * the canvas by a small plugin, as a Chart.js gauge usually does it.
 */
import { ArcElement, Chart, DoughnutController, type Plugin } from 'chart.js';
import { bandColor, start, type GaugeData } from './shared';

Chart.register(DoughnutController, ArcElement);

const canvas = document.createElement('canvas');
document.getElementById('chart')!.append(canvas);
let chart: Chart<'doughnut'> | undefined;
let current: { d: GaugeData; dark: boolean } | undefined;

const labels: Plugin<'doughnut'> = {
  id: 'gauge-labels',
  afterDraw(c) {
    if (!current) return;
    const { d, dark } = current;
    const arc = c.getDatasetMeta(1).data[0] as unknown as { x: number; y: number; innerRadius: number; outerRadius: number };
    const { ctx } = c;
    const text = dark ? '#B6C2CF' : '#172B4D';
    const subtle = dark ? '#8C9BAB' : '#626F86';
    ctx.save();
    ctx.textAlign = 'center';
    ctx.fillStyle = text;
    ctx.font = '600 48px Inter, system-ui, sans-serif';
    ctx.fillText(String(d.value), arc.x, arc.y - 16);
    ctx.fillStyle = subtle;
    ctx.font = '12px Inter, system-ui, sans-serif';
    ctx.fillText(d.label, arc.x, arc.y + 4);
    ctx.font = '11px Inter, system-ui, sans-serif';
    const mid = (arc.innerRadius + arc.outerRadius) / 2;
    ctx.fillText(String(d.min), arc.x - mid, arc.y + 16);
    ctx.fillText(String(d.max), arc.x + mid, arc.y + 16);
    const a = Math.PI * (1 + (d.target - d.min) / (d.max - d.min));
    ctx.strokeStyle = text;
    ctx.lineWidth = 2;
    ctx.beginPath();
    ctx.moveTo(arc.x + Math.cos(a) * (arc.innerRadius - 4), arc.y + Math.sin(a) * (arc.innerRadius - 4));
    ctx.lineTo(arc.x + Math.cos(a) * (arc.outerRadius + 10), arc.y + Math.sin(a) * (arc.outerRadius + 10));
    ctx.stroke();
    ctx.restore();
  },
};

start((d, dark) => {
  current = { d, dark };
  const span = d.max - d.min;
  const ring = d.bands.map(([to], i) => (to - (i ? d.bands[i - 1][0] : 0)) * span);
  const datasets = [
    { data: ring, backgroundColor: d.bands.map(([, c]) => c), borderWidth: 0, weight: 1 },
    { data: [d.value - d.min, d.max - d.value], backgroundColor: [bandColor(d), dark ? '#38414A' : '#DCDFE4'], borderWidth: 0, weight: 5 },
  ];
  if (chart) {
    chart.data.datasets = datasets;
    chart.update();
    return;
  }
  chart = new Chart(canvas, {
    type: 'doughnut',
    data: { datasets },
    options: { animation: false, maintainAspectRatio: false, circumference: 180, rotation: -90, cutout: '62%', events: [] },
    plugins: [labels],
  });
});
