import { Box, Chip, Typography } from '@mui/material';
import type { SlotOffer } from '@outreach/domain/bookings';
import { type KeyboardEvent, memo } from 'react';
import { isPlainEnter } from './keyboard';
import { offerKey, offerText } from './offers';
import { useBookingT } from './useBookingT';
import { formatOfficialDate } from '../common/dates';

/**
 * The offers as a listbox: one tab stop, ↑↓ choose, Enter books the chosen one (a double click too). Read-only
 * (a facility request is booked later by the manager) it only shows them.
 */
function OfferListView({
  id,
  offers,
  selected,
  onSelect,
  onBook,
  readOnly = false,
  label,
}: {
  id: string;
  offers: readonly SlotOffer[];
  selected: number;
  onSelect: (index: number) => void;
  onBook?: (offer: SlotOffer) => void;
  readOnly?: boolean;
  label: string;
}) {
  const t = useBookingT();
  const optionId = (i: number) => `${id}-option-${i}`;
  const onKeyDown = (event: KeyboardEvent) => {
    if (offers.length === 0) return;
    let next: number | undefined;
    if (event.key === 'ArrowDown') next = Math.min(offers.length - 1, selected + 1);
    else if (event.key === 'ArrowUp') next = Math.max(0, selected - 1);
    else if (event.key === 'Home') next = 0;
    else if (event.key === 'End') next = offers.length - 1;
    if (next !== undefined) {
      event.preventDefault();
      onSelect(next);
      document.getElementById(optionId(next))?.scrollIntoView({ block: 'nearest' });
      return;
    }
    if (isPlainEnter(event) && !readOnly && onBook && offers[selected]) {
      event.preventDefault();
      event.stopPropagation(); // Ctrl+Enter here is the same Enter, not a second booking
      onBook(offers[selected]);
    }
  };
  return (
    <Box
      id={id}
      role="listbox"
      tabIndex={0}
      aria-label={label}
      aria-activedescendant={offers.length ? optionId(selected) : undefined}
      onKeyDown={onKeyDown}
      sx={{
        border: 1,
        borderColor: 'divider',
        borderRadius: 1,
        maxHeight: 320,
        overflowY: 'auto',
        '&:focus-visible': { outline: '3px solid', outlineColor: 'primary.main', outlineOffset: 1 },
      }}
    >
      {offers.length === 0 && (
        <Typography variant="body2" color="text.secondary" sx={{ p: 1.5 }}>
          {t('noOffers')}
        </Typography>
      )}
      {offers.map((offer, i) => {
        const isSelected = i === selected;
        return (
          <Box
            key={offerKey(offer)}
            id={optionId(i)}
            role="option"
            aria-selected={isSelected}
            aria-label={`${formatOfficialDate(offer.date)} ${offerText(offer)}${offer.matchesWishes ? '' : ` ${t('notWished')}`}`}
            data-testid="offer"
            onClick={() => onSelect(i)}
            onDoubleClick={() => !readOnly && onBook?.(offer)}
            sx={{
              px: 1.5,
              py: 1,
              cursor: 'pointer',
              borderBottom: 1,
              borderColor: 'divider',
              bgcolor: isSelected ? 'primary.main' : undefined,
              color: isSelected ? 'primary.contrastText' : undefined,
              '&:last-child': { borderBottom: 0 },
            }}
          >
            <Box sx={{ display: 'flex', gap: 1, alignItems: 'baseline', flexWrap: 'wrap' }}>
              <Typography component="span" sx={{ fontWeight: 700, fontSize: '1.05rem' }}>
                {offerText(offer)}
              </Typography>
              {!offer.matchesWishes && (
                <Chip size="small" label={t('notWished')} variant="outlined" sx={{ color: 'inherit', borderColor: 'currentColor' }} />
              )}
            </Box>
            {offer.warnings.map((w) => (
              <Typography key={w} variant="caption" component="div" sx={{ color: isSelected ? 'inherit' : 'warning.dark' }}>
                ⚠ {w}
              </Typography>
            ))}
          </Box>
        );
      })}
    </Box>
  );
}

export const OfferList = memo(OfferListView) as typeof OfferListView;
