import { Alert } from '@mui/material';
import type { ReactNode } from 'react';
import { Loading, useTranslate } from 'react-admin';
import type { ProgramSummary } from '@outreach/domain/programs';
import { useCurrentProgram } from './useCurrentProgram';

/**
 * Renders `children` for the current program: react-admin's loading indicator until it is known, a notice when
 * the user works on no program, and a request to choose one (in the app bar) when they have several and no choice.
 * Every screen of one program starts here.
 */
export function RequireProgram({ children, inline = false }: { children: (program: ProgramSummary) => ReactNode; inline?: boolean }) {
  const translate = useTranslate();
  const { program, programs, isPending } = useCurrentProgram();
  if (isPending) return <Loading />;
  if (!program) {
    return (
      <Alert severity="info" sx={inline ? undefined : { mt: 2 }}>
        {translate(programs.length > 0 ? 'app.common.chooseProgramFirst' : 'app.common.noProgram')}
      </Alert>
    );
  }
  return children(program);
}
