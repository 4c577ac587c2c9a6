import { CONTACT_METHOD_LABELS_JA, CONTACT_RESULT_LABELS_JA, DEFECT_CATEGORY_LABELS_JA, DEFECT_FOLLOW_UP_DAYS, DEFECT_FOUND_BY_LABELS_JA } from '@outreach/domain/follow-ups';

/**
 * The labels of the defect follow-up screens (app.defects.* and resources.defects.*), merged into ja.ts and
 * en.ts. Kept beside the screens so that the shared locale files only gain a line each.
 */
export const defectsJa = {
  categories: DEFECT_CATEGORY_LABELS_JA,
  methods: CONTACT_METHOD_LABELS_JA,
  results: CONTACT_RESULT_LABELS_JA,
  foundBy: DEFECT_FOUND_BY_LABELS_JA,
  open: '対応中',
  overdue: '期限超過',
  overdueHelp: `受付から${DEFECT_FOLLOW_UP_DAYS}日を過ぎても解決していません（期限 %{due}）`,
  applicationSearch: '申請記録を探す',
  applicationSearchHint: '氏名・フリガナ・申請書IDで探します。検索語は記録されません。検索したこと・表示した申請は取扱記録に残ります',
  applicationSearchSubmit: '検索',
  applicationNone: '該当する申請記録はありません',
  applicationPick: 'この申請に紐づける',
  applicationUnlink: '紐づけを外す',
  applicationNotLinked: '申請記録に紐づいていません',
  whomToCall: '連絡先（申請記録）',
  whomToCallHidden: '申請者の個人情報は受託者の担当者だけが表示できます',
  whomToCallDeleted: 'この申請記録の個人情報は削除済みです',
  formId: '申請書ID',
  noPhone: '申請記録に電話番号はありません。予約の受付票から確認してください',
  resolved: '解決済み',
  descriptionHelp: '不備の内容。申請者の氏名・住所・電話番号・生年月日は入力しないでください',
  attemptsHelp: '申請者へ連絡するたびに1行追加します（日本時間）',
  lastAttempt: '最終連絡',
  attemptCount: '%{count} 回',
  noSession: '（実施を指定しない）',
};

export const defectsResourceJa = {
  name: '不備対応',
  fields: {
    id: 'ID',
    receivedDate: '不備の受付日',
    category: '不備の種類',
    description: '内容',
    sessionId: '実施',
    applicationId: '申請記録',
    foundBy: '発見者',
    followUpDue: '連絡の期限',
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
