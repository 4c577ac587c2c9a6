import GroupsOutlinedIcon from '@mui/icons-material/GroupsOutlined';
import PhoneCallbackIcon from '@mui/icons-material/PhoneCallback';
import PhoneInTalkOutlinedIcon from '@mui/icons-material/PhoneInTalkOutlined';
import FactCheckOutlinedIcon from '@mui/icons-material/FactCheckOutlined';
import AddLocationAltOutlinedIcon from '@mui/icons-material/AddLocationAltOutlined';
import DescriptionOutlinedIcon from '@mui/icons-material/DescriptionOutlined';
import EventNoteOutlinedIcon from '@mui/icons-material/EventNoteOutlined';
import AssignmentLateOutlinedIcon from '@mui/icons-material/AssignmentLateOutlined';
import ErrorOutlineIcon from '@mui/icons-material/ErrorOutlineOutlined';
import PersonRemoveOutlinedIcon from '@mui/icons-material/PersonRemoveOutlined';
import ReportGmailerrorredOutlinedIcon from '@mui/icons-material/ReportGmailerrorredOutlined';
import PhoneMissedOutlinedIcon from '@mui/icons-material/PhoneMissedOutlined';
import ReplyOutlinedIcon from '@mui/icons-material/ReplyOutlined';
import ScheduleSendOutlinedIcon from '@mui/icons-material/ScheduleSendOutlined';
import SentimentDissatisfiedOutlinedIcon from '@mui/icons-material/SentimentDissatisfiedOutlined';
import { Card, CardContent, Chip, List, ListItemButton, ListItemIcon, ListItemText, Stack, Typography } from '@mui/material';
import type { AttentionItem } from '@outreach/domain/dashboard';
import { Link, useResourceDefinitions, useTranslate } from 'react-admin';
import { isAllowed } from '../providers/access';
import { useMe } from '../providers/me';
import { attentionPath, type ResourceViews } from './shape';

const ICONS: Record<AttentionItem['kind'], typeof ErrorOutlineIcon> = {
  daily_report_overdue: AssignmentLateOutlinedIcon,
  call_week_overdue: PhoneMissedOutlinedIcon,
  report_returned: ReplyOutlinedIcon,
  report_checking: FactCheckOutlinedIcon,
  report_returned_internally: ReplyOutlinedIcon,
  defect_open: ErrorOutlineIcon,
  defect_overdue: ErrorOutlineIcon,
  complaint_open: SentimentDissatisfiedOutlinedIcon,
  personal_data_overdue: PersonRemoveOutlinedIcon,
  slip_share_overdue: ScheduleSendOutlinedIcon,
  incident_open: ReportGmailerrorredOutlinedIcon,
  site_approval_pending: AddLocationAltOutlinedIcon,
  business_plan_pending: DescriptionOutlinedIcon,
  business_plan_returned: DescriptionOutlinedIcon,
  business_plan_missing: DescriptionOutlinedIcon,
  period_report_overdue: AssignmentLateOutlinedIcon,
  period_report_due: AssignmentLateOutlinedIcon,
  period_report_returned: ReplyOutlinedIcon,
  period_report_waiting: FactCheckOutlinedIcon,
  call_back_due: PhoneCallbackIcon,
  facility_step_due: EventNoteOutlinedIcon,
  confirmation_call_due: PhoneInTalkOutlinedIcon,
  team_incomplete: GroupsOutlinedIcon,
};

/** 要対応: overdue and returned reports, open defects and complaints, oldest first, each a link to its record. */
export function AttentionList({ items }: { items: AttentionItem[] }) {
  const translate = useTranslate();
  const definitions = useResourceDefinitions();
  const { me } = useMe();
  const views = (resource: string): ResourceViews | undefined => {
    const d = definitions[resource];
    return d ? { hasShow: !!d.hasShow, hasEdit: !!d.hasEdit, canEdit: isAllowed(me?.permissions ?? [], resource, 'edit') } : undefined;
  };
  return (
    <Card component="section" aria-labelledby="dashboard-attention-title" sx={{ height: '100%' }}>
      <CardContent>
        <Stack direction="row" spacing={1} sx={{ alignItems: 'center' }}>
          <Typography id="dashboard-attention-title" component="h2" variant="h6" sx={{ fontWeight: 700 }}>
            {translate('app.dashboard.attention.title')}
          </Typography>
          {items.length > 0 && <Chip size="small" color="warning" label={translate('app.dashboard.attention.count', { count: items.length })} />}
        </Stack>
        {items.length === 0 ? (
          <Typography color="text.secondary" sx={{ mt: 1 }}>
            {translate('app.dashboard.attention.none')}
          </Typography>
        ) : (
          <List dense aria-labelledby="dashboard-attention-title" data-testid="attention-list" sx={{ maxHeight: 560, overflowY: 'auto' }}>
            {items.map((item, i) => {
              const Icon = ICONS[item.kind] ?? ErrorOutlineIcon;
              return (
                <li key={`${item.kind}-${item.id}-${i}`}>
                  <ListItemButton component={Link} to={attentionPath(item, views(item.resource))} sx={{ borderRadius: 1 }}>
                    <ListItemIcon sx={{ minWidth: 36 }}>
                      <Icon fontSize="small" color={item.kind === 'defect_open' || item.kind === 'defect_overdue' || item.kind === 'complaint_open' || item.kind === 'personal_data_overdue' || item.kind === 'incident_open' ? 'error' : 'warning'} />
                    </ListItemIcon>
                    <ListItemText primary={item.label} />
                  </ListItemButton>
                </li>
              );
            })}
          </List>
        )}
      </CardContent>
    </Card>
  );
}
