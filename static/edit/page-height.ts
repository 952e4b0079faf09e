/**
 * The settings page's own height. Jira sizes a gadget's frame to its content (the bridge's iframe
 * resizer), so a page as tall as the form would make the frame 2,000–3,400 px tall and the preview
 * would scroll out of sight while a field far below it is edited; `position: sticky` cannot help
 * in a frame that never scrolls. So the page is given a height that fits the viewer's screen, and
 * the form scrolls inside it (edit.css: `.page`, `.scroller`) beside or under the preview.
 */

/** Room the browser and Jira take above and below a gadget on a dashboard (toolbar, Jira's nav, the dashboard and gadget headers). */
const CHROME_PX = 280;
/** Never shorter than this (a short screen scrolls the dashboard instead), never taller than that. */
const MIN_PAGE_PX = 360;
const MAX_PAGE_PX = 880;

/** The page height for a screen `available` px tall (`screen.availHeight`). */
function pageHeight(available: number): number {
  if (!Number.isFinite(available) || available <= 0) return 560;
  return Math.round(Math.min(MAX_PAGE_PX, Math.max(MIN_PAGE_PX, available - CHROME_PX)));
}

/**
 * Sets `--page-h` on `root` from the screen (CSSOM, which Forge's CSP allows: only style
 * attributes and elements need 'unsafe-inline') and keeps it when the window moves to another screen.
 */
export function fitPage(root: HTMLElement): void {
  const apply = () => root.style.setProperty('--page-h', `${pageHeight(screen.availHeight)}px`);
  apply();
  addEventListener('resize', apply);
}
