import { Box, Card, CardContent, Typography } from '@mui/material';
import { Loading, Title, useTranslate } from 'react-admin';
import { useMe } from '../providers/me';
import { PasswordCard } from './PasswordCard';
import { TotpCard } from './TotpCard';

/** /profile, for everyone: who am I, change the password, set up or turn off the second factor. */
export function ProfilePage() {
  const translate = useTranslate();
  const { me, refetch } = useMe();
  if (!me) return <Loading />;
  return (
    <Box sx={{ mt: 2, display: 'grid', gap: 2, maxWidth: 720 }}>
      <Title title="app.profile.menu" />
      <Card>
        <CardContent>
          <Typography variant="h6" component="h2">
            {me.name}
          </Typography>
          <Typography color="text.secondary">
            {me.email} ・ {translate(`app.roles.${me.role}`)} ・ {me.organization.name}
          </Typography>
        </CardContent>
      </Card>
      <PasswordCard />
      <TotpCard me={me} onChange={() => void refetch()} />
    </Box>
  );
}
