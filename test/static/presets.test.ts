/**
 * The edit form's presets and the preview's showcase gadgets are valid version-2 configurations as
 * the resolver reads them, unchanged by normalisation (so "Show current settings" and a save agree).
 */
import assert from 'node:assert/strict';
import { describe, test } from 'node:test';
import { PREVIEW_GADGETS } from '../../dev/dashboard/preview-gadgets';
import { validate } from '../../functions/config/validate';
import { FORM_PRESETS } from '../../static/edit/presets';
import { t } from '../../static/edit/translate';

describe('presets', () => {
  const today = new Date('2026-03-04T12:00:00Z');

  test('the five edit-form presets are there, each a valid v2 config left as it is by validation', () => {
    assert.deepEqual(
      FORM_PRESETS.map((p) => p.id),
      ['open-bugs', 'net-flow', 'active-sprint', 'story-points', 'sla-breaches'],
    );
    for (const p of FORM_PRESETS) {
      const config = p.config(today);
      const r = validate(config);
      assert.ok(r.ok, `${p.id}: ${JSON.stringify(!r.ok && r.errors)}`);
      assert.deepEqual(r.config, config, p.id);
    }
  });

  test('"Active sprint progress": the open sprints\' issues in status segments, marked against the active sprint', () => {
    const sprint = FORM_PRESETS.find((p) => p.id === 'active-sprint')!;
    assert.equal(t(sprint.name), 'Active sprint progress');
    assert.deepEqual(sprint.config(today), {
      version: 2,
      kind: 'progress',
      title: 'Sprint progress',
      label: 'issues done',
      source: { type: 'jql', jql: 'sprint in openSprints()' },
      metric: { type: 'ratio', segments: true },
      expected: { sprint: 'active' },
    });
  });

  test('every preview gadget is valid; the v2 showcase uses trend, percent thresholds, a version, the active sprint and a formula', () => {
    for (const g of PREVIEW_GADGETS) assert.ok(validate(g.config).ok, g.id);
    const v2 = PREVIEW_GADGETS.filter((g) => g.config.version === 2).map((g) => g.config);
    assert.ok(v2.some((c) => c.trend));
    assert.ok(v2.some((c) => (c.thresholds as { mode?: string } | undefined)?.mode === 'percent'));
    assert.ok(v2.some((c) => (c.expected as { versionId?: string } | undefined)?.versionId));
    assert.ok(v2.some((c) => (c.metric as { type: string }).type === 'formula'));
    assert.ok(v2.some((c) => (c.expected as { sprint?: string } | undefined)?.sprint === 'active'));
  });
});
