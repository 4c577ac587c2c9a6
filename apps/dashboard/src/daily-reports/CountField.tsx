import AddIcon from '@mui/icons-material/Add';
import RemoveIcon from '@mui/icons-material/Remove';
import { IconButton, InputAdornment, TextField } from '@mui/material';
import { type KeyboardEvent, useEffect, useState } from 'react';
import { useTranslate } from 'react-admin';
import { keyStep, parseCountText, stepCount } from './countsModel';

interface CountFieldProps {
  id: string;
  label: string;
  value: number;
  /** A typed value, or a step from the latest value (two key presses may arrive before the next render). */
  onChange: (value: number | ((previous: number) => number)) => void;
  /** Set when a check fails; the message itself is shown under the group (see errorId). */
  error?: string;
  /** The id of the element showing the message, for screen readers. */
  errorId?: string;
  readOnly?: boolean;
}

/**
 * A compact count: typed (the whole value is selected on focus, so typing replaces it; full-width digits work),
 * stepped with ↑ ↓, or with the − / + buttons, which stay out of the tab order so Tab goes field to field.
 */
export function CountField({ id, label, value, onChange, error, errorId, readOnly }: CountFieldProps) {
  const translate = useTranslate();
  const [text, setText] = useState(String(value));

  // A change from outside (the buttons, a reload) shows; the text being typed is kept while it means the value.
  useEffect(() => {
    setText((current) => (parseCountText(current) === value ? current : String(value)));
  }, [value]);

  // Two key presses can arrive before the parent re-renders: the step is applied to the parent's latest state.
  const step = (delta: number) => onChange((previous) => stepCount(previous, delta));
  const onKeyDown = (event: KeyboardEvent<HTMLInputElement>) => {
    const delta = keyStep(event.key, event.shiftKey);
    if (delta !== 0 && !readOnly) {
      event.preventDefault();
      step(delta);
    }
  };
  const button = (delta: number) => (
    <IconButton
      size="small"
      tabIndex={-1}
      aria-label={translate(delta < 0 ? 'app.dailyReports.decrease' : 'app.dailyReports.increase', { label })}
      disabled={readOnly || (delta < 0 && value <= 0)}
      // Keep the focus in the input: a click on ± must not move it.
      onMouseDown={(event) => event.preventDefault()}
      onClick={() => step(delta)}
      sx={{ p: 0.25 }}
    >
      {delta < 0 ? <RemoveIcon fontSize="small" /> : <AddIcon fontSize="small" />}
    </IconButton>
  );

  return (
    <TextField
      id={id}
      label={label}
      size="small"
      value={text}
      error={error !== undefined}
      onChange={(event) => {
        const next = parseCountText(event.target.value);
        if (next === undefined) return;
        setText(event.target.value);
        if (next !== value) onChange(next);
      }}
      onFocus={(event) => event.target.select()}
      onBlur={() => setText(String(value))}
      onKeyDown={onKeyDown}
      sx={{ width: 148, '& input': { textAlign: 'right', fontVariantNumeric: 'tabular-nums', fontSize: '1.05rem' } }}
      slotProps={{
        htmlInput: { inputMode: 'numeric', autoComplete: 'off', readOnly, 'aria-describedby': error ? errorId : undefined },
        input: readOnly
          ? undefined
          : {
              startAdornment: <InputAdornment position="start">{button(-1)}</InputAdornment>,
              endAdornment: <InputAdornment position="end">{button(1)}</InputAdornment>,
            },
      }}
    />
  );
}
