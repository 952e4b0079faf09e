import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { bundleScriptMs } from '../../support/trace-attribution';

// Chromium trace events as the client benchmark reads them: one renderer main thread (pid 1, tid 10).
const meta = [
  { name: 'thread_name', ph: 'M', ts: 0, pid: 1, tid: 10, args: { name: 'CrRendererMain' } },
  { name: 'thread_name', ph: 'M', ts: 0, pid: 1, tid: 11, args: { name: 'Compositor' } },
];
const ev = (name: string, ts: number, dur: number, url?: string, tid = 10) => ({
  name,
  ph: 'X',
  ts,
  dur,
  pid: 1,
  tid,
  args: url ? { data: { url } } : {},
});

describe('client bench: script time of a page bundle from trace events', () => {
  it('sums the outermost events of the bundle, once, on the main thread only', () => {
    const events = [
      ...meta,
      ev('EvaluateScript', 1_000, 4_000, 'http://x/pages/glance/main.js'),
      ev('v8.compile', 1_100, 1_000, 'http://x/pages/glance/main.js'), // nested: already counted
      ev('FunctionCall', 2_000, 500, 'http://x/pages/glance/main.js'), // nested too
      ev('FunctionCall', 9_000, 2_000, 'http://x/pages/glance/main.js'),
      ev('FunctionCall', 12_000, 7_000, 'http://x/__forge/bridge.js'), // another script
      ev('FunctionCall', 20_000, 3_000, 'http://x/pages/glance/main.js', 11), // another thread
      ev('Layout', 30_000, 9_000),
    ];
    assert.equal(bundleScriptMs(events, '/pages/glance/main.js'), 6);
    assert.equal(bundleScriptMs(events, '/__forge/bridge.js'), 7);
  });

  it('is NaN when the trace never ran the bundle (a broken run is not a zero)', () => {
    assert.ok(Number.isNaN(bundleScriptMs([...meta, ev('Layout', 0, 10)], '/pages/glance/main.js')));
  });
});
