import type { incidentsJa, incidentsResourceJa } from './i18n';

/** The English labels of this folder's screens (app.* / resources.*), loaded only when a user switches to English. */
export const incidentsEn: typeof incidentsJa = {
  kinds: { leak: 'Leak', loss: 'Loss', damage: 'Damage', misdelivery: 'Sent or handed to the wrong person', unauthorized_use: 'Misuse or unauthorized access', other: 'Other' },
  statuses: { reported: 'Reported', investigating: 'Investigating', resolved: 'Resolved' },
  hint: 'When you learn of a leak, loss or misuse of personal data (or the risk of one), record it here at once. It appears on the city’s dashboard immediately (special provisions §12).',
  textHelp: 'No names, addresses, phone numbers or dates of birth: write reception numbers',
  reportedBy: 'Reported by',
  residents: '%{count} resident(s)',
};

export const incidentsResourceEn: typeof incidentsResourceJa = {
  name: 'Personal data incident |||| Personal data incidents',
  fields: {
    kind: 'Kind',
    occurredAt: 'Occurred',
    discoveredAt: 'Discovered',
    residentsAffected: 'Residents affected',
    summary: 'What happened',
    actionsTaken: 'Actions taken',
    cityInstructions: 'City’s instructions',
    status: 'Status',
    resolvedAt: 'Resolved',
    reportedByName: 'Reported by',
    createdAt: 'Reported',
    from: 'From',
    to: 'To',
  },
};
