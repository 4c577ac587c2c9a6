import { INCIDENT_KIND_LABELS_JA, INCIDENT_STATUS_LABELS_JA } from '@outreach/domain/incidents';

/** The labels of the incident screens (app.incidents.* and resources.incidents.*), merged into ja.ts and en.ts. */
export const incidentsJa = {
  kinds: INCIDENT_KIND_LABELS_JA,
  statuses: INCIDENT_STATUS_LABELS_JA,
  hint: '個人情報の漏えい・紛失などの事故や、そのおそれを知ったときは、すぐにここに記録してください。登録と同時に市のダッシュボードの要対応に表示されます（個人情報取扱特記事項 第12）。',
  textHelp: '氏名・住所・電話番号・生年月日は書かず、受付番号で書いてください',
  reportedBy: '報告者',
  residents: '%{count} 人',
};

export const incidentsResourceJa = {
  name: '個人情報の事故報告',
  fields: {
    kind: '事故の種類',
    occurredAt: '発生日時',
    discoveredAt: '発覚日時',
    residentsAffected: '対象の住民の人数',
    summary: '事故の内容（何が起きたか）',
    actionsTaken: '行った対応',
    cityInstructions: '市（委託者）の指示',
    status: '状況',
    resolvedAt: '対応完了日時',
    reportedByName: '報告者',
    createdAt: '報告日時',
    from: '開始日',
    to: '終了日',
  },
};
