/** The labels of the pieces in common/ (app.common.*), merged into ja.ts and en.ts like every resource's. */
export const commonJa = {
  noProgram: '担当している事業がありません',
  chooseProgram: '事業を選択',
  chooseProgramFirst: '画面上部の「事業」で、作業する事業を選んでください',
  emptyInProgram: '「%{program}」の%{name}はまだありません',
  sortBy: '並び順',
  ascending: '%{field}（昇順）',
  descending: '%{field}（降順）',
};
