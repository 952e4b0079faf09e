/** The gadget view's own words (static/view: tooltips, labels, the message when no card came back, the kept picture's age and the retry countdown), English. */
export const view = {
  'view.loading': 'Reading Jira…',
  'view.openIssues': 'Open these issues in the issue navigator',
  'view.loadFailed': 'This gadget could not be loaded.',
  'view.downloadSvg': 'Download SVG',
  'view.downloadPng': 'Download PNG',
  'view.liveText':
    'Not drawn into the file: {chars}. These characters stay text and look as on screen only where a font for them is installed. Click again to save anyway.',
  'view.asOf': 'As of {time}',
  'view.notNow': 'Jira can’t answer right now',
  'view.slow': 'Jira is taking longer than usual. Still trying…',
  'view.retryingIn': 'Retrying in {seconds} s',
  'view.retrying': 'Retrying…',
  'view.retry': 'Retry',
} as const;

export type ViewKey = keyof typeof view;
export type ViewCatalogue = Readonly<Record<ViewKey, string>>;
