import { INQUIRY_CATEGORY_LABELS_JA, INQUIRY_CHANNEL_LABELS_JA } from '@outreach/domain/follow-ups';

/**
 * The labels of the inquiry and complaint screens (app.inquiries.* and resources.inquiries.*), merged into ja.ts
 * and en.ts. Kept beside the screens so that the shared locale files only gain a line each.
 */
export const inquiriesJa = {
  categories: INQUIRY_CATEGORY_LABELS_JA,
  channels: INQUIRY_CHANNEL_LABELS_JA,
  open: '対応中',
  closed: '完了',
  escalated: '市へ報告',
  summaryHelp: '内容の要約。氏名・住所・電話番号・生年月日は入力しないでください',
};

export const inquiriesResourceJa = {
  name: '問い合わせ・苦情',
  fields: {
    id: 'ID',
    date: '受付日',
    channel: '受付方法',
    category: '種別',
    summary: '内容',
    handling: '対応',
    escalatedToCity: '市へ報告した',
    closedDate: '完了日',
    open: '状況',
    from: '開始日',
    to: '終了日',
  },
};
