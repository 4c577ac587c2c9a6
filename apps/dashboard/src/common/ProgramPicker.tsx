import { MenuItem, TextField } from '@mui/material';
import { useTranslate } from 'react-admin';
import { useCurrentProgram } from './useCurrentProgram';

/** A select of the user's programs, shown only when there is a choice; the pick is remembered per user. */
export function ProgramPicker({ size = 'small' }: { size?: 'small' | 'medium' }) {
  const translate = useTranslate();
  const { program, programs, setProgramId } = useCurrentProgram();
  if (programs.length < 2 || !program) return null;
  return (
    <TextField
      select
      size={size}
      label={translate('resources.programs.name', { smart_count: 1 })}
      value={program.id}
      onChange={(event) => setProgramId(event.target.value)}
      sx={{ minWidth: 240, maxWidth: 480 }}
    >
      {programs.map((p) => (
        <MenuItem key={p.id} value={p.id}>
          {p.title}
        </MenuItem>
      ))}
    </TextField>
  );
}
