import type { ReactElement, ReactNode } from 'react';
import { Edit, ListButton, ShowButton, TopToolbar } from 'react-admin';

/**
 * The edit page of a record the API checks: pessimistic, so the API's field errors and refusals land beside their
 * inputs; writes `transform(values)`, then goes back to the list (or to the record, with a button to it as well).
 */
export function PessimisticEdit<T extends object>({ transform, redirect = 'list', title, children }: { transform: (data: T) => unknown; redirect?: 'list' | 'show'; title?: ReactElement; children: ReactNode }) {
  return (
    <Edit
      title={title}
      mutationMode="pessimistic"
      redirect={redirect}
      transform={transform}
      actions={
        <TopToolbar>
          {redirect === 'show' && <ShowButton />}
          <ListButton />
        </TopToolbar>
      }
    >
      {children}
    </Edit>
  );
}
