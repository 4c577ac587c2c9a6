import { handlingActorName, type HandlingRecordView } from '@outreach/domain/handling-records';
import { useRecordContext, useTranslate } from 'react-admin';
import { actionLabel } from './actions';
import { formatDateTime } from '../common/dates';

/** The page title of one handling record in words (never its number): 取扱記録 2026/12/03 12:00 受託 管理 ログイン. */
export function HandlingRecordTitle() {
  const record = useRecordContext<HandlingRecordView>();
  const translate = useTranslate();
  const name = translate('resources.handling-records.name', { smart_count: 1 });
  if (!record) return <span>{name}</span>;
  const who = handlingActorName(record) || '—';
  return <span>{`${name} ${formatDateTime(record.occurredAt)} ${who} ${translate(...actionLabel(record.action))}`}</span>;
}
