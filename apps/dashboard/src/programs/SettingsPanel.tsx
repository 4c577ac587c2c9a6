import { Box, Card, CardContent, Typography } from '@mui/material';
import { useRecordContext, useTranslate } from 'react-admin';
import type { Program } from './program';
import { settingsSections } from './settings';

/** 概要・設定: every setting of the program in Japanese sentences, grouped as the edit form is. */
export function SettingsPanel() {
  const record = useRecordContext<Program>();
  const translate = useTranslate();
  if (!record) return null;
  return (
    <Box sx={{ display: 'grid', gap: 2, gridTemplateColumns: { xs: '1fr', lg: '1fr 1fr' }, alignItems: 'start' }}>
      {settingsSections(translate, record).map((section) => (
        <Card key={section.id} variant="outlined" component="section" aria-labelledby={`program-settings-${section.id}`}>
          <CardContent>
            <Typography id={`program-settings-${section.id}`} variant="subtitle1" component="h2" sx={{ fontWeight: 700, mb: 1 }}>
              {section.title}
            </Typography>
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
