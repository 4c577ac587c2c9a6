/** The labels of the hand-over screen (app.handOvers.* and resources.hand-overs.*), merged into ja.ts and en.ts (no domain import: they load with the app). */
export const handOversJa = {
  title: '市への引渡し',
  hint: '1日または1週間（最大%{days}日）の申請をまとめて市へ引き渡します。申請は1回だけ引き渡され、一覧の出力は取扱記録に残ります。',
  retention: '引渡しから%{days}日を過ぎると、申請記録の個人情報は自動で削除されます。',
  photos: '申請記録に添付した顔写真は、申請者一覧と同じ1つのファイル（zip）に申請書IDの名前で入ります。添付のない申請の顔写真は申請書とともにお渡しください。',
  today: '今日',
  thisWeek: '今週',
  from: '開始日',
  to: '終了日',
  pending: '未引渡しの申請 %{count} 件',
  pendingNone: 'この期間に未引渡しの申請はありません',
  create: '市へ引き渡す',
  created: '第%{number}回の引渡しを記録しました（%{count} 件）',
  batches: '引渡しの記録',
  batchesNone: 'まだ引渡しはありません',
  batch: '第%{number}回　%{period}　%{count} 件',
  handedOver: '引渡日 %{date}',
  deletionDue: '個人情報の削除予定 %{date}',
  deleted: '個人情報は削除済み（%{date}）',
  download: '申請者一覧・顔写真（zip）',
};

export const handOversResourceJa = { name: '引渡し', fields: { from: '開始日', to: '終了日' } };
