import type { commonJa } from './i18n';

/** The English labels of this folder's screens (app.* / resources.*), loaded only when a user switches to English. */
export const commonEn: typeof commonJa = {
  noProgram: 'You are not assigned to any program',
  chooseProgram: 'Choose a program',
  chooseProgramFirst: 'Choose the program to work on under “Program” at the top of the screen',
  emptyInProgram: 'No %{name} in “%{program}” yet',
  sortBy: 'Sort by',
  ascending: '%{field} (ascending)',
  descending: '%{field} (descending)',
};
