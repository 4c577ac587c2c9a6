import { Box, type Theme, Typography, useMediaQuery } from '@mui/material';
import { LoadingIndicator, LocalesMenuButton, AppBar as RaAppBar, TitlePortal, UserMenu, useGetIdentity, useTranslate } from 'react-admin';
import { ProgramPicker } from '../common/ProgramPicker';

/**
 * The user menu's button shows the user's name from 600 px up; its accessible name then starts with that name (WCAG
 * 2.5.3 label in name), followed by what the button opens. A phone shows an icon only, named 「プロフィール」
 * (react-admin translates the label there, so only a translation key will do).
 */
function NamedUserMenu() {
  const translate = useTranslate();
  const { identity } = useGetIdentity();
  const showsName = useMediaQuery((theme: Theme) => theme.breakpoints.up('sm'));
  if (!showsName || !identity?.fullName) return <UserMenu />;
  return <UserMenu label={`${identity.fullName} ${translate('ra.auth.user_menu')}`} />;
}

/**
 * react-admin's toolbar (the language switch, the reload button), except that on a phone the language switch shows its
 * two icons only — its name 「日本語」 stays in the button as its accessible name — leaving the page title the room.
 */
function Toolbar() {
  return (
    <>
      <Box component="span" sx={(theme) => ({ [theme.breakpoints.down('sm')]: { '& .MuiButton-root': { fontSize: 0, minWidth: 0 } } })}>
        <LocalesMenuButton />
      </Box>
      <LoadingIndicator />
    </>
  );
}

/**
 * The app's name, the page title and the current program (switchable from every screen); react-admin's toolbar
 * adds the language switch (日本語 / English).
 */
export function AppBar() {
  const translate = useTranslate();
  return (
    // Always on screen (react-admin hides it while scrolling down): the page title is the page's h1, and a zoomed or
    // keyboard user should not lose it or the user menu.
    <RaAppBar userMenu={<NamedUserMenu />} toolbar={<Toolbar />} alwaysOn>
      <Typography variant="h6" component="span" sx={{ mr: 2, fontWeight: 700, whiteSpace: 'nowrap', display: { xs: 'none', md: 'inline' } }}>
        {translate('app.title')}
      </Typography>
      {/* The page title is the page's one h1 (screen readers jump to it), styled as the app bar's line; a title too long
          for it ends in 「…」 (react-admin's inline-block inside would be cut mid-character). */}
      <TitlePortal component="h1" sx={{ '& > .RaConfigurable-root': { display: 'inline' } }} />
      <ProgramPicker />
    </RaAppBar>
  );
}
