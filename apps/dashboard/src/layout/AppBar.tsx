import { Typography } from '@mui/material';
import { AppBar as RaAppBar, TitlePortal, useTranslate } from 'react-admin';
import { ProgramPicker } from '../common/ProgramPicker';

/**
 * The app's name, the page title and the current program (switchable from every screen); react-admin's toolbar
 * adds the language switch (日本語 / English).
 */
export function AppBar() {
  const translate = useTranslate();
  return (
    <RaAppBar>
      <Typography variant="h6" component="span" sx={{ mr: 2, fontWeight: 700, whiteSpace: 'nowrap', display: { xs: 'none', md: 'inline' } }}>
        {translate('app.title')}
      </Typography>
      <TitlePortal />
      <ProgramPicker />
    </RaAppBar>
  );
}
