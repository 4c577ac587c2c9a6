/** The labels of the pieces in common/ (app.common.*), merged into ja.ts and en.ts like every resource's. */
export const commonJa = {
  noProgram: '担当している事業がありません',
  chooseProgram: '事業を選択',
  chooseProgramFirst: '画面上部の「事業」で、作業する事業を選んでください',
  emptyInProgram: '「%{program}」の%{name}はまだありません',
};

export const commonEn: typeof commonJa = {
  noProgram: 'You are not assigned to any program',
  chooseProgram: 'Choose a program',
  chooseProgramFirst: 'Choose the program to work on under “Program” at the top of the screen',
  emptyInProgram: 'No %{name} in “%{program}” yet',
};
