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

export const receptionListEn: typeof receptionListJa = {
  title: 'Reception list',
  hint: 'Home-visit receptions. No personal data: the rows stay after the personal data is deleted. Open a booking from its number.',
  empty: 'No receptions yet',
  export: 'Excel download',
  shared: 'Shared %{count} slip(s) of the week of %{week} with the city',
  share: {
    title: 'Share reception slips with the city',
    week: 'Week of the visits',
    weekLabel: 'Visits %{from}–%{to}',
    previous: 'Previous week',
    next: 'Next week',
    summary: '%{count} not shared (due %{due})',
    button: 'Share with the city',
    confirmTitle: 'Share the reception slips with the city?',
    confirm: 'Shares the home-visit slips of the week from %{from} (%{count} not shared yet) with the city. The share is recorded and the city can then read the slips.',
    overdue: 'Weeks past their sharing deadline with slips not shared: %{weeks}',
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

export const receptionListResourceEn: typeof receptionListResourceJa = {
  name: 'Reception list',
  fields: {
    receptionNumber: 'Reception no.',
    receivedDate: 'Received',
    visitDate: 'Visit',
    plannedApplications: 'Planned applications',
    sharedWithCityDate: 'Shared with the city',
    visitFinishedDate: 'Visit finished',
    personalDataDeletedDate: 'Personal data deleted',
  },
};
