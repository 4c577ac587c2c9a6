import { Box, FormHelperText, Typography } from '@mui/material';
import type { ChecklistItem } from '@outreach/domain/bookings';
import { memo } from 'react';
import { fieldId, toggle } from './intakeForm';
import { RovingChecks } from './RovingControls';
import { useBookingT } from './useBookingT';

/**
 * 案内事項: what the application types chosen require the operator to read out (guidanceChecklist). Space ticks
 * an item once read and moves on to the next; the tick that completes the list moves on to `onDone`'s field.
 */
function GuidanceChecklistView({
  items,
  given,
  onChange,
  onDone,
  error,
}: {
  items: readonly ChecklistItem[];
  given: readonly string[];
  onChange: (given: string[]) => void;
  onDone?: () => void;
  /** Why the booking cannot be confirmed yet (items left unread), from the desk or the API. */
  error?: string;
}) {
  const t = useBookingT();
  const left = items.filter((i) => !given.includes(i.id)).length;
  return (
    <Box component="section" aria-labelledby="bk-guidance-heading" data-testid="guidance">
      <Typography id="bk-guidance-heading" variant="subtitle1" component="h2" sx={{ fontWeight: 700 }}>
        {t('sections.guidance')}
      </Typography>
      {items.length === 0 ? (
        <Typography variant="body2" color="text.secondary">
          {t('hints.guidanceEmpty')}
        </Typography>
      ) : (
        <>
          <Typography variant="caption" color={left ? 'warning.dark' : 'success.main'} component="p" role="status">
            {left ? t('guidanceLeft', { count: left }) : t('guidanceDone')}
          </Typography>
          <RovingChecks
            id={fieldId('guidanceGiven')}
            label={t('sections.guidance')}
            advanceOnCheck
            onAllChecked={onDone}
            items={items.map((item) => ({ id: item.id, label: item.text, checked: given.includes(item.id) }))}
            onToggle={(id) => onChange(toggle(given, id))}
          />
          {error && left > 0 && <FormHelperText error>{error}</FormHelperText>}
        </>
      )}
    </Box>
  );
}

export const GuidanceChecklist = memo(GuidanceChecklistView) as typeof GuidanceChecklistView;
