import DeleteIcon from '@mui/icons-material/DeleteOutlined';
import { Box, FormControlLabel, FormHelperText, IconButton, MenuItem, Paper, Radio, RadioGroup, TextField, Tooltip, Typography } from '@mui/material';
import { type CallerRelation, callerRelationSchema, IDENTITY_DOCUMENTS, type IdentityDocumentId } from '@outreach/domain/bookings';
import { type FieldErrors } from '@outreach/domain/common';
import { type ApplicationType, applicationTypeSchema } from '@outreach/domain/sessions';
import { type KeyboardEvent, memo, useCallback, useMemo } from 'react';
import { type ApplicantForm, fieldId, identityStatus, normaliseBirthDate, toggle } from './intakeForm';
import { RovingChecks } from './RovingControls';
import { useBookingT } from './useBookingT';
import { formatOfficialDate } from '../common/dates';

const TYPES = applicationTypeSchema.options;

/** Age in whole years on `today` (both YYYY-MM-DD). */
function age(dateOfBirth: string, today: string): number {
  const years = Number(today.slice(0, 4)) - Number(dateOfBirth.slice(0, 4));
  return today.slice(5) < dateOfBirth.slice(5) ? years - 1 : years;
}

/**
 * One applicant, in the order of the conversation (Otaru §8(2)オ(ア)): name, kana, address, date of birth (和暦 shown
 * beside it), phone, why they cannot go out, application type (keys 1–5), identity documents (A欄 / B欄 with the
 * live sufficiency message), and their condition.
 */
export const ApplicantCard = memo(function ApplicantCard({
  index,
  applicant,
  errors,
  today,
  onChange: onChangeAt,
  onRemove: onRemoveAt,
  onCheck,
}: {
  index: number;
  applicant: ApplicantForm;
  errors: FieldErrors;
  today: string;
  onChange: (index: number, change: Partial<ApplicantForm>) => void;
  onRemove?: (index: number) => void;
  /** A field was left: check it now (as the booking will), so the error shows beside it at once. */
  onCheck?: (path: string) => void;
}) {
  const t = useBookingT();
  const onChange = useCallback((change: Partial<ApplicantForm>) => onChangeAt(index, change), [onChangeAt, index]);
  const onRemove = onRemoveAt ? () => onRemoveAt(index) : undefined;
  const documents = applicant.identityDocuments;
  const identityItems = useMemo(
    () => IDENTITY_DOCUMENTS.map((d) => ({ id: d.id, label: t(`documents.${d.id}`), checked: documents.includes(d.id), section: d.class })),
    [documents, t],
  );
  const identitySections = useMemo(
    () => [
      { key: 'A', label: t('identityClassA') },
      { key: 'B', label: t('identityClassB') },
    ],
    [t],
  );
  const toggleDocument = useCallback((id: string) => onChange({ identityDocuments: toggle(documents, id as IdentityDocumentId) }), [onChange, documents]);
  const path = (field: string) => `applicants.${index}.${field}`;
  const err = (field: string) => errors[path(field)];
  const later = index > 0;
  const text = (field: 'name' | 'kana' | 'address' | 'phone' | 'outingDifficulty', extra: object = {}) => ({
    id: fieldId(path(field)),
    size: 'small' as const,
    required: !(later && field === 'outingDifficulty'),
    onBlur: () => onCheck?.(path(field)),
    label: t(`fields.${field}`),
    value: applicant[field],
    onChange: (e: { target: { value: string } }) => onChange({ [field]: e.target.value }),
    error: !!err(field),
    helperText: err(field),
    ...extra,
  });

  const birth = normaliseBirthDate(applicant.dateOfBirth);
  const birthHelp = err('dateOfBirth') ?? (birth ? t('hints.birthWareki', { wareki: formatOfficialDate(birth), age: age(birth, today) }) : t('hints.birthFormat'));

  const onTypeKey = (event: KeyboardEvent<HTMLElement>) => {
    const i = Number(event.key) - 1;
    if (!Number.isInteger(i) || i < 0 || i >= TYPES.length) return;
    event.preventDefault();
    onChange({ applicationType: TYPES[i] });
    document.getElementById(`${fieldId(path('applicationType'))}-${TYPES[i]}`)?.focus();
  };

  const identity = identityStatus(applicant);
  const conditionChanged = !applicant.photoPossible || !applicant.canWrite || applicant.conditionNote !== '';

  return (
    <Paper variant="outlined" component="section" sx={{ p: 1.5, display: 'grid', gap: 1.25 }} aria-label={t('applicantN', { n: index + 1 })}>
      <Box sx={{ display: 'flex', alignItems: 'center' }}>
        <Typography component="h3" variant="subtitle2" sx={{ fontWeight: 700 }}>
          {t('applicantN', { n: index + 1 })}
        </Typography>
        {onRemove && (
          <Tooltip title={t('actions.removeApplicant')}>
            <IconButton size="small" onClick={onRemove} aria-label={t('actions.removeApplicant')} sx={{ ml: 'auto' }}>
              <DeleteIcon fontSize="small" />
            </IconButton>
          </Tooltip>
        )}
      </Box>
      <Box sx={{ display: 'grid', gridTemplateColumns: { xs: '1fr', sm: '1fr 1fr' }, gap: 1 }}>
        <TextField {...text('name')} autoComplete="off" />
        <TextField {...text('kana')} autoComplete="off" placeholder={t('hints.kana')} />
      </Box>
      <TextField {...text('address')} autoComplete="off" />
      <Box sx={{ display: 'grid', gridTemplateColumns: { xs: '1fr', sm: '1fr 1fr' }, gap: 1 }}>
        <TextField
          id={fieldId(path('dateOfBirth'))}
          size="small"
          required
          label={t('fields.dateOfBirth')}
          placeholder="1950-04-10"
          value={applicant.dateOfBirth}
          onChange={(e) => onChange({ dateOfBirth: e.target.value })}
          onBlur={() => onCheck?.(path('dateOfBirth'))}
          error={!!err('dateOfBirth')}
          helperText={birthHelp}
          autoComplete="off"
        />
        <TextField {...text('phone')} autoComplete="off" slotProps={{ htmlInput: { inputMode: 'tel' } }} />
      </Box>
      <TextField {...text('outingDifficulty')} multiline minRows={1} maxRows={4} placeholder={later ? t('hints.outingDifficultySame') : t('hints.outingDifficulty')} />
      {later && (
        <TextField
          id={fieldId(path('relation'))}
          select
          size="small"
          required
          label={t('fields.applicantRelation')}
          value={applicant.relation}
          onChange={(e) => onChange({ relation: e.target.value as CallerRelation })}
          error={!!err('relation')}
          helperText={err('relation')}
        >
          {callerRelationSchema.options.map((r) => (
            <MenuItem key={r} value={r}>
              {t(`relations.${r}`)}
            </MenuItem>
          ))}
        </TextField>
      )}

      <Box>
        <Typography id={`${fieldId(path('applicationType'))}-label`} variant="body2" sx={{ fontWeight: 700 }}>
          {t('fields.applicationType')} *
        </Typography>
        <RadioGroup
          id={fieldId(path('applicationType'))}
          row
          aria-labelledby={`${fieldId(path('applicationType'))}-label`}
          value={applicant.applicationType}
          onChange={(event) => onChange({ applicationType: event.target.value as ApplicationType })}
          onKeyDown={onTypeKey}
        >
          {TYPES.map((type, i) => (
            <FormControlLabel
              key={type}
              value={type}
              control={<Radio size="small" id={`${fieldId(path('applicationType'))}-${type}`} />}
              label={`${i + 1} ${t(`applicationTypes.${type}`)}`}
            />
          ))}
        </RadioGroup>
        <FormHelperText error={!!err('applicationType')} sx={{ mt: 0 }}>
          {err('applicationType') ?? t('hints.typeKeys')}
        </FormHelperText>
      </Box>

      <Box>
        <Typography variant="body2" sx={{ fontWeight: 700 }}>
          {t('fields.identityDocuments')}
        </Typography>
        <RovingChecks
          id={fieldId(path('identityDocuments'))}
          label={t('fields.identityDocuments')}
          columns={2}
          sections={identitySections}
          items={identityItems}
          onToggle={toggleDocument}
        />
        <FormHelperText
          data-testid={`identity-status-${index}`}
          role="status"
          sx={{ color: identity.ok ? 'success.main' : 'warning.dark', fontWeight: 700, mt: 0 }}
        >
          {identity.ok ? '✓ ' : '⚠ '}
          {identity.message}
        </FormHelperText>
        {err('identityDocuments') && <FormHelperText error>{err('identityDocuments')}</FormHelperText>}
      </Box>

      <Box>
        <Typography variant="body2" sx={{ fontWeight: 700 }}>
          {t('fields.condition')}
        </Typography>
        <RovingChecks
          id={fieldId(path('condition'))}
          label={t('fields.condition')}
          columns={3}
          items={[
            { id: 'photoPossible', label: t('fields.photoPossible'), checked: applicant.photoPossible },
            { id: 'canWrite', label: t('fields.canWrite'), checked: applicant.canWrite },
            { id: 'caregiverPresent', label: t('fields.caregiverPresent'), checked: applicant.caregiverPresent },
          ]}
          onToggle={(id) => {
            const key = id as 'photoPossible' | 'canWrite' | 'caregiverPresent';
            onChange({ [key]: !applicant[key] });
          }}
        />
        {conditionChanged && (
          <TextField
            id={fieldId(path('condition.note'))}
            size="small"
            fullWidth
            sx={{ mt: 1 }}
            label={t('fields.conditionNote')}
            placeholder={t('hints.conditionNote')}
            value={applicant.conditionNote}
            onChange={(e) => onChange({ conditionNote: e.target.value })}
            error={!!err('condition.note')}
            helperText={err('condition.note')}
          />
        )}
      </Box>
    </Paper>
  );
});
