import type { ReactNode } from 'react';
import { Create, ListButton, TopToolbar, type CreateProps } from 'react-admin';
import { RequireProgram } from './RequireProgram';
import type { ProgramSummary } from '@outreach/domain/programs';

export interface ProgramScopedCreateProps extends Omit<CreateProps, 'resource' | 'record' | 'transform' | 'actions' | 'children'> {
  resource: string;
  /** The new record's defaults for the program. */
  defaults: (program: ProgramSummary) => Record<string, unknown>;
  /** The form's values as the API takes them (`programId` is added). */
  toInput: (data: Record<string, unknown>, program: ProgramSummary) => Record<string, unknown>;
  children: (program: ProgramSummary) => ReactNode;
}

/** The create view of one resource inside the current program, with the program picker beside the list button. */
export function ProgramScopedCreate({ resource, defaults, toInput, children, ...rest }: ProgramScopedCreateProps) {
  return (
    <RequireProgram>
      {(program) => (
        <Create
          key={program.id}
          resource={resource}
          record={defaults(program)}
          transform={(data: Record<string, unknown>) => ({ programId: program.id, ...toInput(data, program) })}
          actions={
            <TopToolbar sx={{ alignItems: 'center' }}>
              <ListButton />
            </TopToolbar>
          }
          {...rest}
        >
          {children(program)}
        </Create>
      )}
    </RequireProgram>
  );
}
