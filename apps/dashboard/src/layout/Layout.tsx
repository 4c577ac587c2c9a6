import type { ReactNode } from 'react';
import { Layout as RaLayout } from 'react-admin';
import { AppBar } from './AppBar';
import { Menu } from './Menu';
import { NavigationProgress } from './NavigationProgress';

/**
 * The layout is as wide as the window, never as wide as its widest table (react-admin's default is
 * `min-width: fit-content`, which made a phone's page 1 000 px wide): each flex level may shrink, and a wide list
 * scrolls inside its own box (theme.ts).
 */
const FIT_WINDOW = {
  minWidth: 0,
  '& .RaLayout-appFrame, & .RaLayout-contentWithSidebar, & .RaLayout-content, & .RaList-main, & .RaShow-main, & .RaEdit-main, & .RaCreate-main': { minWidth: 0 },
} as const;

export function Layout({ children }: { children: ReactNode }) {
  return (
    <RaLayout appBar={AppBar} menu={Menu} sx={FIT_WINDOW}>
      <NavigationProgress />
      {children}
    </RaLayout>
  );
}
