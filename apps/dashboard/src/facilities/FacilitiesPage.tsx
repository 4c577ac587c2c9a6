import { Alert, Box, Button, Chip, Link as MuiLink, Typography } from '@mui/material';
import { useQuery } from '@tanstack/react-query';
import { FACILITY_TYPE_LABELS_JA, type FacilityStage, type FacilitySummaryView } from '@outreach/domain/facilities';
import { booksVisits, type ProgramSummary } from '@outreach/domain/programs';
import { DataTable, FunctionField, ListContextProvider, Loading, Title, useCanAccess, useList } from 'react-admin';
import { Link } from 'react-router-dom';
import { formatDate } from '../common/dates';
import { RequireProgram } from '../common/RequireProgram';
import { useScreenWords } from '../common/useScreenWords';
import { QUERY_ONCE, useAppDataProvider } from '../providers/dataProvider';
import { errorMessage } from '../providers/http';
import { ListTable } from '../common/ListTable';

/** The chip colour of each stage: grey before the visit is fixed, blue while coordinating, green once visited. */
const STAGE_COLOR: Record<FacilityStage, 'default' | 'warning' | 'info' | 'primary' | 'success'> = {
  registered: 'default',
  requested: 'warning',
  confirmed: 'info',
  coordinating: 'info',
  list_received: 'primary',
  visited: 'success',
  reported: 'success',
};

export function StageChip({ stage }: { stage: FacilityStage }) {
  const { t } = useScreenWords('app.facilityRecords');
  return <Chip size="small" color={STAGE_COLOR[stage]} label={t(`stages.${stage}`)} data-testid="facility-stage" />;
}

/** 施設: the current program's facilities by name, each with its stage, visit day and the next step due. */
export function FacilitiesPage() {
  return <RequireProgram>{(program) => <Facilities key={program.id} program={program} />}</RequireProgram>;
}

function Facilities({ program }: { program: ProgramSummary }) {
  const { translate, t } = useScreenWords('app.facilityRecords');
  const dataProvider = useAppDataProvider();
  const { canAccess: canCreate } = useCanAccess({ resource: 'facilities', action: 'create' });
  // Each stage is read from bookings, coordination, lists and reports changed on other screens: fetched afresh on each visit.
  const list = useQuery({ queryKey: ['programs', program.id, 'facilities'], queryFn: () => dataProvider.facilities(program.id), ...QUERY_ONCE, refetchOnMount: 'always' });
  const context = useList<FacilitySummaryView>({ data: list.data ?? [], isPending: list.isPending, perPage: 1000 });
  return (
    <Box sx={{ mt: 2, display: 'grid', gap: 2, minWidth: 0 }}>
      <Title title={t('title')} />
      <Box sx={{ display: 'flex', gap: 1, alignItems: 'center', flexWrap: 'wrap', justifyContent: 'space-between' }}>
        <Typography variant="body2" color="text.secondary" sx={{ flex: '1 1 20rem' }}>
          {t('hint')}
        </Typography>
        {canCreate && (
          <Box className="RaTopToolbar">
            <Button component={Link} to="/facilities/create" variant="contained" size="small">
              {t('create')}
            </Button>
          </Box>
        )}
      </Box>
      {list.error ? <Alert severity="error">{translate(errorMessage(list.error))}</Alert> : null}
      {list.isPending ? <Loading /> : null}
      {list.data && list.data.length === 0 && <Typography color="text.secondary">{t(booksVisits(program) ? 'empty' : 'emptyNoBookings')}</Typography>}
      {list.data && list.data.length > 0 && (
        <Box sx={{ overflowX: 'auto', minWidth: 0 }}>
          <ListContextProvider value={context}>
            <ListTable rowClick="show" bulkActionButtons={false} ownTitleLink>
              <DataTable.Col source="name" label="resources.facilities.fields.name" disableSort>
                {/* A link as well as the row's click: the keyboard reaches each facility by Tab (WCAG 2.1.1). */}
                <FunctionField<FacilitySummaryView>
                  render={(f) => (
                    <MuiLink component={Link} to={`/facilities/${f.id}/show`} onClick={(event) => event.stopPropagation()}>
                      {f.name}
                    </MuiLink>
                  )}
                />
              </DataTable.Col>
              <DataTable.Col source="stage" label="resources.facilities.fields.stage" disableSort>
                <FunctionField<FacilitySummaryView> render={(f) => <StageChip stage={f.stage} />} />
              </DataTable.Col>
              <DataTable.Col source="type" label="resources.facilities.fields.type" disableSort>
                <FunctionField<FacilitySummaryView> render={(f) => FACILITY_TYPE_LABELS_JA[f.type]} />
              </DataTable.Col>
              <DataTable.Col source="district" label="resources.facilities.fields.district" disableSort>
                <FunctionField<FacilitySummaryView> render={(f) => f.district ?? '—'} />
              </DataTable.Col>
              <DataTable.Col source="visitDate" label="resources.facilities.fields.visitDate" disableSort>
                <FunctionField<FacilitySummaryView> render={(f) => (f.visitDate ? formatDate(f.visitDate) : '—')} />
              </DataTable.Col>
              <DataTable.Col source="nextStep" label="resources.facilities.fields.nextStep" disableSort>
                <FunctionField<FacilitySummaryView>
                  render={(f) =>
                    f.nextStep ? (
                      <Typography variant="body2" component="span" color={f.nextStep.state === 'overdue' ? 'error' : undefined}>
                        {`${translate(`app.facilities.steps.${f.nextStep.step}`)} ${formatDate(f.nextStep.due)}${f.nextStep.state === 'overdue' ? `（${translate('app.facilities.stepStates.overdue')}）` : ''}`}
                      </Typography>
                    ) : (
                      '—'
                    )
                  }
                />
              </DataTable.Col>
            </ListTable>
          </ListContextProvider>
        </Box>
      )}
    </Box>
  );
}
