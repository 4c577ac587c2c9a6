import EventRepeatIcon from '@mui/icons-material/EventRepeat';
import EventBusyIcon from '@mui/icons-material/EventBusy';
import PersonOffIcon from '@mui/icons-material/PersonOff';
import PrintIcon from '@mui/icons-material/Print';
import DeleteSweepIcon from '@mui/icons-material/DeleteSweep';
import { Button } from '@mui/material';
import { jstDateKey } from '@outreach/domain/common';
import { useState } from 'react';
import {
  Confirm,
  FunctionField,
  NumberField,
  SelectField,
  Show,
  SimpleShowLayout,
  TextField,
  TopToolbar,
  useCanAccess,
  useNotify,
  useRecordContext,
  useRefresh,
} from 'react-admin';
import { Link } from 'react-router-dom';
import { useMe } from '../providers/me';
import type { BookingView } from '@outreach/domain/bookings';
import { BookingHistory } from './BookingHistory';
import { ApplicantListPanel } from '../facilities/ApplicantListPanel';
import { CoordinationPanel } from '../facilities/CoordinationPanel';
import { kindChoices } from './BookingList';
import { BookingStatusField, VisitField } from './fields';
import { ReasonDialog } from './ReasonDialog';
import { RescheduleDialog } from './RescheduleDialog';
import { useBookingT } from './useBookingT';
import { useAppDataProvider } from '../providers/dataProvider';
import { errorMessage } from '../providers/http';
import { formatOfficialDate } from '../common/dates';

const ACTIVE = ['tentative', 'confirmed'];

function BookingTitle() {
  const t = useBookingT();
  const record = useRecordContext<BookingView>();
  return <span>{record ? t('showTitle', { number: record.receptionNumber }) : ''}</span>;
}

/** Moves, cancellations, no-shows and the slip, each shown only to those the API lets do it. */
function BookingActions() {
  const t = useBookingT();
  const notify = useNotify();
  const refresh = useRefresh();
  const dataProvider = useAppDataProvider();
  const record = useRecordContext<BookingView>();
  const { me } = useMe();
  const { canAccess: canManage = false } = useCanAccess({ resource: 'bookings', action: 'manage' });
  const { canAccess: canConfirm = false } = useCanAccess({ resource: 'bookings', action: 'confirm' });
  const { canAccess: canShare = false } = useCanAccess({ resource: 'bookings', action: 'share' });
  const { canAccess: readsPersonal = false } = useCanAccess({ resource: 'bookings', action: 'personal' });
  const { canAccess: readsShared = false } = useCanAccess({ resource: 'bookings', action: 'personal_shared' });
  const [dialog, setDialog] = useState<'move' | 'cancel' | 'no-show' | 'delete'>();
  const [busy, setBusy] = useState(false);
  const [error, setError] = useState<string>();
  if (!record) return null;

  const active = ACTIVE.includes(record.status);
  const tentative = record.status === 'tentative';
  const mayMove = active && canManage && (!tentative || canConfirm);
  // As the API decides: vendors who handle personal data; the city once the slip was shared with it.
  const vendor = me?.organization.kind === 'vendor';
  const slipReadable = !record.personalDataDeletedAt && (vendor ? readsPersonal : (readsPersonal || readsShared) && record.sharedWithCityAt !== null);

  const close = async (action: 'cancel' | 'no-show', reason: string) => {
    setBusy(true);
    try {
      await dataProvider.closeBooking(record.id, action, reason);
      notify(action === 'cancel' ? 'app.bookings.notify.cancelled' : 'app.bookings.notify.noShow', { type: 'success' });
      setDialog(undefined);
      refresh();
    } catch (e) {
      setError(errorMessage(e));
    } finally {
      setBusy(false);
    }
  };

  const deletePersonal = async () => {
    setBusy(true);
    try {
      await dataProvider.deleteBookingPersonal(record.id);
      notify('app.bookings.notify.personalDeleted', { type: 'success' });
      setDialog(undefined);
      refresh();
    } catch (e) {
      notify(errorMessage(e), { type: 'error' });
    } finally {
      setBusy(false);
    }
  };

  return (
    <TopToolbar sx={{ gap: 1 }}>
      {mayMove && (
        <Button size="small" startIcon={<EventRepeatIcon />} onClick={() => setDialog('move')}>
          {tentative ? t('actions.confirm') : t('actions.reschedule')}
        </Button>
      )}
      {active && canManage && (
        <Button size="small" startIcon={<EventBusyIcon />} onClick={() => (setError(undefined), setDialog('cancel'))}>
          {t('actions.cancel')}
        </Button>
      )}
      {active && canManage && !tentative && (
        <Button size="small" startIcon={<PersonOffIcon />} onClick={() => (setError(undefined), setDialog('no-show'))}>
          {t('actions.noShow')}
        </Button>
      )}
      {slipReadable && (
        <Button size="small" variant="contained" startIcon={<PrintIcon />} component={Link} to={`/bookings/${record.id}/slip`}>
          {t('actions.slip')}
        </Button>
      )}
      {canShare && !record.personalDataDeletedAt && !active && (
        <Button size="small" color="error" startIcon={<DeleteSweepIcon />} onClick={() => setDialog('delete')}>
          {t('actions.deletePersonal')}
        </Button>
      )}
      {dialog === 'move' && (
        <RescheduleDialog
          booking={record}
          open
          onClose={() => setDialog(undefined)}
          onDone={() => {
            setDialog(undefined);
            refresh();
          }}
        />
      )}
      <ReasonDialog
        key={dialog}
        open={dialog === 'cancel' || dialog === 'no-show'}
        title={dialog === 'no-show' ? t('actions.noShow') : t('actions.cancel')}
        busy={busy}
        error={error}
        onClose={() => setDialog(undefined)}
        onConfirm={(reason) => void close(dialog === 'no-show' ? 'no-show' : 'cancel', reason)}
      />
      <Confirm
        isOpen={dialog === 'delete'}
        loading={busy}
        title="app.bookings.actions.deletePersonal"
        content="app.bookings.deletePersonalConfirm"
        onConfirm={() => void deletePersonal()}
        onClose={() => setDialog(undefined)}
      />
    </TopToolbar>
  );
}

/** One booking: facts only; the personal data is on the slip (its own, recorded, route). */
export function BookingShow() {
  const t = useBookingT();
  return (
    <Show title={<BookingTitle />} actions={<BookingActions />}>
      <SimpleShowLayout>
        <NumberField source="receptionNumber" />
        <SelectField source="kind" choices={kindChoices} />
        <BookingStatusField source="status" />
        <VisitField source="visitDate" />
        <TextField source="district" emptyText={t('districtUnknown')} />
        <NumberField source="applicants" />
        <NumberField source="plannedApplications" />
        <FunctionField<BookingView> source="applicationTypes" render={(r) => r.applicationTypes.map((a) => t(`applicationTypes.${a}`)).join('、') || '—'} />
        <FunctionField<BookingView> source="callerRelation" render={(r) => (r.callerRelation ? t(`relations.${r.callerRelation}`) : '—')} />
        <FunctionField<BookingView> source="receivedDate" render={(r) => formatOfficialDate(r.receivedDate)} />
        <FunctionField<BookingView> source="sharedWithCityAt" render={(r) => (r.sharedWithCityAt ? formatOfficialDate(jstDateKey(new Date(r.sharedWithCityAt))) : '—')} />
        <FunctionField<BookingView> source="visitFinishedDate" render={(r) => (r.visitFinishedDate ? formatOfficialDate(r.visitFinishedDate) : '—')} />
        <FunctionField<BookingView> source="personalDataDeletedAt" render={(r) => (r.personalDataDeletedAt ? formatOfficialDate(jstDateKey(new Date(r.personalDataDeletedAt))) : '—')} />
        <TextField source="overrideReason" emptyText="—" />
        <TextField source="cancelReason" emptyText="—" />
      </SimpleShowLayout>
      <CoordinationPanel />
      <ApplicantListPanel />
      <BookingHistory />
    </Show>
  );
}
