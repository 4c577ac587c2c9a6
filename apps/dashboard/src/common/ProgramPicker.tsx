import { MenuItem, TextField, Typography } from '@mui/material';
import { useTranslate } from 'react-admin';
import { useCurrentProgram } from './useCurrentProgram';

/**
 * The current program in the app bar, on every screen: its title for a user with one program, a select for a user
 * with several (「事業を選択」 until they choose). The choice is stored for the user and every screen follows it.
 */
export function ProgramPicker() {
  const translate = useTranslate();
  const { program, programs, setProgramId, isPending } = useCurrentProgram();
  if (isPending || programs.length === 0) return null;
  const label = translate('resources.programs.name', { smart_count: 1 });
  const width = { minWidth: 0, flex: '0 1 auto', maxWidth: { xs: 120, sm: 280, md: 440 } };
  if (programs.length === 1) {
    // A phone keeps the app bar for the page's title (the one program is named on the dashboard).
    return (
      <Typography variant="body2" noWrap title={programs[0].title} aria-label={`${label}: ${programs[0].title}`} sx={{ ...width, mx: 1, display: { xs: 'none', sm: 'block' } }}>
        {programs[0].title}
      </Typography>
    );
  }
  return (
    <TextField
      select
      size="small"
      label={label}
      value={program?.id ?? ''}
      onChange={(event) => setProgramId(event.target.value)}
      slotProps={{
        select: { displayEmpty: true, renderValue: (id) => programs.find((p) => p.id === id)?.title ?? translate('app.common.chooseProgram') },
        inputLabel: { shrink: true },
      }}
      sx={{
        ...width,
        mx: 1,
        '& .MuiInputBase-root, & .MuiInputLabel-root, & .MuiInputLabel-root.Mui-focused, & .MuiSvgIcon-root': { color: 'inherit' },
        '& .MuiOutlinedInput-notchedOutline, & .Mui-focused .MuiOutlinedInput-notchedOutline': { borderColor: 'currentColor', opacity: 0.6 },
      }}
    >
      {programs.map((p) => (
        <MenuItem key={p.id} value={p.id}>
          {p.title}
        </MenuItem>
      ))}
    </TextField>
  );
}
