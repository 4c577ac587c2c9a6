import type { inquiriesJa, inquiriesResourceJa } from './i18n';

/** The English labels of this folder's screens (app.* / resources.*), loaded only when a user switches to English. */
export const inquiriesEn: typeof inquiriesJa = {
  categories: { inquiry: 'Inquiry', complaint: 'Complaint', opinion: 'Opinion / request' },
  channels: { phone: 'Phone', visit: 'Visit', mail: 'Mail', email: 'E-mail', other: 'Other' },
  open: 'Open',
  closed: 'Closed',
  escalated: 'Escalated to the city',
  summaryHelp: 'A summary. No names, addresses, phone numbers or dates of birth',
};

export const inquiriesResourceEn: typeof inquiriesResourceJa = {
  name: 'Inquiry |||| Inquiries',
  fields: {
    id: 'ID',
    date: 'Received',
    channel: 'Channel',
    category: 'Kind',
    summary: 'Summary',
    handling: 'Handling',
    escalatedToCity: 'Escalated to the city',
    closedDate: 'Closed',
    open: 'State',
    from: 'From',
    to: 'To',
  },
};
