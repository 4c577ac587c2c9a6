import type { confirmationCallsJa, confirmationCallsResourceJa } from './i18n';

/** The English labels of this folder's screens (app.* / resources.*), loaded only when a user switches to English. */
export const confirmationCallsEn: typeof confirmationCallsJa = {
  title: 'Confirmation calls',
  hint: 'On the working day before a visit, call each booked household (a facility’s contact) to confirm the time, and record the outcome. Bookings still unconfirmed after 15:00 go on the attention list. Showing phone numbers is recorded.',
  visitDate: 'Visit date',
  callDay: 'Call on: %{date}',
  none: 'No confirmed visits in the next two weeks',
  empty: 'No confirmed visits on this day',
  receptionNumber: 'No. %{number}',
  applicants: '%{count} applicant(s)',
  states: { pending: 'Not called', retry: 'Call again', confirmed: 'Confirmed', reschedule: 'To reschedule', cancelled: 'Cancelled' },
  overdue: 'Call overdue',
  outcomes: { reached: 'Reached', no_answer: 'No answer (call again)', reschedule_requested: 'Wants another date', cancelled: 'Cancel' },
  calls: 'Calls',
  calledBy: '%{outcome} (%{name}, %{at})',
  reschedule: 'Open the booking to move it',
  reason: 'Reason for cancelling',
  reasonNeeded: 'Enter the reason for cancelling',
  confirmCancel: 'Record the cancellation',
  back: 'Back',
  recorded: 'Recorded: %{outcome}',
  kinds: { home: 'Home', facility: 'Facility' },
  noContact: '(contact deleted)',
};

export const confirmationCallsResourceEn: typeof confirmationCallsResourceJa = { name: 'Confirmation call |||| Confirmation calls', fields: {} };
