/**
 * The gadget view's words in Japanese (keys and arguments as in ../en/view.ts): shipped in the view, so a
 * failed first load still speaks the viewer's language. Terms as the server and form catalogues use them (課題).
 */
import type { ViewCatalogue } from '../en/view';

export const view: ViewCatalogue = {
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
