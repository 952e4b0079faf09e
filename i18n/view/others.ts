/**
 * The gadget view's words in German, French, Spanish, Japanese and Brazilian Portuguese (keys as in
 * en.ts). One file: six short messages each, all shipped in the view, so a failed first load still
 * speaks the viewer's language. Terms as the server and form catalogues use them (Vorgänge, tickets,
 * incidencias, 課題, itens).
 */
import type { ViewCatalogue } from './en';

export const viewDe: ViewCatalogue = {
  'view.loading': 'Gadget wird geladen',
  'view.openIssues': 'Diese Vorgänge in der Vorgangsnavigation öffnen',
  'view.loadFailed': 'Dieses Gadget konnte nicht geladen werden. Aktualisieren Sie das Dashboard, um es erneut zu versuchen.',
  'view.downloadSvg': 'SVG herunterladen',
  'view.downloadPng': 'PNG herunterladen',
  'view.liveText':
    'Nicht in die Datei gezeichnet: {chars}. Diese Zeichen bleiben Text und sehen nur dort wie auf dem Bildschirm aus, wo eine passende Schriftart installiert ist. Klicken Sie erneut, um trotzdem zu speichern.',
};

export const viewFr: ViewCatalogue = {
  'view.loading': 'Chargement du gadget',
  'view.openIssues': 'Ouvrir ces tickets dans le navigateur de tickets',
  'view.loadFailed': 'Impossible de charger ce gadget. Actualisez le tableau de bord pour réessayer.',
  'view.downloadSvg': 'Télécharger en SVG',
  'view.downloadPng': 'Télécharger en PNG',
  'view.liveText':
    'Non dessinés dans le fichier : {chars}. Ces caractères restent du texte et ne s’affichent comme à l’écran que là où une police adaptée est installée. Cliquez à nouveau pour enregistrer quand même.',
};

export const viewEs: ViewCatalogue = {
  'view.loading': 'Cargando el gadget',
  'view.openIssues': 'Abrir estas incidencias en el navegador de incidencias',
  'view.loadFailed': 'No se ha podido cargar este gadget. Actualiza el panel para volver a intentarlo.',
  'view.downloadSvg': 'Descargar SVG',
  'view.downloadPng': 'Descargar PNG',
  'view.liveText':
    'No dibujados en el archivo: {chars}. Estos caracteres quedan como texto y solo se ven como en pantalla donde haya una fuente adecuada instalada. Vuelve a hacer clic para guardar de todos modos.',
};

export const viewJa: ViewCatalogue = {
  'view.loading': 'ガジェットを読み込んでいます',
  'view.openIssues': '課題ナビゲーターでこれらの課題を開く',
  'view.loadFailed': 'このガジェットを読み込めませんでした。ダッシュボードを更新して、もう一度お試しください。',
  'view.downloadSvg': 'SVG をダウンロード',
  'view.downloadPng': 'PNG をダウンロード',
  'view.liveText':
    'ファイルに図形として描かれない文字があります: {chars}。これらはテキストのまま保存され、対応するフォントがある環境でのみ画面と同じに表示されます。このまま保存するには、もう一度クリックしてください。',
};

export const viewPtBR: ViewCatalogue = {
  'view.loading': 'Carregando o gadget',
  'view.openIssues': 'Abrir estes itens no navegador de itens',
  'view.loadFailed': 'Não foi possível carregar este gadget. Atualize o painel para tentar novamente.',
  'view.downloadSvg': 'Baixar SVG',
  'view.downloadPng': 'Baixar PNG',
  'view.liveText':
    'Não desenhados no arquivo: {chars}. Esses caracteres ficam como texto e só aparecem como na tela onde houver uma fonte adequada instalada. Clique novamente para salvar mesmo assim.',
};
