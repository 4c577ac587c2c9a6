import { Typography } from '@mui/material';
import type { TeamSlotView } from '@outreach/domain/teams';
import { useTranslate } from 'react-admin';
import { visitKindsText } from './teamForm';

/** 「訪問 3 件（個人宅訪問 2・福祉施設訪問 1）」: a half-day's visits by kind, on its team card and on the dashboard. */
export function TeamVisitsText({ slot }: { slot: Pick<TeamSlotView, 'visits' | 'visitKinds'> }) {
  const translate = useTranslate();
  const kinds = visitKindsText(slot, (kind) => translate(`app.sessions.serviceKinds.${kind}`));
  return (
    <Typography variant="body2" data-testid="team-visits">
      {kinds ? translate('app.teams.visitsByKind', { count: slot.visits, kinds }) : translate('app.teams.visits', { count: slot.visits })}
    </Typography>
  );
}
