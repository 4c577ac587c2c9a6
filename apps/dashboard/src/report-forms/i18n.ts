/** The labels of the 様式 tab of a program (app.reportForms.*), merged into ja.ts and en.ts. */
export const reportFormsJa = {
  tab: '報告書の様式',
  hint: '月次報告書と委託業務完了報告書の様式（市と協議して決めたもの）です。ダウンロードと提出はすべてこの様式で作られます。提出済みの版は作ったときの様式のままです。',
  readOnly: '様式は市の担当者（管理）が設定します。',
  kinds: { monthly: '月次報告書', completion: '委託業務完了報告書' },
  usual: '標準の様式',
  custom: '協議した様式',
  sheets: 'シートと順番（チェックしたシートをこの順に載せます）',
  up: '%{sheet}を上へ',
  down: '%{sheet}を下へ',
  eraStyle: '年の表記（表題・日付・ファイル名）',
  eraStyles: { wareki: '和暦（令和8年）', seireki: '西暦（2026年）' },
  title: '表題（空欄は「%{usual}」）',
  documentNumber: '文書番号（1枚目の右上に印刷）',
  save: '様式を保存',
  saved: '%{kind}の様式を保存しました',
};
