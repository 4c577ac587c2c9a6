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

export const handOversEn: typeof handOversJa = {
  title: 'Hand-over to the city',
  hint: "Hands a day's or a week's (up to %{days} days) applications over to the city as one batch. Each application is handed over once; each download of the list is recorded.",
  retention: "The applications' personal data is deleted automatically %{days} days after the hand-over.",
  photos: 'Face photos attached to the applications go in the same single file (zip) as the list, named by form ID; hand over the others with the application forms.',
  today: 'Today',
  thisWeek: 'This week',
  from: 'From',
  to: 'To',
  pending: '%{count} application(s) not yet handed over',
  pendingNone: 'No application of this period is waiting',
  create: 'Hand over to the city',
  created: 'Hand-over no. %{number} recorded (%{count})',
  batches: 'Hand-overs',
  batchesNone: 'No hand-over yet',
  batch: 'No. %{number}\u3000%{period}\u3000%{count}',
  handedOver: 'Handed over %{date}',
  deletionDue: 'Personal data deleted after %{date}',
  deleted: 'Personal data deleted (%{date})',
  download: 'Applicant list and face photos (zip)',
};

export const handOversResourceJa = { name: '引渡し', fields: { from: '開始日', to: '終了日' } };
export const handOversResourceEn: typeof handOversResourceJa = { name: 'Hand-over |||| Hand-overs', fields: { from: 'From', to: 'To' } };
