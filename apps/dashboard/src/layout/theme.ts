import { defaultTheme, type RaThemeOptions } from 'react-admin';

/** Fonts installed on the machine only: nothing is downloaded at run time. */
const FONT_STACK = '"Noto Sans CJK JP", "Hiragino Sans", "Yu Gothic", sans-serif';

export const theme: RaThemeOptions = {
  ...defaultTheme,
  typography: { ...defaultTheme.typography, fontFamily: FONT_STACK },
};
