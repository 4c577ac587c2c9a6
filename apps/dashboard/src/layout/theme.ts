import { defaultTheme, type RaThemeOptions } from 'react-admin';

/** Fonts installed on the machine only: nothing is downloaded at run time. */
const FONT_STACK = '"Noto Sans CJK JP", "Hiragino Sans", "Yu Gothic", sans-serif';

/**
 * Colours that meet WCAG 2.1 AA (JIS X 8341-3 AA, docs/accessibility.md): text 4.5:1 and controls 3:1 against every
 * background they stand on — white paper, react-admin's filled inputs (about #f0f0f0) and its grey toolbar.
 * Material's default blues (#1976d2 on an input 4.0:1, white on the app bar's #2196f3 3.1:1) fall short.
 */
export const CONTRAST = {
  /** Links, labels of focused fields, buttons: 5.8:1 on white, 5.1:1 on a filled input, 4.6:1 on the toolbar. */
  primary: '#1565c0',
  /** The app bar: white text at 8.6:1. */
  appBar: '#0d47a1',
  /** Secondary text (hints, captions): 7.0:1 on white, 5.1:1 on the grey toolbar. */
  textSecondary: 'rgba(0, 0, 0, 0.66)',
  /** The focus ring: 3:1 at least against white and the app bar's blue's neighbours. */
  focus: '#e65100',
} as const;

export const theme: RaThemeOptions = {
  ...defaultTheme,
  palette: {
    ...defaultTheme.palette,
    primary: { main: CONTRAST.primary, contrastText: '#fff' },
    secondary: { main: CONTRAST.appBar, contrastText: '#fff' },
    error: { main: '#c62828' },
    info: { main: '#01579b', contrastText: '#fff' },
    warning: { main: '#b45309', contrastText: '#fff' },
    success: { main: '#2e7d32', contrastText: '#fff' },
    text: { primary: 'rgba(0, 0, 0, 0.87)', secondary: CONTRAST.textSecondary },
  },
  typography: { ...defaultTheme.typography, fontFamily: FONT_STACK },
  components: {
    ...defaultTheme.components,
    // A list wider than its screen scrolls inside its own box (a fallback: below 900 px a list is one block per record,
    // common/ListTable.tsx): the page never scrolls sideways and the list's toolbar (作成) stays in view. Headings stay on one line and Japanese
    // words are not broken character by character (「個人宅訪問」 wrapping one character per line).
    // A button's label stays on one line and the button does not give way in a row: 「日本語」 in the app bar, 「予約する」
    // beside its hint and 「グラフ」 in a toggle wrapped one or two characters per line on a phone.
    // A keyboard user sees where the focus is on every control: a 3 px ring (3:1 against the page and the app bar).
    MuiButtonBase: { styleOverrides: { root: { '&.Mui-focusVisible': { outline: `3px solid ${CONTRAST.focus}`, outlineOffset: 2 } } } },
    MuiLink: { styleOverrides: { root: { '&:focus-visible': { outline: `3px solid ${CONTRAST.focus}`, outlineOffset: 2 } } } },
    // react-admin's own spinners (the app bar's loading indicator) carry no name; a screen reader hears this one.
    MuiCircularProgress: { defaultProps: { 'aria-label': '読み込み中' } },
    // Labels keep the case they are written in: 「Excel出力」, 「CSV」 and 「ZIP」 read as offices write them (MUI's
    // capitals made 「EXCEL出力」 on one screen and 「Excel出力」 on the next).
    MuiButton: { styleOverrides: { root: { whiteSpace: 'nowrap', flexShrink: 0, textTransform: 'none' } } },
    MuiToggleButton: { styleOverrides: { root: { whiteSpace: 'nowrap', textTransform: 'none' } } },
    MuiTab: { styleOverrides: { root: { textTransform: 'none' } } },
    // A list's toolbar with nothing in it takes no room: on a phone 作成 is a floating button (the bar stayed a
    // blank 56 px band above every list) and a queue without filters or buttons left a gap over its table.
    RaTopToolbar: { styleOverrides: { root: { '&:not(:has(> :not(.MuiFab-root)))': { minHeight: 0, padding: 0 } } } },
    RaDataTable: {
      styleOverrides: {
        root: {
          '& .RaDataTable-tableWrapper': { overflowX: 'auto' },
          '& .RaDataTable-headerCell': { whiteSpace: 'nowrap' },
          '& .RaDataTable-rowCell': { wordBreak: 'keep-all' },
          // 10 px each side of a column instead of 16: the handling record, the inquiries and the sessions fit a city
          // laptop's 1366 px beside the sidebar instead of hiding their last columns in the list's own scroll.
          '& .RaDataTable-headerCell, & .RaDataTable-rowCell': { paddingLeft: 10, paddingRight: 10 },
        },
      },
    },
  },
};
