import { Box, Chip, FormHelperText, TextField, Typography } from '@mui/material';
import type { ExcludedSlot, Half } from '@outreach/domain/bookings';
import { type FieldErrors } from '@outreach/domain/common';
import { type KeyboardEvent, memo } from 'react';
import { fieldId, normaliseWishDate, toggle, type WishForm } from './intakeForm';
import { isPlainEnter } from './keyboard';
import { excludedText } from './offers';
import { RovingToggles } from './RovingControls';
import { useBookingT } from './useBookingT';
import { formatMonthDay } from '../common/dates';

const WEEKDAYS = [1, 2, 3, 4, 5];
const HALVES: Half[] = ['am', 'pm'];
/** The earliest reasons are the ones the caller asks about; the rest is counted. */
const EXCLUDED_SHOWN = 6;

/**
 * 希望: the caller's words (the toggles follow them), weekdays Monday–Friday, morning / afternoon, a period, and
 * in grey the reasons why wished slots are not offered. Enter in the words jumps to the offers.
 */
function WishesSectionView({
  wish,
  today,
  errors,
  excluded,
  onText,
  onChange,
  onEnter,
}: {
  wish: WishForm;
  today: string;
  errors: FieldErrors;
  excluded: readonly ExcludedSlot[];
  onText: (text: string) => void;
  onChange: (change: Partial<WishForm>) => void;
  onEnter: () => void;
}) {
  const t = useBookingT();
  const onKeyDown = (event: KeyboardEvent) => {
    if (!isPlainEnter(event)) return;
    event.preventDefault();
    onEnter();
  };
  return (
    <Box component="section" aria-labelledby="bk-wish-heading" sx={{ display: 'grid', gap: 1 }}>
      <Typography id="bk-wish-heading" variant="subtitle1" component="h2" sx={{ fontWeight: 700 }}>
        {t('sections.wishes')}
      </Typography>
      <TextField
        id={fieldId('wishNote')}
        size="small"
        label={t('fields.wishNote')}
        placeholder={t('hints.wishNotePlaceholder')}
        value={wish.text}
        onChange={(e) => onText(e.target.value)}
        onKeyDown={onKeyDown}
        error={!!errors.wishNote}
        helperText={errors.wishNote ?? t('hints.wishNote')}
        autoComplete="off"
      />
      <Box sx={{ display: 'flex', flexWrap: 'wrap', gap: 2, alignItems: 'center' }}>
        <RovingToggles
          id={fieldId('wishes.weekdays')}
          label={t('fields.weekdays')}
          items={WEEKDAYS.map((d) => ({ value: d, label: t(`weekdays.${d}`), selected: wish.weekdays.includes(d) }))}
          onToggle={(d) => onChange({ weekdays: toggle(wish.weekdays, d) })}
        />
        <RovingToggles
          id={fieldId('wishes.halves')}
          label={t('fields.halves')}
          items={HALVES.map((h) => ({ value: h, label: t(`halves.${h}`), selected: wish.halves.includes(h) }))}
          onToggle={(h) => onChange({ halves: toggle(wish.halves, h) })}
        />
      </Box>
      {wish.dates.length > 0 && (
        <Box sx={{ display: 'flex', gap: 0.5, flexWrap: 'wrap', alignItems: 'center' }}>
          <Typography variant="body2">{t('fields.dates')}</Typography>
          {wish.dates.map((d) => (
            <Chip key={d} size="small" label={formatMonthDay(d)} onDelete={() => onChange({ dates: wish.dates.filter((x) => x !== d) })} />
          ))}
        </Box>
      )}
      <Box sx={{ display: 'grid', gridTemplateColumns: '1fr 1fr', gap: 1 }}>
        {(['from', 'to'] as const).map((end) => {
          const raw = wish[end];
          const date = raw.trim() === '' ? undefined : normaliseWishDate(raw, today);
          const error = errors[`wishes.${end}`];
          return (
            <TextField
              key={end}
              id={fieldId(`wishes.${end}`)}
              size="small"
              label={t(`fields.${end}`)}
              placeholder={t('hints.wishDate')}
              value={raw}
              autoComplete="off"
              onChange={(e) => onChange({ [end]: e.target.value })}
              onBlur={() => date && date !== raw && onChange({ [end]: date })}
              error={!!error || (raw.trim() !== '' && !date)}
              helperText={error ?? (date ? formatMonthDay(date) : raw.trim() !== '' ? t('hints.wishDateUnread') : ' ')}
            />
          );
        })}
      </Box>
      {excluded.length > 0 && (
        <Box data-testid="excluded" aria-label={t('excludedTitle')} component="ul" sx={{ m: 0, pl: 2, color: 'text.secondary' }}>
          {excluded.slice(0, EXCLUDED_SHOWN).map((e) => (
            <Typography key={`${e.date}:${e.half}:${e.position ?? ''}`} component="li" variant="caption" color="text.secondary">
              {excludedText(e)}
              {e.overridable ? t('overridable') : ''}
            </Typography>
          ))}
          {excluded.length > EXCLUDED_SHOWN && (
            <Typography component="li" variant="caption" color="text.secondary">
              {t('excludedMore', { count: excluded.length - EXCLUDED_SHOWN })}
            </Typography>
          )}
        </Box>
      )}
      {errors.wishes && <FormHelperText error>{errors.wishes}</FormHelperText>}
    </Box>
  );
}

export const WishesSection = memo(WishesSectionView) as typeof WishesSectionView;
