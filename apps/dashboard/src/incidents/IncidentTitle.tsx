import { incidentTitle, type IncidentView } from '@outreach/domain/incidents';
import { useRecordContext, useTranslate } from 'react-admin';

/** The page title of one incident in words (never its id): 個人情報の事故報告 令和8年11月20日 09:00 発覚の紛失・滅失（2人）. */
export function IncidentTitle() {
  const record = useRecordContext<IncidentView>();
  const translate = useTranslate();
  const name = translate('resources.incidents.name', { smart_count: 1 });
  return <span>{record ? `${name} ${incidentTitle(record)}` : name}</span>;
}
