import { HANDLING_ACTION_LABELS_JA } from '@outreach/domain/handling-records';

/** The handling record's labels (app.handlingRecords.* and resources.handling-records.*), merged into ja.ts and en.ts. */
export const handlingRecordsJa = {
  export: 'Excel出力',
  // One list of labels for the screen and the Excel download, from the domain.
  actions: HANDLING_ACTION_LABELS_JA,
};

export const handlingRecordsResourceJa = {
  name: '取扱記録',
  fields: {
    id: 'ID',
    occurredAt: '日時',
    userId: '操作者',
    userName: '操作者',
    organizationName: '組織',
    role: 'ロール',
    action: '操作',
    resourceType: '対象の種類',
    target: '対象',
    programTitle: '事業',
    ip: 'IPアドレス',
    reasonText: '理由・内容',
    from: '開始日',
    to: '終了日',
  },
};
