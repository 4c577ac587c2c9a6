import { LinearProgress } from '@mui/material';
import { useSyncExternalStore } from 'react';
import { useTranslate } from 'react-admin';
import { viewLoads } from '../common/lazyView';

/** A thin bar over the app bar while the next screen's code loads: a menu click answers at once. */
export function NavigationProgress() {
  const translate = useTranslate();
  const pending = useSyncExternalStore(viewLoads.subscribe, viewLoads.pending);
  if (!pending) return null;
  return (
    <LinearProgress
      aria-label={translate('ra.page.loading')}
      data-testid="navigation-progress"
      sx={{ position: 'fixed', top: 0, left: 0, right: 0, zIndex: (theme) => theme.zIndex.appBar + 1 }}
    />
  );
}
