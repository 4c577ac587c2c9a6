import { Box, Card, CardContent, Typography } from '@mui/material';
import { useRecordContext, useTranslate } from 'react-admin';
import { PeriodTimeline } from './PeriodTimeline';
import type { ProgramView } from '@outreach/domain/programs';
import { settingsSections } from './settings';

/** 概要・設定: every setting of the program in Japanese sentences, grouped as the edit form is. */
export function SettingsPanel() {
  const record = useRecordContext<ProgramView>();
  const translate = useTranslate();
  if (!record) return null;
  return (
    <Box sx={{ display: 'grid', gap: 2, gridTemplateColumns: { xs: 'minmax(0, 1fr)', lg: 'repeat(2, minmax(0, 1fr))' }, alignItems: 'start' }}>
      {settingsSections(translate, record).map((section) => (
        <Card key={section.id} variant="outlined" component="section" aria-labelledby={`program-settings-${section.id}`}>
          <CardContent>
            <Typography id={`program-settings-${section.id}`} variant="subtitle1" component="h2" sx={{ fontWeight: 700, mb: 1 }}>
              {section.title}
            </Typography>
            {section.id === 'periods' && (
              <Box sx={{ mb: 2 }}>
                <PeriodTimeline program={record} eraStyle={record.eraStyle} headingId={`program-settings-${section.id}`} />
              </Box>
            )}
            <Box component="dl" sx={{ display: 'grid', gridTemplateColumns: 'minmax(8em, max-content) 1fr', columnGap: 3, rowGap: 1, m: 0 }}>
              {section.rows.map((row) => (
                <Box key={row.label} sx={{ display: 'contents' }}>
                  <Typography component="dt" variant="body2" color="text.secondary">
                    {row.label}
                  </Typography>
                  <Typography component="dd" variant="body2" sx={{ m: 0 }}>
                    {row.value}
                  </Typography>
                </Box>
              ))}
            </Box>
          </CardContent>
        </Card>
      ))}
    </Box>
  );
}
