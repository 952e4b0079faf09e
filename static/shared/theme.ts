/**
 * Jira's colour mode, for both views. `view.theme.enable()` (@forge/bridge) makes Jira mark the
 * page's root with `data-color-mode="light|dark"` and update it when the user switches; the views
 * send it with every render and export (the server draws the SVG in that palette).
 */
import { view } from '@forge/bridge';
import type { RenderRequest } from '../../functions/contract';

export type ColorMode = NonNullable<RenderRequest['colorMode']>;

/** The colour mode Jira has set on the page (light until it says dark). */
export function colorMode(): ColorMode {
  return document.documentElement.getAttribute('data-color-mode') === 'dark' ? 'dark' : 'light';
}

/** Calls `changed` whenever Jira sets the colour mode. */
export function onColorModeChange(changed: () => void): void {
  new MutationObserver(changed).observe(document.documentElement, { attributes: true, attributeFilter: ['data-color-mode'] });
}

/** Turns Jira's theming on, waiting for it at most 300 ms (never blocking a view on it); never rejects. */
export function enableTheme(): Promise<unknown> {
  return Promise.race([view.theme.enable(), new Promise((r) => setTimeout(r, 300))]).catch(() => undefined);
}
