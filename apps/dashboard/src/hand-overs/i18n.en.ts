import type { handOversJa, handOversResourceJa } from './i18n';

/** The English labels of this folder's screens (app.* / resources.*), loaded only when a user switches to English. */
export const handOversEn: typeof handOversJa = {
  title: 'Hand-over to the city',
  hint: "Hands a day's or a week's (up to %{days} days) applications over to the city as one batch. Each application is handed over once; each download of the list is recorded.",
  retention: "The applications' personal data is deleted automatically %{days} days after the hand-over.",
  photos: 'Face photos attached to the applications go in the same single file (zip) as the list, named by form ID; hand over the others with the application forms.',
  today: 'Today',
  thisWeek: 'This week',
  from: 'From',
  to: 'To',
  pending: '%{count} application(s) not yet handed over',
  pendingNone: 'No application of this period is waiting',
  create: 'Hand over to the city',
  created: 'Hand-over no. %{number} recorded (%{count})',
  batches: 'Hand-overs',
  batchesNone: 'No hand-over yet',
  batch: 'No. %{number}\u3000%{period}\u3000%{count}',
  handedOver: 'Handed over %{date}',
  deletionDue: 'Personal data deleted after %{date}',
  deleted: 'Personal data deleted (%{date})',
  download: 'Applicant list and face photos (zip)',
};

export const handOversResourceEn: typeof handOversResourceJa = { name: 'Hand-over |||| Hand-overs', fields: { from: 'From', to: 'To' } };
