import type { programClosingJa, programClosingResourceJa } from './i18n';

/** The English labels of this folder's screens (app.* / resources.*), loaded only when a user switches to English. */
export const programClosingEn: typeof programClosingJa = {
  title: 'Closing the contract',
  hint: 'When the program’s period is over, every record still holding personal data is deleted or handed over to the city (special provisions §10), then the program is closed and takes no new personal data. Every deletion and handover is recorded.',
  periodEnd: 'End of the period',
  closedAt: 'Closing',
  notClosed: 'Not closed yet',
  closedOn: 'Closed on %{at}',
  deleted: 'Deleted',
  handedOver: 'Handed over to the city',
  count: '%{count}',
  checklistTitle: 'Records still holding personal data',
  checklistEmpty: 'No record holds personal data',
  inHandoverFile: 'In a handover file waiting for approval or download',
  selectAll: 'Select all',
  select: 'Select %{label}',
  deleteSelected: 'Delete the personal data of the selected',
  deleteTitle: 'Delete the personal data?',
  deleteConfirm: 'Deletes the personal data of the %{count} selected reservation(s) on the rule of the contract’s end. The keys are destroyed: it cannot be undone. The deletion is recorded as yours.',
  deletedNow: 'Deleted the personal data of %{count} reservation(s)',
  handOverSelected: 'Prepare a file handing the selected over to the city',
  handOverPrepared: 'Handover file prepared. Once a manager other than the one who prepared it approves it, it can be downloaded (the download hands the slips over and deletes their personal data)',
  filesTitle: 'Handover files for the city',
  close: 'Close the program',
  closeTitle: 'Close the program?',
  closeConfirm: 'Completes the closing of this program. No new personal data can be taken afterwards.',
  closedNow: 'The program is closed',
  certificate: 'Certificate of deletion (Excel)',
  certificateHint: 'The list of the personal data deleted or handed over, dated in the Japanese era, for the city.',
};

export const programClosingResourceEn: typeof programClosingResourceJa = { name: 'Closing the contract' };
