import PersonIcon from '@mui/icons-material/Person';
import { Divider, ListSubheader } from '@mui/material';
import type { ReactElement } from 'react';
import { Menu as RaMenu, useSidebarState, useTranslate } from 'react-admin';
import { BookingDeskMenuItem } from '../bookings';
import { useCurrentProgram } from '../common/useCurrentProgram';
import { isAllowed } from '../providers/access';
import { useMe } from '../providers/me';
import { ReportsMenuItem } from '../reports';
import { BOOKING_DESK, MENU_GROUPS, REPORTS_PAGE, usedByProgram } from './menuGroups';

/** What an entry asks canAccess: the booking desk is the bookings' create, every other entry a list. */
const accessOf = (entry: string): [resource: string, action: string] => (entry === BOOKING_DESK ? ['bookings', 'create'] : [entry, 'list']);

function entryItem(entry: string): ReactElement {
  if (entry === BOOKING_DESK) return <BookingDeskMenuItem key={entry} />;
  if (entry === REPORTS_PAGE) return <ReportsMenuItem key={entry} />;
  return <RaMenu.ResourceItem key={entry} name={entry} />;
}

/**
 * The dashboard, then the screens this user may open in sections by kind of work (受付, 訪問, 報告 …: menuGroups.ts),
 * each headed while the sidebar is open (a rule when it is folded to icons), then the profile. A screen the current
 * program does not use (実施場所の承認 where the city approves no sites) is left out. The headings are separators of
 * the menu, named, so the arrow keys and Tab still move from entry to entry.
 */
export function Menu() {
  const translate = useTranslate();
  const [open] = useSidebarState();
  const { me } = useMe();
  const { program } = useCurrentProgram();
  const shown = (entry: string) => me !== undefined && isAllowed(me.permissions, ...accessOf(entry)) && usedByProgram(entry, program);
  const sections = MENU_GROUPS.flatMap((group) => {
    const entries = group.entries.filter(shown);
    if (entries.length === 0) return [];
    return group.id === 'program' ? entries.map(entryItem) : [heading(group.id, translate(`app.menu.${group.id}`), open), ...entries.map(entryItem)];
  });
  return (
    <RaMenu>
      <RaMenu.DashboardItem />
      {sections}
      <RaMenu.Item to="/profile" primaryText="app.profile.menu" leftIcon={<PersonIcon />} />
    </RaMenu>
  );
}

/** A section's heading: its name while the sidebar is open, a rule of the same name when it is folded to icons. */
function heading(id: string, label: string, open: boolean): ReactElement {
  if (!open) return <Divider key={`heading-${id}`} role="separator" aria-label={label} />;
  return (
    <ListSubheader key={`heading-${id}`} role="separator" aria-label={label} disableSticky sx={HEADING}>
      {label}
    </ListSubheader>
  );
}

const HEADING = { lineHeight: 1.5, pt: 1.5, pb: 0.5, fontSize: '0.75rem', fontWeight: 700, color: 'text.secondary', bgcolor: 'transparent' } as const;
