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
    // Two newspaper columns on a laptop, each card whole: a grid's rows left a blank under 基本情報 as tall as the
    // period timeline beside it.
    <Box sx={{ columnCount: { xs: 1, lg: 2 }, columnGap: 2 }}>
      {settingsSections(translate, record).map((section) => (
        <Card key={section.id} variant="outlined" component="section" aria-labelledby={`program-settings-${section.id}`} sx={{ breakInside: 'avoid', mb: 2 }}>
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
