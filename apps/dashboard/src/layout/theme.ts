import { defaultTheme, type RaThemeOptions } from 'react-admin';

/** Fonts installed on the machine only: nothing is downloaded at run time. */
const FONT_STACK = '"Noto Sans CJK JP", "Hiragino Sans", "Yu Gothic", sans-serif';

export const theme: RaThemeOptions = {
  ...defaultTheme,
  typography: { ...defaultTheme.typography, fontFamily: FONT_STACK },
  components: {
    ...defaultTheme.components,
    // A list wider than its screen (a phone, or a laptop beside the sidebar) scrolls inside its own box: the page
    // never scrolls sideways and the list's toolbar (作成) stays in view. Headings stay on one line and Japanese
    // words are not broken character by character (「個人宅訪問」 wrapping one character per line).
    // A button's label stays on one line and the button does not give way in a row: 「日本語」 in the app bar, 「予約する」
    // beside its hint and 「グラフ」 in a toggle wrapped one or two characters per line on a phone.
    MuiButton: { styleOverrides: { root: { whiteSpace: 'nowrap', flexShrink: 0 } } },
    MuiToggleButton: { styleOverrides: { root: { whiteSpace: 'nowrap' } } },
    RaDataTable: {
      styleOverrides: {
        root: {
          '& .RaDataTable-tableWrapper': { overflowX: 'auto' },
          '& .RaDataTable-headerCell': { whiteSpace: 'nowrap' },
          '& .RaDataTable-rowCell': { wordBreak: 'keep-all' },
        },
      },
    },
  },
};
