import { Typography } from '@mui/material';
import { AppBar as RaAppBar, TitlePortal, useTranslate } from 'react-admin';

/** The app's name, then the page title; react-admin's toolbar adds the language switch (日本語 / English). */
export function AppBar() {
  const translate = useTranslate();
  return (
    <RaAppBar>
      <Typography variant="h6" component="span" sx={{ mr: 2, fontWeight: 700, whiteSpace: 'nowrap' }}>
        {translate('app.title')}
      </Typography>
      <TitlePortal />
    </RaAppBar>
  );
}
