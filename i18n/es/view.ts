/**
 * The gadget view's words in Spanish (keys and arguments as in ../en/view.ts): shipped in the view, so a
 * failed first load still speaks the viewer's language. Terms as the server and form catalogues use them (incidencias).
 */
import type { ViewCatalogue } from '../en/view';

export const view: ViewCatalogue = {
  'view.loading': 'Leyendo Jira…',
  'view.openIssues': 'Abrir estas incidencias en el navegador de incidencias',
  'view.loadFailed': 'No se ha podido cargar este gadget.',
  'view.downloadSvg': 'Descargar SVG',
  'view.downloadPng': 'Descargar PNG',
  'view.liveText':
    'No dibujados en el archivo: {chars}. Estos caracteres quedan como texto y solo se ven como en pantalla donde haya una fuente adecuada instalada. Vuelve a hacer clic para guardar de todos modos.',
  'view.asOf': 'Datos de las {time}',
  'view.notNow': 'Jira no puede responder en este momento',
  'view.slow': 'Jira tarda más de lo habitual. Seguimos intentándolo…',
  'view.retryingIn': 'Reintento en {seconds} s',
  'view.retrying': 'Reintentando…',
  'view.retry': 'Reintentar',
};
