/** The labels of the confirmation-call screen (app.confirmationCalls.* and resources.confirmation-calls.*), merged into ja.ts and en.ts. */
export const confirmationCallsJa = {
  title: '前日確認',
  hint: '訪問日の前の稼働日に、予約したお客様（施設は担当者）へ訪問時間を電話で確認します。結果を記録してください。15時を過ぎても連絡が済んでいない予約は要対応に表示されます。電話番号の表示は取扱記録に残ります。',
  visitDate: '訪問日',
  callDay: '連絡する日: %{date}',
  none: 'この先2週間に確定した訪問はありません',
  empty: 'この日の確定した訪問はありません',
  receptionNumber: '受付番号 %{number}',
  applicants: '申請者 %{count} 人',
  states: { pending: '未連絡', retry: '再連絡', confirmed: '確認済', reschedule: '日時変更待ち', cancelled: 'キャンセル' },
  overdue: '連絡が遅れています',
  outcomes: { reached: '連絡済', no_answer: '不在（再連絡）', reschedule_requested: '日時変更希望', cancelled: 'キャンセル' },
  calls: '連絡の記録',
  calledBy: '%{outcome}（%{name}・%{at}）',
  reschedule: '予約を開いて日時を変更する',
  reason: 'キャンセルの理由',
  reasonNeeded: 'キャンセルの理由を入力してください',
  confirmCancel: 'キャンセルを記録',
  back: '戻る',
  recorded: '「%{outcome}」を記録しました',
  kinds: { home: '個人宅', facility: '施設' },
  noContact: '（連絡先は削除済み）',
};

export const confirmationCallsResourceJa = { name: '前日確認', fields: {} };
