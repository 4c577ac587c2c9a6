import type { businessPlansJa, businessPlansResourceJa } from './i18n';

/** The English labels of this folder's screens (app.* / resources.*), loaded only when a user switches to English. */
export const businessPlansEn: typeof businessPlansJa = {
  title: 'Business plan',
  hint: 'The business plan — sites, days, publicity, the team and how it works — is submitted and needs the city’s consent beforehand. A change is submitted as a new version.',
  notRequired: 'This program does not require a business plan (it can be changed in the program settings)',
  inForce: 'Version in force: %{version}',
  noneInForce: 'No version has the city’s consent yet',
  empty: 'No business plan has been submitted yet',
  submitTitle: 'Submit a new version',
  file: 'Business plan file',
  chooseFile: 'Choose a file',
  fileHint: 'PDF, Word, Excel or PowerPoint, up to 10 MB',
  noFile: 'No file chosen',
  titleField: 'Title (the file name when empty)',
  note: 'What changed, a note to the city',
  submit: 'Submit',
  uploading: 'Sending %{percent}%',
  submitted: 'Submitted the business plan (version %{version})',
  version: 'Version %{version}',
  download: 'Download (%{size})',
  approve: 'Consent',
  approved: 'Consented to the business plan (version %{version})',
  return: 'Return',
  returnTitle: 'Return the business plan (version %{version})',
  returnReason: 'Reason for returning it',
  returned: 'Returned the business plan (version %{version})',
  withdraw: 'Withdraw',
  withdrawn: 'Withdrew the business plan (version %{version})',
  submittedBy: 'Submitted: %{name} (%{at})',
  decidedBy: '%{status}: %{name} (%{at})',
  reason: 'Reason: %{reason}',
  noteLine: 'Changes: %{note}',
  statuses: { submitted: 'Awaiting consent', approved: 'Consented', returned: 'Returned', withdrawn: 'Withdrawn' },
};

export const businessPlansResourceEn: typeof businessPlansResourceJa = { name: 'Business plan' };
