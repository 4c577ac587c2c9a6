import type { deletionLedgerJa, deletionLedgerResourceJa } from './i18n';

/** The English labels of this folder's screens (app.* / resources.*), loaded only when a user switches to English. */
export const deletionLedgerEn: typeof deletionLedgerJa = {
  title: 'Personal data deletion ledger',
  hint: 'Each reservation and application whose personal data was deleted: when, by whom (or the sweep), on which rule. Deleted data had its key destroyed and cannot be restored.',
  limit: 'Personal data still held %{days} days after its purpose ended is listed on the dashboard as needing attention.',
  bookings: 'Reservations (slips and facility requests)',
  empty: 'No reservation’s personal data deleted yet',
  emptyNoBookings: 'This program takes no reservations: it holds no reservation’s personal data',
  count: '%{count} deleted',
  export: 'Excel download',
  run: 'Run the deletion now',
  runTitle: 'Run the deletion now?',
  runConfirm: 'Deletes now the personal data of this program whose purpose ended (visited and shared, etc.). The deletion is recorded as yours and cannot be undone.',
  ran: 'Deleted the personal data of %{count} reservation(s)',
  ranNone: 'No personal data was due for deletion',
  handOvers: 'Applications (deleted after their hand-over to the city)',
  handOverLine: 'Hand-over no. %{number} (%{period}, %{count} applications)  %{at} by the sweep  after the hand-over and its follow-up period',
};

export const deletionLedgerResourceEn: typeof deletionLedgerResourceJa = {
  name: 'Deletion ledger',
  fields: {
    receptionNumber: 'Reception no.',
    kind: 'Kind',
    visitDate: 'Visit',
    visitFinishedDate: 'Visit finished',
    sharedWithCityDate: 'Shared with the city',
    deletedAt: 'Deleted at',
    deletedBy: 'Deleted by',
    rule: 'Rule',
  },
};
