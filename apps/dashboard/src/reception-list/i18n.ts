/** The labels of the reception list (app.receptionList.* and resources.reception-list.*), merged into ja.ts and en.ts. */
export const receptionListJa = {
  title: '受付一覧表',
  hint: '個人宅訪問の受付の一覧です。個人情報は含まず、個人情報を削除した後も残ります。受付番号から予約を開けます。',
  empty: 'まだ受付はありません',
  export: 'Excel出力',
  shared: '%{week}の週の受付票 %{count} 件を市に共有しました',
  share: {
    title: '受付票を市に共有',
    week: '訪問の週',
    weekLabel: '%{from}〜%{to}の訪問',
    previous: '前の週',
    next: '次の週',
    summary: '未共有 %{count} 件（共有期限 %{due}）',
    button: '市に共有',
    confirmTitle: '受付票を市に共有しますか',
    confirm: '%{from}からの週の個人宅訪問の受付票（未共有 %{count} 件）を市に共有します。共有は取扱記録に残り、市の担当者が受付票を閲覧できるようになります。',
    overdue: '共有期限を過ぎた未共有の受付票がある週: %{weeks}',
  },
};

export const receptionListResourceJa = {
  name: '受付一覧表',
  fields: {
    receptionNumber: '受付番号',
    receivedDate: '受付日',
    visitDate: '訪問日',
    plannedApplications: '申請予定件数',
    sharedWithCityDate: '市への共有日',
    visitFinishedDate: '訪問完了日',
    personalDataDeletedDate: '個人情報削除日',
  },
};
