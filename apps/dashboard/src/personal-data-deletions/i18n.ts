/** The labels of the deletion ledger (app.deletionLedger.* and resources.personal-data-deletions.*), merged into ja.ts and en.ts. */
export const deletionLedgerJa = {
  title: '個人情報削除記録',
  hint: '個人情報を削除した予約・申請記録ごとに、いつ・誰が（または自動削除が）・どの根拠で削除したかの記録です。削除した個人情報は暗号鍵ごと破棄しており、復元できません。',
  limit: '利用目的の終了から%{days}日を過ぎても残っている個人情報は、ダッシュボードの要対応に表示されます。',
  bookings: '予約（受付票・施設の依頼）',
  empty: 'まだ削除した予約の個人情報はありません',
  emptyNoBookings: 'この事業は予約を受け付けないため、予約の個人情報はありません',
  count: '削除 %{count} 件',
  export: 'Excel出力',
  run: '今すぐ削除処理を実行',
  runTitle: '削除処理を実行しますか',
  runConfirm: '利用目的が終了した個人情報（訪問完了・市への共有後など）をこの事業について今すぐ削除します。削除はあなたの操作として記録され、元に戻せません。',
  ran: '%{count} 件の個人情報を削除しました',
  ranNone: '削除の対象となる個人情報はありませんでした',
  handOvers: '申請記録（市への引渡し後の削除）',
  handOverLine: '第%{number}回引渡し（%{period}・申請 %{count} 件）　%{at} 自動削除（定期処理）　市への引渡し後の削除（特記事項第10）・保存期間の経過',
};

export const deletionLedgerResourceJa = {
  name: '個人情報削除記録',
  fields: {
    receptionNumber: '受付番号',
    kind: '種別',
    visitDate: '訪問日',
    visitFinishedDate: '訪問完了日',
    sharedWithCityDate: '市への共有日',
    deletedAt: '削除日時',
    deletedBy: '削除した者',
    rule: '削除の根拠',
  },
};
