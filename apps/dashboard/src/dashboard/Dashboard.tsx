import { Alert, Box, Button, Card, CardContent, Typography } from '@mui/material';
import { Link, Title, useTranslate } from 'react-admin';
import { QuickCallWidget } from '../calls';
import { MyVisitsCard } from '../teams';
import { useMe } from '../providers/me';
import { ProgramDashboard } from './ProgramDashboard';
import { formatOfficialDate } from '../common/dates';
import { serverToday } from '../common/serverClock';

/**
 * The landing page: one's next visits for those on a team (あなたの訪問), the quick call entry for those who log
 * calls, then the morning dashboard of the current
 * program (ProgramDashboard), and who the user works for.
 */
export function Dashboard() {
  const translate = useTranslate();
  const { me } = useMe();
  return (
    <Box sx={{ mt: 2, mb: 2, display: 'grid', gap: 2, minWidth: 0 }}>
      <Title title="app.dashboard.title" />
      {me?.totpEnrollmentRequired && !me.totpEnabled && (
        <Alert
          severity="warning"
          action={
            <Button component={Link} to="/profile" color="inherit" size="small">
              {translate('app.dashboard.openProfile')}
            </Button>
          }
        >
          {translate('app.dashboard.totpEnrollment')}
        </Alert>
      )}
      <Box sx={{ maxWidth: 720, '&:empty': { display: 'none' } }}>
        <MyVisitsCard />
      </Box>
      <Box sx={{ maxWidth: 720, '&:empty': { display: 'none' } }}>
        <QuickCallWidget />
      </Box>
      <ProgramDashboard />
      <Card sx={{ maxWidth: 720 }}>
        <CardContent>
          <Typography variant="body2" color="text.secondary">
            {translate('app.dashboard.today')}: {formatOfficialDate(serverToday())}
          </Typography>
          {me && (
            <Box component="dl" sx={{ display: 'grid', gridTemplateColumns: 'max-content 1fr', columnGap: 3, rowGap: 1, mb: 0 }}>
              <Typography component="dt" color="text.secondary">
                {translate('app.dashboard.organization')}
              </Typography>
              <Typography component="dd" sx={{ m: 0 }}>
                {me.organization.name}（{translate(`app.organizationKinds.${me.organization.kind}`)}）
              </Typography>
              <Typography component="dt" color="text.secondary">
                {translate('app.dashboard.municipality')}
              </Typography>
              <Typography component="dd" sx={{ m: 0 }}>
                {me.municipality ? `${me.municipality.name}（${me.municipality.code}）` : translate('app.dashboard.noMunicipality')}
              </Typography>
            </Box>
          )}
        </CardContent>
      </Card>
    </Box>
  );
}
