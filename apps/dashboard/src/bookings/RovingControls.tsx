import { Box, Checkbox, FormControlLabel, ToggleButton, Typography } from '@mui/material';
import { memo, type ReactNode, useCallback } from 'react';
import { useRoving } from './keyboard';

export interface CheckItem {
  id: string;
  label: ReactNode;
  checked: boolean;
  /** Items of a section are listed under its heading, in the order given. */
  section?: string;
}

/**
 * Checkboxes that are one tab stop (arrows move, Space ticks). With `advanceOnCheck` a tick moves on to the next
 * item: the guidance checklist is ticked item by item as the operator reads it out. The tick that leaves nothing
 * unticked calls `onAllChecked` (the checklist moves on to the next field); a tick on the last item with some
 * left goes back to the first one left.
 */
function RovingChecksView({
  id,
  label,
  items,
  onToggle,
  sections,
  advanceOnCheck = false,
  onAllChecked,
  columns = 1,
}: {
  id: string;
  label: string;
  items: readonly CheckItem[];
  onToggle: (itemId: string) => void;
  sections?: ReadonlyArray<{ key: string; label: ReactNode }>;
  advanceOnCheck?: boolean;
  onAllChecked?: () => void;
  columns?: number;
}) {
  const idOf = useCallback((i: number) => `${id}-${i}`, [id]);
  const roving = useRoving(items.length, idOf);
  const render = (item: CheckItem) => {
    const i = items.indexOf(item);
    return (
      <Box key={item.id} onFocus={() => roving.onFocusAt(i)}>
        <FormControlLabel
          sx={{ alignItems: 'flex-start', mr: 1, '& .MuiCheckbox-root': { py: 0.25 } }}
          control={
            <Checkbox
              id={idOf(i)}
              size="small"
              checked={item.checked}
              tabIndex={roving.tabIndexOf(i)}
              onChange={() => {
                onToggle(item.id);
                if (!advanceOnCheck || item.checked) return;
                const left = items.findIndex((other, j) => j !== i && !other.checked);
                if (left === -1) onAllChecked?.();
                else roving.focusAt(i < items.length - 1 ? i + 1 : left);
              }}
            />
          }
          label={<Typography variant="body2" sx={{ pt: 0.5 }}>{item.label}</Typography>}
        />
      </Box>
    );
  };
  const grid = { display: 'grid', gridTemplateColumns: { xs: '1fr', sm: `repeat(${columns}, minmax(0, 1fr))` }, columnGap: 1 };
  return (
    <Box id={id} role="group" aria-label={label} onKeyDown={roving.onKeyDown}>
      {sections ? (
        sections.map((s) => (
          <Box key={s.key} sx={{ mb: 0.5 }}>
            <Typography variant="caption" color="text.secondary" component="div" sx={{ fontWeight: 700 }}>
              {s.label}
            </Typography>
            <Box sx={grid}>{items.filter((item) => item.section === s.key).map(render)}</Box>
          </Box>
        ))
      ) : (
        <Box sx={grid}>{items.map(render)}</Box>
      )}
    </Box>
  );
}

export interface ToggleItem<T> {
  value: T;
  label: ReactNode;
  selected: boolean;
}

/** Toggle buttons that are one tab stop: arrows move, Space toggles (月〜金, 午前 / 午後). */
function RovingTogglesView<T extends string | number>({ id, label, items, onToggle }: { id: string; label: string; items: ReadonlyArray<ToggleItem<T>>; onToggle: (value: T) => void }) {
  const idOf = useCallback((i: number) => `${id}-${i}`, [id]);
  const roving = useRoving(items.length, idOf);
  return (
    <Box id={id} role="group" aria-label={label} onKeyDown={roving.onKeyDown} sx={{ display: 'inline-flex', flexWrap: 'wrap', gap: 0.5 }}>
      {items.map((item, i) => (
        <ToggleButton
          key={String(item.value)}
          id={idOf(i)}
          value={item.value}
          selected={item.selected}
          size="small"
          color="primary"
          tabIndex={roving.tabIndexOf(i)}
          onFocus={() => roving.onFocusAt(i)}
          onChange={() => onToggle(item.value)}
          sx={{ minWidth: 44, py: 0.25 }}
        >
          {item.label}
        </ToggleButton>
      ))}
    </Box>
  );
}

export const RovingChecks = memo(RovingChecksView) as typeof RovingChecksView;

export const RovingToggles = memo(RovingTogglesView) as typeof RovingTogglesView;
