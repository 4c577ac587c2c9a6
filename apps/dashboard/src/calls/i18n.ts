import { CALL_CATEGORY_LABELS_JA, CALL_DIRECTION_LABELS_JA, CALL_OUTCOME_LABELS_JA } from '@outreach/domain/calls';

/**
 * The labels of the call screens (app.calls.* and resources.calls.*), merged into ja.ts and en.ts. Kept beside
 * the screens so that the shared locale files only gain a line each.
 */
export const callsJa = {
  categories: CALL_CATEGORY_LABELS_JA,
  outcomes: CALL_OUTCOME_LABELS_JA,
  directions: CALL_DIRECTION_LABELS_JA,
  kinds: { single: '個別', bulk: '紙集計' },
  flags: { outsideHours: '時間外', late: '遅延入力' },
  lateHint: 'この記録は週報告の提出後に入力されたもの（遅延入力）です。',
  jstHelp: '日本時間',
  noteHelp: '個人情報（氏名・電話番号・生年月日など）は入力しないでください',
  editTitle: '受電記録 %{when}',
  widget: {
    title: '受電を記録',
    today: '今日',
    thisWeek: '今週',
    category: '区分',
    outcome: '結果',
    note: '備考（任意）',
    noteHelp: '次に記録する受電に付きます。個人情報（氏名・電話番号・生年月日など）は入力しないでください',
    hint: 'キーボード: 1〜6 で区分、続けて 1〜%{last} で結果を押すと、今の時刻で記録します',
    hintOutcome: '結果を選ぶと記録します（1〜%{last}）。Esc で区分を選び直せます',
    logged: '記録しました: %{category} ・ %{outcome}（%{time}）',
    undone: '記録を取り消しました',
    undo: '取り消す',
  },
  bulk: {
    open: '紙の集計を入力',
    title: '紙の集計を入力',
    intro: '紙で記録した日の受電件数を、区分ごとに入力します。同じ日をもう一度入力すると、その日の紙の集計は置き換わります。',
    date: '受電日',
    dateRequired: '日付を選んでください',
    hasSingles: 'この日は個別の受電記録が %{count} 件あります。紙の集計と二重に数えないよう、この日は個別記録を使ってください。',
    replaces: 'この日の紙の集計はすでに入力されています。保存すると下の件数に置き換わります。',
    total: '合計 %{count} 件',
    save: '保存',
    saved: '%{date} の紙の集計（%{count} 件）を保存しました',
    editHint: '紙の集計は1件ずつ修正できません。「紙の集計を入力」からその日を入力し直してください。',
  },
};

export const callsResourceJa = {
  name: '受電記録',
  fields: {
    id: 'ID',
    receivedAt: '受電日時',
    date: '受電日',
    category: '区分',
    outcome: '結果',
    count: '件数',
    durationMinutes: '通話時間（分）',
    kind: '入力方法',
    direction: '受電・架電',
    flags: 'フラグ',
    note: '備考',
    from: '開始日',
    to: '終了日',
    late: '遅延入力のみ',
    outsideHours: '時間外のみ',
  },
};
