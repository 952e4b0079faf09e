/**
 * The gadget view's words in Brazilian Portuguese (keys and arguments as in ../en/view.ts): shipped in the view, so a
 * failed first load still speaks the viewer's language. Terms as the server and form catalogues use them (itens).
 */
import type { ViewCatalogue } from '../en/view';

export const view: ViewCatalogue = {
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
