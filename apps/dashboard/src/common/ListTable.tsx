import { Box, LinearProgress, Link as MuiLink, MenuItem, TextField, useMediaQuery, useTheme } from '@mui/material';
import { Children, createElement, isValidElement, type MouseEvent, type ReactElement, type ReactNode } from 'react';
import { Link, useNavigate } from 'react-router-dom';
import {
  DataTable,
  FieldTitle,
  ListNoResults,
  NumberField,
  RecordContextProvider,
  useGetPathForRecord,
  useListContext,
  useRecordContext,
  useResourceContext,
  useTranslate,
  useTranslateLabel,
  type DataTableColumnProps,
  type DataTableProps,
  type RaRecord,
} from 'react-admin';

type Column = ReactElement<DataTableColumnProps & { options?: Intl.NumberFormatOptions; locales?: string | string[] }>;

/**
 * A resource's list: react-admin's `DataTable` from 900 px up (sortable columns, rows that open the record); below,
 * on a phone or a laptop zoomed to 200 %, one block per record with the same columns as label and value, nothing
 * wider than the screen. The block's first line is the first column, a link where a row would open the record (a
 * tap anywhere on the block opens it too); a column labelled "" (the row's buttons) stands under the block; a
 * column with nothing to show is left out of that record's block. The columns the table sorts by are offered in a
 * 並び順 select above the blocks (a phone has no headers to tap). Columns are written once, as `DataTable.Col` /
 * `DataTable.NumberCol`.
 */
export function ListTable<R extends RaRecord = RaRecord>({ ownTitleLink = false, ...props }: DataTableProps<R> & { /** The first column is a link of its own (not wrapped in another). */ ownTitleLink?: boolean }) {
  const theme = useTheme();
  const phone = useMediaQuery(theme.breakpoints.down('md'), { noSsr: true });
  if (!phone) return <DataTable<R> {...props} />;
  return (
    <ListBlocks rowClick={props.rowClick} titleLink={!ownTitleLink} empty={props.empty}>
      {props.children}
    </ListBlocks>
  );
}

interface BlockProps {
  rowClick: DataTableProps['rowClick'];
  /** Whether the first line is wrapped in a link to the record (not when the column links by itself). */
  titleLink: boolean;
}

function ListBlocks({ rowClick, titleLink, empty, children }: BlockProps & Pick<DataTableProps, 'empty' | 'children'>) {
  const { data, isPending } = useListContext();
  const resource = useResourceContext();
  const translate = useTranslate();
  const columns = Children.toArray(children).filter(isValidElement) as Column[];
  if (isPending) return <LinearProgress aria-label={translate('ra.page.loading')} sx={{ m: 2 }} />;
  if (!data?.length) return <>{empty === undefined ? <ListNoResults resource={resource} /> : empty}</>;
  return (
    <>
      <BlockSort columns={columns} />
      <Box component="ul" aria-label={translate(`resources.${resource}.name`, { smart_count: 2 })} data-testid="list-blocks" sx={{ listStyle: 'none', m: 0, p: 0 }}>
        {data.map((record: RaRecord) => (
          <RecordContextProvider key={record.id} value={record}>
            <Block columns={columns} rowClick={rowClick} titleLink={titleLink} />
          </RecordContextProvider>
        ))}
      </Box>
    </>
  );
}

/** The columns the table would sort by (a source, a label, not `disableSort`), each ascending and descending. */
function BlockSort({ columns }: { columns: Column[] }) {
  const { sort, setSort } = useListContext();
  const resource = useResourceContext();
  const translate = useTranslate();
  const translateLabel = useTranslateLabel();
  const sortable = columns.filter((c) => c.props.source && c.props.label !== '' && !c.props.disableSort);
  if (sortable.length === 0 || !sort) return null;
  const value = `${sort.field}:${sort.order}`;
  const options = sortable.flatMap((c) => {
    const field = translateLabel({ label: c.props.label as string | undefined, source: c.props.source, resource }) as string;
    return (['ASC', 'DESC'] as const).map((order) => ({ value: `${c.props.source}:${order}`, label: translate(order === 'ASC' ? 'app.common.ascending' : 'app.common.descending', { field }) }));
  });
  // The list's own order may be one no column offers (a default on a hidden field): the select is empty until a choice.
  const known = options.some((o) => o.value === value);
  return (
    <Box sx={{ px: 1, py: 1 }}>
      <TextField
        select
        fullWidth
        size="small"
        label={translate('app.common.sortBy')}
        value={known ? value : ''}
        onChange={(event) => {
          const [field, order] = event.target.value.split(':');
          setSort({ field, order: order as 'ASC' | 'DESC' });
        }}
        data-testid="list-blocks-sort"
      >
        {options.map((o) => (
          <MenuItem key={o.value} value={o.value}>
            {o.label}
          </MenuItem>
        ))}
      </TextField>
    </Box>
  );
}

/**
 * One record: its first column on the first line, the others as label and value, the row's buttons under them. A
 * tap anywhere on it opens the record as a click on a row does (the first line is the link a keyboard reaches);
 * a tap on a link or button inside does what that one does.
 */
function Block({ columns, rowClick, titleLink }: BlockProps & { columns: Column[] }) {
  const record = useRecordContext();
  const resource = useResourceContext();
  const navigate = useNavigate();
  const path = useGetPathForRecord({
    record,
    resource,
    link: typeof rowClick === 'function' ? (r: RaRecord) => rowClick(r.id, resource!, r) : rowClick,
  });
  const [first, ...rest] = columns;
  const buttons = rest.filter((c) => c.props.label === '');
  const fields = rest.filter((c) => c.props.label !== '');
  const open = (event: MouseEvent<HTMLLIElement>) => {
    const target = event.target as Element;
    if (!path || !event.currentTarget.contains(target) || target.closest('a, button, input, label, [role="button"]')) return;
    void navigate(path);
  };
  return (
    <Box component="li" onClick={open} sx={{ px: 2, py: 1.5, borderTop: 1, borderColor: 'divider', overflowWrap: 'anywhere', cursor: path ? 'pointer' : undefined, '&:hover': path ? { bgcolor: 'action.hover' } : undefined }}>
      {first && <BlockTitle column={first} path={titleLink ? path : undefined} />}
      {fields.length > 0 && (
        <Box component="dl" sx={{ m: 0, mt: 0.5, display: 'grid', gridTemplateColumns: 'auto minmax(0, 1fr)', columnGap: 1.5, rowGap: 0.5, alignItems: 'baseline', fontSize: '0.875rem' }}>
          {fields.map((column, index) => (
            <Box key={column.props.source ?? index} sx={{ display: 'contents', '&:has(> dd:empty), &:has(> dd > :only-child:empty)': { display: 'none' } }}>
              <Box component="dt" sx={{ color: 'text.secondary', whiteSpace: 'nowrap' }}>
                <FieldTitle label={column.props.label as string | undefined} source={column.props.source} resource={resource} />
              </Box>
              <Box component="dd" sx={{ m: 0, minWidth: 0 }}>
                <ColumnValue column={column} />
              </Box>
            </Box>
          ))}
        </Box>
      )}
      {buttons.map((column, index) => (
        <Box key={index} sx={{ mt: 1 }}>
          <ColumnValue column={column} />
        </Box>
      ))}
    </Box>
  );
}

/** The first column, under its label; a link to the record where a row of the table would open it. */
function BlockTitle({ column, path }: { column: Column; path: string | false | undefined }) {
  const resource = useResourceContext();
  const value = <ColumnValue column={column} />;
  return (
    <Box sx={{ display: 'flex', alignItems: 'baseline', gap: 1, fontWeight: 600 }}>
      <Box component="span" sx={{ color: 'text.secondary', fontSize: '0.75rem', fontWeight: 400, whiteSpace: 'nowrap' }}>
        <FieldTitle label={column.props.label as string | undefined} source={column.props.source} resource={resource} />
      </Box>
      {path ? (
        <MuiLink component={Link} to={path} sx={{ fontWeight: 600, '& *': { fontWeight: 600 } }}>
          {value}
        </MuiLink>
      ) : (
        <Box component="span">{value}</Box>
      )}
    </Box>
  );
}

/** What the column's cell shows: its children, `render`, `field`, a number for `NumberCol`, else the source's text. */
function ColumnValue({ column }: { column: Column }): ReactNode {
  const record = useRecordContext();
  const { children, render, field, source, options, locales } = column.props;
  if (column.type === DataTable.NumberCol) return <NumberField source={source!} options={options} locales={locales} />;
  if (children) return children;
  if (render) return record ? render(record) : null;
  if (field) return createElement(field, { source });
  const value = source ? source.split('.').reduce<unknown>((v, key) => (v as Record<string, unknown> | undefined)?.[key], record) : undefined;
  return value == null ? null : String(value);
}
