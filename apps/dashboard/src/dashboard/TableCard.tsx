import { Card, CardContent, Table, TableBody, TableHead, TableRow, Typography } from '@mui/material';
import type { ReactNode } from 'react';

/** A dashboard card that is a table under its heading (which names the table): `head` the header cells, `children` the rows. */
export function TableCard({ id, title, head, children }: { id: string; title: string; head: ReactNode; children: ReactNode }) {
  return (
    <Card component="section" aria-labelledby={id}>
      <CardContent>
        <Typography id={id} component="h2" variant="h6" sx={{ fontWeight: 700, mb: 1 }}>
          {title}
        </Typography>
        <Table size="small" aria-labelledby={id} sx={{ '& th, & td': { px: 1 } }}>
          <TableHead>
            <TableRow>{head}</TableRow>
          </TableHead>
          <TableBody>{children}</TableBody>
        </Table>
      </CardContent>
    </Card>
  );
}
