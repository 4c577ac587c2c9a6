import { useQuery } from '@tanstack/react-query';
import AddIcon from '@mui/icons-material/Add';
import CloseIcon from '@mui/icons-material/Close';
import DownloadIcon from '@mui/icons-material/Download';
import UploadFileIcon from '@mui/icons-material/UploadFile';
import {
  Alert,
  Box,
  Button,
  Card,
  CardContent,
  IconButton,
  MenuItem,
  Table,
  TableBody,
  TableCell,
  TableHead,
  TableRow,
  TextField,
  Typography,
} from '@mui/material';
import { useEffect, useState } from 'react';
import { Title, useCanAccess, useNotify, useTranslate } from 'react-admin';
import { RequireProgram } from '../common/RequireProgram';
import type { ProgramSummary } from '@outreach/domain/programs';
import { errorMessage, fieldErrorsOf } from '../providers/http';
import { addDistrict, matrixPayload, minutesBetween, missingPairs, removeDistrict, setMinutes, type TravelMatrixForm } from './travelMatrix';
import { useBookingT } from './useBookingT';
import { QUERY_ONCE, useAppDataProvider } from '../providers/dataProvider';
import { travelMatrixWorkbookUrl } from '../providers/methods/bookings';
import { formatMonthDay } from '../common/dates';
import { ScrollRegion } from '../common/ScrollRegion';

/** 予約の設定: the district travel matrix (editable by calendar managers) and the facility pre-meetings. */
export function BookingSettingsPage() {
  const t = useBookingT();
  return (
    <RequireProgram>
      {(program) => (
        <Box sx={{ mt: 2, display: 'grid', gap: 2 }}>
          <Title title={t('settings.title')} />
          <TravelMatrixCard key={`m:${program.id}`} program={program} />
          <PreMeetingsCard key={`p:${program.id}`} program={program} />
        </Box>
      )}
    </RequireProgram>
  );
}

function TravelMatrixCard({ program }: { program: ProgramSummary }) {
  const t = useBookingT();
  const translate = useTranslate();
  const notify = useNotify();
  const dataProvider = useAppDataProvider();
  const { canAccess: canEdit = false } = useCanAccess({ resource: 'programs', action: 'calendar' });
  const loaded = useQuery({ queryKey: ['programs', program.id, 'travel-matrix'], queryFn: () => dataProvider.travelMatrix(program.id), ...QUERY_ONCE });
  const [matrix, setMatrix] = useState<TravelMatrixForm>();
  const [newDistrict, setNewDistrict] = useState('');
  const [saving, setSaving] = useState(false);
  const [errors, setErrors] = useState<Record<string, string>>({});
  const [importing, setImporting] = useState(false);
  useEffect(() => {
    if (loaded.data) setMatrix(loaded.data);
  }, [loaded.data]);

  if (loaded.error) return <Alert severity="error">{translate(errorMessage(loaded.error))}</Alert>;
  if (!matrix) return null;
  const missing = missingPairs(matrix);

  const save = async () => {
    setSaving(true);
    try {
      setMatrix(await dataProvider.saveTravelMatrix(program.id, matrixPayload(matrix)));
      setErrors({});
      notify('app.bookings.notify.matrixSaved', { type: 'success' });
    } catch (e) {
      setErrors(fieldErrorsOf(e) ?? {});
      notify(errorMessage(e), { type: 'error' });
    } finally {
      setSaving(false);
    }
  };

  /** A filled sheet fills the table; the manager checks it and saves (the one recorded change). */
  const importFile = async (file: File) => {
    setImporting(true);
    try {
      setMatrix(await dataProvider.importTravelMatrix(program.id, file));
      setErrors({});
      notify('app.bookings.notify.matrixImported', { type: 'info' });
    } catch (e) {
      setErrors(fieldErrorsOf(e) ?? {});
      notify(errorMessage(e), { type: 'error' });
    } finally {
      setImporting(false);
    }
  };

  const cell = (a: string, b: string, i: number, j: number) => {
    if (i === j) return <TableCell key={b} align="center" sx={{ color: 'text.secondary' }}>—</TableCell>;
    const value = minutesBetween(matrix, a, b);
    if (!canEdit || j < i) {
      return (
        <TableCell key={b} align="center" sx={{ color: j < i ? 'text.secondary' : undefined, bgcolor: value === undefined ? 'warning.light' : undefined }}>
          {value ?? '?'}
        </TableCell>
      );
    }
    return (
      <TableCell key={b} align="center" sx={{ p: 0.5 }}>
        <TextField
          size="small"
          value={value ?? ''}
          onChange={(e) => {
            const raw = e.target.value.normalize('NFKC').trim();
            const n = Number(raw);
            setMatrix(setMinutes(matrix, a, b, raw === '' || !Number.isInteger(n) || n < 0 ? undefined : n));
          }}
          error={value === undefined || !!errors[`minutes.${a}.${b}`]}
          slotProps={{ htmlInput: { inputMode: 'numeric', 'aria-label': t('settings.minutesBetween', { a, b }), style: { textAlign: 'center', width: '3.5em' } } }}
        />
      </TableCell>
    );
  };

  return (
    <Card>
      <CardContent sx={{ display: 'grid', gap: 1.5 }}>
        <Typography variant="h6" component="h2">
          {t('settings.matrix')}
        </Typography>
        <Typography variant="body2" color="text.secondary">
          {t('settings.matrixHint')}
        </Typography>
        <Box sx={{ display: 'flex', gap: 1, alignItems: 'center', flexWrap: 'wrap' }}>
          <Button size="small" variant="outlined" component="a" href={travelMatrixWorkbookUrl(program.id)} startIcon={<DownloadIcon />}>
            {t('settings.exportXlsx')}
          </Button>
          {canEdit && (
            <Button size="small" variant="outlined" component="label" startIcon={<UploadFileIcon />} disabled={importing}>
              {t('settings.importXlsx')}
              <input
                type="file"
                hidden
                accept=".xlsx,application/vnd.openxmlformats-officedocument.spreadsheetml.sheet"
                data-testid="travel-matrix-file"
                onChange={(e) => {
                  const file = e.target.files?.[0];
                  e.target.value = '';
                  if (file) void importFile(file);
                }}
              />
            </Button>
          )}
          {canEdit && (
            <Typography variant="caption" color="text.secondary">
              {t('settings.importHint')}
            </Typography>
          )}
        </Box>
        {errors.file && (
          <Alert severity="error" sx={{ whiteSpace: 'pre-line' }} data-testid="travel-matrix-file-errors">
            {errors.file}
          </Alert>
        )}
        {missing.length > 0 && <Alert severity="warning">{t('settings.missing', { pairs: missing.map(([a, b]) => `${a}↔${b}`).join('、') })}</Alert>}
        {errors.districts && <Alert severity="error">{errors.districts}</Alert>}
        <ScrollRegion label={t('settings.matrix')}>
          <Table size="small" aria-label={t('settings.matrix')} data-testid="travel-matrix">
            <TableHead>
              <TableRow>
                <TableCell>{t('settings.fromTo')}</TableCell>
                {matrix.districts.map((d) => (
                  <TableCell key={d} align="center" sx={{ whiteSpace: 'nowrap' }}>
                    {d}
                    {canEdit && (
                      <IconButton size="small" aria-label={t('settings.removeDistrict', { name: d })} onClick={() => setMatrix(removeDistrict(matrix, d))}>
                        <CloseIcon fontSize="inherit" />
                      </IconButton>
                    )}
                  </TableCell>
                ))}
              </TableRow>
            </TableHead>
            <TableBody>
              {matrix.districts.map((a, i) => (
                <TableRow key={a}>
                  <TableCell component="th" scope="row" sx={{ whiteSpace: 'nowrap', fontWeight: 700 }}>
                    {a}
                  </TableCell>
                  {matrix.districts.map((b, j) => cell(a, b, i, j))}
                </TableRow>
              ))}
            </TableBody>
          </Table>
        </ScrollRegion>
        {canEdit && (
          <Box sx={{ display: 'flex', gap: 1, alignItems: 'center', flexWrap: 'wrap' }}>
            <TextField
              size="small"
              sx={{ width: 220 }}
              label={t('settings.newDistrict')}
              value={newDistrict}
              onChange={(e) => setNewDistrict(e.target.value)}
              onKeyDown={(e) => {
                if (e.key === 'Enter' && !e.nativeEvent.isComposing) {
                  e.preventDefault();
                  setMatrix(addDistrict(matrix, newDistrict));
                  setNewDistrict('');
                }
              }}
            />
            <Button
              startIcon={<AddIcon />}
              onClick={() => {
                setMatrix(addDistrict(matrix, newDistrict));
                setNewDistrict('');
              }}
            >
              {t('settings.addDistrict')}
            </Button>
            <Button variant="contained" sx={{ ml: 'auto' }} disabled={saving || matrix.districts.length === 0} onClick={() => void save()}>
              {t('settings.save')}
            </Button>
          </Box>
        )}
      </CardContent>
    </Card>
  );
}

function PreMeetingsCard({ program }: { program: ProgramSummary }) {
  const t = useBookingT();
  const translate = useTranslate();
  const notify = useNotify();
  const dataProvider = useAppDataProvider();
  const { canAccess: canManage = false } = useCanAccess({ resource: 'bookings', action: 'create' });
  const loaded = useQuery({ queryKey: ['programs', program.id, 'pre-meetings'], queryFn: () => dataProvider.preMeetings(program.id), ...QUERY_ONCE });
  const [date, setDate] = useState('');
  const [half, setHalf] = useState<'am' | 'pm'>('am');
  const [note, setNote] = useState('');
  const [busy, setBusy] = useState(false);

  const run = async (work: () => Promise<unknown>, success: string) => {
    setBusy(true);
    try {
      await work();
      notify(success, { type: 'success' });
      void loaded.refetch();
      return true;
    } catch (e) {
      notify(errorMessage(e), { type: 'error' });
      return false;
    } finally {
      setBusy(false);
    }
  };

  return (
    <Card>
      <CardContent sx={{ display: 'grid', gap: 1.5 }}>
        <Typography variant="h6" component="h2">
          {t('settings.preMeetings')}
        </Typography>
        <Typography variant="body2" color="text.secondary">
          {t('settings.preMeetingsHint')}
        </Typography>
        {loaded.error ? <Alert severity="error">{translate(errorMessage(loaded.error))}</Alert> : null}
        <Table size="small">
          <TableHead>
            <TableRow>
              <TableCell>{t('settings.date')}</TableCell>
              <TableCell>{t('settings.half')}</TableCell>
              <TableCell>{t('settings.note')}</TableCell>
              <TableCell />
            </TableRow>
          </TableHead>
          <TableBody>
            {(loaded.data ?? []).map((m) => (
              <TableRow key={m.id}>
                <TableCell>{formatMonthDay(m.date)}</TableCell>
                <TableCell>{t(`halves.${m.half}`)}</TableCell>
                <TableCell>{m.note ?? ''}</TableCell>
                <TableCell align="right">
                  {canManage && (
                    <Button size="small" color="error" disabled={busy} onClick={() => void run(() => dataProvider.removePreMeeting(program.id, m.id), 'app.bookings.notify.preMeetingRemoved')}>
                      {t('settings.remove')}
                    </Button>
                  )}
                </TableCell>
              </TableRow>
            ))}
            {loaded.data?.length === 0 && (
              <TableRow>
                <TableCell colSpan={4} sx={{ color: 'text.secondary' }}>
                  {t('settings.noPreMeetings')}
                </TableCell>
              </TableRow>
            )}
          </TableBody>
        </Table>
        {canManage && (
          <Box sx={{ display: 'flex', gap: 1, alignItems: 'center', flexWrap: 'wrap' }}>
            <TextField size="small" type="date" sx={{ width: 180 }} label={t('settings.date')} value={date} onChange={(e) => setDate(e.target.value)} slotProps={{ inputLabel: { shrink: true } }} />
            <TextField size="small" select label={t('settings.half')} value={half} onChange={(e) => setHalf(e.target.value as 'am' | 'pm')} sx={{ width: 120 }}>
              <MenuItem value="am">{t('halves.am')}</MenuItem>
              <MenuItem value="pm">{t('halves.pm')}</MenuItem>
            </TextField>
            <TextField size="small" sx={{ width: 320 }} label={t('settings.note')} value={note} onChange={(e) => setNote(e.target.value)} />
            <Button
              variant="outlined"
              disabled={busy || date === ''}
              onClick={() =>
                void run(() => dataProvider.addPreMeeting(program.id, { date, half, ...(note.trim() ? { note } : {}) }), 'app.bookings.notify.preMeetingAdded').then((ok) => {
                  if (ok) setNote('');
                })
              }
            >
              {t('settings.addPreMeeting')}
            </Button>
          </Box>
        )}
      </CardContent>
    </Card>
  );
}
