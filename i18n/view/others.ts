/**
 * The gadget view's words in German, French, Spanish, Japanese and Brazilian Portuguese (keys as in
 * en.ts). One file: a dozen short messages each, all shipped in the view, so a failed first load still
 * speaks the viewer's language. Terms as the server and form catalogues use them (Vorgänge, tickets,
 * incidencias, 課題, itens).
 */
import type { ViewCatalogue } from './en';

export const viewDe: ViewCatalogue = {
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

export const viewFr: ViewCatalogue = {
  'view.loading': 'Lecture de Jira…',
  'view.openIssues': 'Ouvrir ces tickets dans le navigateur de tickets',
  'view.loadFailed': 'Impossible de charger ce gadget.',
  'view.downloadSvg': 'Télécharger en SVG',
  'view.downloadPng': 'Télécharger en PNG',
  'view.liveText':
    'Non dessinés dans le fichier : {chars}. Ces caractères restent du texte et ne s’affichent comme à l’écran que là où une police adaptée est installée. Cliquez à nouveau pour enregistrer quand même.',
  'view.asOf': 'Données de {time}',
  'view.notNow': 'Jira ne peut pas répondre pour le moment',
  'view.slow': 'Jira met plus de temps que d’habitude. Nouvel essai en cours…',
  'view.retryingIn': 'Nouvel essai dans {seconds} s',
  'view.retrying': 'Nouvel essai…',
  'view.retry': 'Réessayer',
};

export const viewEs: ViewCatalogue = {
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

export const viewJa: ViewCatalogue = {
  'view.loading': 'Jira を読み込んでいます…',
  'view.openIssues': '課題ナビゲーターでこれらの課題を開く',
  'view.loadFailed': 'このガジェットを読み込めませんでした。',
  'view.downloadSvg': 'SVG をダウンロード',
  'view.downloadPng': 'PNG をダウンロード',
  'view.liveText':
    'ファイルに図形として描かれない文字があります: {chars}。これらはテキストのまま保存され、対応するフォントがある環境でのみ画面と同じに表示されます。このまま保存するには、もう一度クリックしてください。',
  'view.asOf': '{time} 時点',
  'view.notNow': 'Jira は現在応答できません',
  'view.slow': 'Jira の応答にいつもより時間がかかっています。再試行を続けています…',
  'view.retryingIn': '{seconds} 秒後に再試行します',
  'view.retrying': '再試行しています…',
  'view.retry': '再試行',
};

export const viewPtBR: ViewCatalogue = {
  'view.loading': 'Lendo o Jira…',
  'view.openIssues': 'Abrir estes itens no navegador de itens',
  'view.loadFailed': 'Não foi possível carregar este gadget.',
  'view.downloadSvg': 'Baixar SVG',
  'view.downloadPng': 'Baixar PNG',
  'view.liveText':
    'Não desenhados no arquivo: {chars}. Esses caracteres ficam como texto e só aparecem como na tela onde houver uma fonte adequada instalada. Clique novamente para salvar mesmo assim.',
  'view.asOf': 'Dados de {time}',
  'view.notNow': 'O Jira não pode responder agora',
  'view.slow': 'O Jira está demorando mais que o normal. Tentando novamente…',
  'view.retryingIn': 'Nova tentativa em {seconds} s',
  'view.retrying': 'Tentando novamente…',
  'view.retry': 'Tentar novamente',
};
