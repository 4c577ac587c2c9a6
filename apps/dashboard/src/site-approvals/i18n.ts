import { SITE_APPROVAL_STATUS_LABELS_JA } from '@outreach/domain/approvals';

/** The labels of the site approval screen (app.siteApprovals.* and resources.site-approvals.*), merged into ja.ts and en.ts. */
export const siteApprovalsJa = {
  title: '実施場所の承認',
  hint: '訪問する施設・地区と会場設置型の会場は、事前に市の承認を受けます。承認された場所でだけ実施を登録できます。',
  notRequired: 'この事業は実施場所の承認を求めていません（事業の設定で変更できます）',
  empty: 'まだ申請された場所はありません',
  proposeTitle: '場所を申請',
  serviceKind: 'サービス種別',
  name: '場所の名称（個人宅は地区名）',
  address: '所在地（施設・会場のみ）',
  propose: '承認を申請',
  proposed: '「%{name}」の承認を申請しました',
  approve: '承認',
  approved: '「%{name}」を承認しました',
  reject: '却下',
  rejectTitle: '「%{name}」を却下する',
  rejectReason: '却下の理由',
  rejected: '「%{name}」を却下しました',
  proposedBy: '申請: %{name}（%{at}）',
  decidedBy: '%{status}: %{name}（%{at}）',
  reason: '理由: %{reason}',
  kinds: { home_visit: '個人宅訪問', facility_visit: '福祉施設訪問', venue_event: '会場設置型' },
  statuses: SITE_APPROVAL_STATUS_LABELS_JA,
};

export const siteApprovalsResourceJa = { name: '実施場所の承認' };
