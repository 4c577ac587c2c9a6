import { Box, Typography } from '@mui/material';
import type { ReactNode } from 'react';
import { CreateButton, List, TopToolbar, useResourceDefinition, useTranslate, type ListProps } from 'react-admin';
import { RequireProgram } from './RequireProgram';
import type { ProgramSummary } from '@outreach/domain/programs';

export interface ProgramScopedListProps extends Omit<ListProps, 'resource' | 'filter' | 'actions' | 'children' | 'exporter' | 'empty'> {
  resource: string;
  /** Filters beyond the program's (e.g. a queue's status). */
  filter?: Record<string, unknown>;
  /** The toolbar's buttons (the program itself is in the app bar). */
  actions?: ReactNode;
  /** What stands above the list for the program (figures, a chart, a quick-entry widget, tabs). */
  header?: (program: ProgramSummary) => ReactNode;
  /** What shows instead of an empty list; by default a message naming the program, and the create button. */
  empty?: (program: ProgramSummary) => ReactNode;
  /** Told apart from the program's id when one screen shows the same resource in several ways (the queue). */
  variant?: string;
  children: ReactNode;
}

/**
 * The list of one resource inside the current program (shown and switched in the app bar): `programId` in the
 * filter, the list started afresh when the program changes, and an empty list that names the program. Without a
 * program: the notice, no list.
 */
export function ProgramScopedList({ resource, filter, actions, header, empty, variant, children, sx, ...rest }: ProgramScopedListProps) {
  return (
    <RequireProgram>
      {(program) => {
        const list = (
          <List
            key={variant ? `${program.id}:${variant}` : program.id}
            resource={resource}
            filter={{ ...filter, programId: program.id }}
            exporter={false}
            actions={actions ? <TopToolbar sx={{ alignItems: 'center' }}>{actions}</TopToolbar> : undefined}
            empty={empty ? empty(program) : <EmptyInProgram program={program} resource={resource} />}
            sx={{
              '& .MuiTableCell-head': { whiteSpace: 'nowrap' },
              ...(header ? { minWidth: 0, '& .RaList-main': { mt: 0, minWidth: 0 }, '& .RaList-content': { overflowX: 'auto' } } : {}),
              ...sx,
            }}
            {...rest}
          >
            {children}
          </List>
        );
        if (!header) return list;
        return (
          <Box sx={{ display: 'grid', gridTemplateColumns: 'minmax(0, 1fr)', gap: 2, mt: 2 }}>
            {header(program)}
            {list}
          </Box>
        );
      }}
    </RequireProgram>
  );
}

/** react-admin's empty page, naming the program: an empty list must not look like the wrong program's. */
function EmptyInProgram({ program, resource }: { program: ProgramSummary; resource: string }) {
  const translate = useTranslate();
  const { hasCreate } = useResourceDefinition({ resource });
  const name = translate(`resources.${resource}.name`, { smart_count: 2 });
  return (
    <Box sx={{ textAlign: 'center', mt: 4, mx: 1 }}>
      <Typography variant="h6" component="p" color="text.secondary" sx={{ mb: 2, overflowWrap: 'anywhere' }}>
        {translate('app.common.emptyInProgram', { program: program.title, name })}
      </Typography>
      {hasCreate && <CreateButton variant="contained" resource={resource} />}
    </Box>
  );
}
