import type { reportFormsJa } from './i18n';

/** The English labels of this folder's screens (app.* / resources.*), loaded only when a user switches to English. */
export const reportFormsEn: typeof reportFormsJa = {
  tab: 'Report forms',
  hint: 'The form of the monthly and completion reports agreed with the city. Every download and submission is built with it; versions already submitted keep the form they were built with.',
  readOnly: 'The city’s administrator sets the form.',
  kinds: { monthly: 'Monthly report', completion: 'Completion report' },
  usual: 'Usual form',
  custom: 'Agreed form',
  sheets: 'Sheets and their order (ticked sheets, in this order)',
  up: 'Move %{sheet} up',
  down: 'Move %{sheet} down',
  eraStyle: 'Years in titles, dates and file name',
  eraStyles: { wareki: 'Japanese era (令和8年)', seireki: 'Western (2026年)' },
  title: 'Title (blank: “%{usual}”)',
  documentNumber: 'Document number (top right of the first sheet)',
  save: 'Save the form',
  saved: 'Form of the %{kind} saved',
};
