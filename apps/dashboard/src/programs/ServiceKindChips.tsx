import { Chip, Stack } from '@mui/material';
import { useRecordContext, useTranslate } from 'react-admin';
import { serviceKindLabel } from './labels';
import type { ProgramView } from '@outreach/domain/programs';

/** The program's service kinds as chips: 個人宅訪問 / 福祉施設訪問 / 会場設置型. */
export function ServiceKindChips(_props: { label?: string }) {
  const record = useRecordContext<ProgramView>();
  const translate = useTranslate();
  if (!record) return null;
  return (
    <Stack direction="row" spacing={0.5} useFlexGap sx={{ flexWrap: 'wrap' }}>
      {record.serviceKinds.map((kind) => (
        <Chip key={kind} size="small" variant="outlined" label={serviceKindLabel(translate, kind)} />
      ))}
    </Stack>
  );
}
