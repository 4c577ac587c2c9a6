import { BUSINESS_PLAN_STATUS_LABELS_JA } from '@outreach/domain/approvals';

/** The labels of the business plan screen (app.businessPlans.* and resources.business-plans.*), merged into ja.ts and en.ts. */
export const businessPlansJa = {
  title: '業務計画書',
  hint: '実施場所・実施日・広報の方法・実施体制などを記した業務計画書を提出し、事前に市の承諾を得ます。内容を変えるときは新しい版を提出します。',
  notRequired: 'この事業は業務計画書の承諾を求めていません（事業の設定で変更できます）',
  inForce: '承諾済みの版: 第%{version}版',
  noneInForce: '承諾済みの版はまだありません',
  empty: 'まだ提出された業務計画書はありません',
  submitTitle: '新しい版を提出',
  file: '業務計画書のファイル',
  chooseFile: 'ファイルを選択',
  fileHint: 'PDF・Word・Excel・PowerPoint、10MB まで',
  noFile: 'ファイルが選択されていません',
  titleField: '表題（空欄ならファイル名）',
  note: '変更点・市への連絡',
  submit: '提出',
  uploading: '送信中 %{percent}%',
  submitted: '業務計画書（第%{version}版）を提出しました',
  version: '第%{version}版',
  download: 'ダウンロード（%{size}）',
  approve: '承諾',
  approved: '業務計画書（第%{version}版）を承諾しました',
  return: '差し戻し',
  returnTitle: '業務計画書（第%{version}版）を差し戻す',
  returnReason: '差し戻しの理由',
  returned: '業務計画書（第%{version}版）を差し戻しました',
  withdraw: '取り下げ',
  withdrawn: '業務計画書（第%{version}版）を取り下げました',
  submittedBy: '提出: %{name}（%{at}）',
  decidedBy: '%{status}: %{name}（%{at}）',
  reason: '理由: %{reason}',
  noteLine: '変更点: %{note}',
  statuses: BUSINESS_PLAN_STATUS_LABELS_JA,
};

export const businessPlansResourceJa = { name: '業務計画書' };
