import SearchIcon from '@mui/icons-material/Search';
import { Box, Button, TextField } from '@mui/material';

/**
 * A search term and its button (bookings, the register): the term goes in a POST body, never a URL, and the browser
 * keeps no history of it. Inside a form of its own (`onSubmit` of that form) the button submits; inside another
 * form (a defect's) `onSearch` runs on the button and on Enter instead, so the outer form is not submitted.
 */
export function SearchTermBox(props: {
  label: string;
  value: string;
  onChange: (value: string) => void;
  helperText: string;
  error: boolean;
  pending: boolean;
  submitLabel: string;
  name: string;
  onSearch?: () => void;
}) {
  const { onSearch } = props;
  return (
    <Box sx={{ display: 'flex', gap: 1, alignItems: 'flex-start' }}>
      <TextField
        size="small"
        fullWidth
        label={props.label}
        value={props.value}
        onChange={(e) => props.onChange(e.target.value)}
        onKeyDown={
          onSearch
            ? (e) => {
                if (e.key !== 'Enter') return;
                e.preventDefault();
                onSearch();
              }
            : undefined
        }
        error={props.error}
        helperText={props.helperText}
        slotProps={{ htmlInput: { autoComplete: 'off', name: props.name } }}
      />
      <Button type={onSearch ? 'button' : 'submit'} onClick={onSearch} variant="outlined" startIcon={<SearchIcon />} disabled={props.pending} sx={{ flexShrink: 0, mt: 0.25 }}>
        {props.submitLabel}
      </Button>
    </Box>
  );
}
