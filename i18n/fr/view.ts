/**
 * The gadget view's words in French (keys and arguments as in ../en/view.ts): shipped in the view, so a
 * failed first load still speaks the viewer's language. Terms as the server and form catalogues use them (tickets).
 */
import type { ViewCatalogue } from '../en/view';

export const view: ViewCatalogue = {
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
