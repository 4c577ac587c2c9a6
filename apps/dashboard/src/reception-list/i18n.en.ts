import type { receptionListJa, receptionListResourceJa } from './i18n';

/** The English labels of this folder's screens (app.* / resources.*), loaded only when a user switches to English. */
export const receptionListEn: typeof receptionListJa = {
  title: 'Reception list',
  hint: 'Home-visit receptions. No personal data: the rows stay after the personal data is deleted. Open a booking from its number.',
  empty: 'No receptions yet',
  export: 'Excel download',
  shared: 'Shared %{count} slip(s) of the week of %{week} with the city',
  share: {
    title: 'Share reception slips with the city',
    week: 'Week of the visits',
    weekLabel: 'Visits %{from}–%{to}',
    previous: 'Previous week',
    next: 'Next week',
    summary: '%{count} not shared (due %{due})',
    button: 'Share with the city',
    confirmTitle: 'Share the reception slips with the city?',
    confirm: 'Shares the home-visit slips of the week from %{from} (%{count} not shared yet) with the city. The share is recorded and the city can then read the slips.',
    overdue: 'Weeks past their sharing deadline with slips not shared: %{weeks}',
  },
};

export const receptionListResourceEn: typeof receptionListResourceJa = {
  name: 'Reception list',
  fields: {
    receptionNumber: 'Reception no.',
    receivedDate: 'Received',
    visitDate: 'Visit',
    plannedApplications: 'Planned applications',
    sharedWithCityDate: 'Shared with the city',
    visitFinishedDate: 'Visit finished',
    personalDataDeletedDate: 'Personal data deleted',
  },
};
