/**
 * The floor: the same bridge calls as the other pages, and the value written as text. Whatever
 * this page costs is the frame, the bridge and the benchmark's own instrumentation, not a gauge.
 */
import { start } from './shared';

start((d) => {
  document.getElementById('chart')!.textContent = `${d.value} ${d.label}`;
});
