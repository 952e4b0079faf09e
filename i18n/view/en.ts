/** The gadget view's own words (static/view: tooltips, labels, the message when no card came back), English. */
export const viewEn = {
  'view.loading': 'Loading the gadget',
  'view.openIssues': 'Open these issues in the issue navigator',
  'view.loadFailed': 'This gadget could not be loaded. Use the dashboard’s refresh to try again.',
  'view.downloadSvg': 'Download SVG',
  'view.downloadPng': 'Download PNG',
  'view.liveText':
    'Not drawn into the file: {chars}. These characters stay text and look as on screen only where a font for them is installed. Click again to save anyway.',
} as const;

export type ViewKey = keyof typeof viewEn;
export type ViewCatalogue = Readonly<Record<ViewKey, string>>;
