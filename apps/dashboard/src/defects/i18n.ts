import { CONTACT_METHOD_LABELS_JA, CONTACT_RESULT_LABELS_JA, DEFECT_CATEGORY_LABELS_JA } from '@outreach/domain/follow-ups';

/**
 * The labels of the defect follow-up screens (app.defects.* and resources.defects.*), merged into ja.ts and
 * en.ts. Kept beside the screens so that the shared locale files only gain a line each.
 */
export const defectsJa = {
  categories: DEFECT_CATEGORY_LABELS_JA,
  methods: CONTACT_METHOD_LABELS_JA,
  results: CONTACT_RESULT_LABELS_JA,
  open: '対応中',
  resolved: '解決済み',
  descriptionHelp: '不備の内容。申請者の氏名・住所・電話番号・生年月日は入力しないでください',
  attemptsHelp: '申請者へ連絡するたびに1行追加します（日本時間）',
  lastAttempt: '最終連絡',
  attemptCount: '%{count} 回',
  noSession: '（実施を指定しない）',
};

export const defectsEn: typeof defectsJa = {
  categories: { photo: 'Face photo', form_missing_field: 'Missing form field', identity_document: 'Identity document', signature: 'Signature', other: 'Other' },
  methods: { phone: 'Phone', visit: 'Visit', mail: 'Mail' },
  results: { reached: 'Reached', no_answer: 'No answer', message_left: 'Message left', resolved: 'Resolved' },
  open: 'Open',
  resolved: 'Resolved',
  descriptionHelp: 'What is defective. No names, addresses, phone numbers or dates of birth',
  attemptsHelp: 'One row per contact attempt (Japan time)',
  lastAttempt: 'Last contact',
  attemptCount: '%{count} attempts',
  noSession: '(no session)',
};

export const defectsResourceJa = {
  name: '不備対応',
  fields: {
    id: 'ID',
    receivedDate: '不備の受付日',
    category: '不備の種類',
    description: '内容',
    sessionId: '実施',
    attempts: '連絡の記録',
    'attempts.at': '日時',
    'attempts.method': '方法',
    'attempts.result': '結果',
    at: '日時',
    method: '方法',
    result: '結果',
    resolvedDate: '解決日',
    open: '状況',
    from: '開始日',
    to: '終了日',
  },
};

export const defectsResourceEn: typeof defectsResourceJa = {
  name: 'Defect |||| Defects',
  fields: {
    id: 'ID',
    receivedDate: 'Received',
    category: 'Kind',
    description: 'Description',
    sessionId: 'Session',
    attempts: 'Contact attempts',
    'attempts.at': 'When',
    'attempts.method': 'How',
    'attempts.result': 'Result',
    at: 'When',
    method: 'How',
    result: 'Result',
    resolvedDate: 'Resolved',
    open: 'State',
    from: 'From',
    to: 'To',
  },
};
