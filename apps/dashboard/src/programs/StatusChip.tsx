import { Chip } from '@mui/material';
import { useTranslate } from 'react-admin';
import { STATUS_COLORS, statusLabel, type DisplayStatus } from './labels';

/** 達成 / 順調 / 要注意 / 遅れ (or 未集計): the words carry the meaning, the colour only repeats it. */
export function StatusChip({ status }: { status: DisplayStatus }) {
  const translate = useTranslate();
  return <Chip size="small" color={STATUS_COLORS[status]} label={statusLabel(translate, status)} data-testid="status-chip" data-status={status} />;
}
