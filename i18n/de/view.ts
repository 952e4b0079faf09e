/**
 * The gadget view's words in German (keys and arguments as in ../en/view.ts): shipped in the view, so a
 * failed first load still speaks the viewer's language. Terms as the server and form catalogues use them (Vorgänge).
 */
import type { ViewCatalogue } from '../en/view';

export const view: ViewCatalogue = {
  'view.loading': 'Jira wird gelesen…',
  'view.openIssues': 'Diese Vorgänge in der Vorgangsnavigation öffnen',
  'view.loadFailed': 'Dieses Gadget konnte nicht geladen werden.',
  'view.downloadSvg': 'SVG herunterladen',
  'view.downloadPng': 'PNG herunterladen',
  'view.liveText':
    'Nicht in die Datei gezeichnet: {chars}. Diese Zeichen bleiben Text und sehen nur dort wie auf dem Bildschirm aus, wo eine passende Schriftart installiert ist. Klicken Sie erneut, um trotzdem zu speichern.',
  'view.asOf': 'Stand {time}',
  'view.notNow': 'Jira kann gerade nicht antworten',
  'view.slow': 'Jira braucht länger als sonst. Es wird weiter versucht…',
  'view.retryingIn': 'Neuer Versuch in {seconds} s',
  'view.retrying': 'Neuer Versuch…',
  'view.retry': 'Erneut versuchen',
};
