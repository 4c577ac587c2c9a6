import { Chip } from '@mui/material';
import { useTranslate } from 'react-admin';
import { STATUS_COLORS, statusLabel, type DisplayStatus } from './progress-text';

export type StatusColor = 'default' | 'primary' | 'info' | 'success' | 'warning' | 'error';

/** How a status looks: its colour, and outlined for a state that is not settled yet (a draft, a plan). */
export interface StatusLook {
  color: StatusColor;
  outlined?: boolean;
}

export interface StatusChipProps<S extends string> {
  status: S;
  looks: Record<S, StatusLook>;
  /** The words: they carry the meaning, the colour only repeats it. */
  label: string;
  size?: 'small' | 'medium';
  title?: string;
  testId?: string;
}

/** A record's status in words, coloured by its resource's looks (sessions, bookings, reports, targets…). */
export function StatusChip<S extends string>({ status, looks, label, size = 'small', title, testId }: StatusChipProps<S>) {
  const look = looks[status];
  return <Chip size={size} color={look.color} variant={look.outlined ? 'outlined' : 'filled'} label={label} title={title} data-testid={testId} data-status={status} />;
}

const PROGRESS_LOOKS = Object.fromEntries(Object.entries(STATUS_COLORS).map(([status, color]) => [status, { color }])) as Record<DisplayStatus, StatusLook>;

/** 達成 / 順調 / 要注意 / 遅れ (or 未集計) of a target or a group of targets. */
export function ProgressStatusChip({ status }: { status: DisplayStatus }) {
  const translate = useTranslate();
  return <StatusChip status={status} looks={PROGRESS_LOOKS} label={statusLabel(translate, status)} testId="status-chip" />;
}
