import { useQuery } from '@tanstack/react-query';
import EditIcon from '@mui/icons-material/Edit';
import { Alert, Box, Button as MuiButton, Card, CardContent, Chip, Stack, Table, TableBody, TableCell, TableHead, TableRow, Typography } from '@mui/material';
import { useState } from 'react';
import {
  ArrayInput,
  Button,
  Form,
  NumberInput,
  RadioButtonGroupInput,
  SaveButton,
  CheckboxGroupInput,
  SelectInput,
  SimpleFormIterator,
  TextInput,
  Toolbar,
  useCanAccess,
  useNotify,
  useRecordContext,
  useTranslate,
} from 'react-admin';
import { QUERY_ONCE, useAppDataProvider } from '../providers/dataProvider';
import { errorMessage, fieldErrorsOf } from '../providers/http';
import { toTargetGroupsBody, validateTargetGroupsForm, type TargetGroupsFormValues } from './form';
import { ALWAYS_SHOW_REMOVE } from './iterator';
import { logicChoices, metricChoices, metricLabel, serviceKindChoices, targetKindsLabel, targetLabel } from './labels';
import type { ProgramView, TargetGroupView } from '@outreach/domain/programs';

/** 目標: the target groups with their logic in words; city administrators edit them here. */
export function TargetsPanel() {
  const record = useRecordContext<ProgramView>();
  return record ? <ProgramTargets program={record} /> : null;
}

function ProgramTargets({ program }: { program: ProgramView }) {
  const translate = useTranslate();
  const { canAccess } = useCanAccess({ resource: 'programs', action: 'edit' });
  const [editing, setEditing] = useState(false);
  const dataProvider = useAppDataProvider();
  const groups = useQuery({ queryKey: ['programs', program.id, 'target-groups'], queryFn: () => dataProvider.targetGroups(program.id), ...QUERY_ONCE });
  if (groups.error) return <Alert severity="error">{translate(errorMessage(groups.error))}</Alert>;
  if (!groups.data) return null;

  if (editing) {
    return (
      <TargetsEditor
        program={program}
        groups={groups.data}
        onDone={(saved) => {
          setEditing(false);
          if (saved) void groups.refetch();
        }}
      />
    );
  }
  return (
    <Stack spacing={2}>
      {canAccess && (
        <Box>
          <MuiButton variant="outlined" startIcon={<EditIcon />} onClick={() => setEditing(true)}>
            {translate('resources.programs.targets.edit')}
          </MuiButton>
        </Box>
      )}
      {groups.data.length === 0 && <Typography color="text.secondary">{translate('resources.programs.targets.empty')}</Typography>}
      {groups.data.map((group) => (
        <TargetGroupCard key={group.id} group={group} />
      ))}
    </Stack>
  );
}

function TargetGroupCard({ group }: { group: TargetGroupView }) {
  const translate = useTranslate();
  const headingId = `target-group-${group.id}`;
  return (
    <Card variant="outlined" component="section" aria-labelledby={headingId} data-testid="target-group">
      <CardContent>
        <Stack direction="row" spacing={1} sx={{ alignItems: 'center', mb: 1 }}>
          <Typography id={headingId} variant="subtitle1" component="h2" sx={{ fontWeight: 700 }}>
            {group.name}
          </Typography>
          <Chip size="small" color="primary" variant="outlined" label={translate(`resources.programs.logic.${group.logic}`)} />
        </Stack>
        <Typography variant="body2" color="text.secondary" sx={{ mb: 1 }}>
          {translate(`resources.programs.logicSentence.${group.logic}`)}
        </Typography>
        <Table size="small">
          <TableHead>
            <TableRow>
              <TableCell>{translate('resources.programs.targets.items')}</TableCell>
              <TableCell>{translate('resources.programs.targets.metric')}</TableCell>
              <TableCell>{translate('resources.programs.targets.serviceKinds')}</TableCell>
              <TableCell align="right">{translate('resources.programs.targets.goal')}</TableCell>
            </TableRow>
          </TableHead>
          <TableBody>
            {group.targets.map((target) => (
              <TableRow key={target.id} data-testid="target-row">
                <TableCell>{targetLabel(translate, target)}</TableCell>
                <TableCell>{metricLabel(translate, target.metric)}</TableCell>
                <TableCell>{targetKindsLabel(translate, target.serviceKinds)}</TableCell>
                <TableCell align="right" data-testid="target-goal">
                  {target.goal.toLocaleString('ja-JP')}
                  {translate(`resources.programs.units.${target.metric}`)}
                </TableCell>
              </TableRow>
            ))}
          </TableBody>
        </Table>
      </CardContent>
    </Card>
  );
}

/** Replaces all of the program's target groups at once (PUT target-groups); the API's field errors land on the inputs. */
function TargetsEditor({ program, groups, onDone }: { program: ProgramView; groups: TargetGroupView[]; onDone: (saved: boolean) => void }) {
  const translate = useTranslate();
  const notify = useNotify();
  const dataProvider = useAppDataProvider();
  const kindChoices = serviceKindChoices.filter((choice) => program.serviceKinds.includes(choice.id));
  const defaultValues: TargetGroupsFormValues = {
    groups: groups.map((g) => ({
      name: g.name,
      logic: g.logic,
      targets: g.targets.map((t) => ({ metric: t.metric, goal: t.goal, serviceKinds: t.serviceKinds, label: t.label ?? '' })),
    })),
  };

  const submit = async (values: TargetGroupsFormValues) => {
    try {
      await dataProvider.replaceTargetGroups(program.id, toTargetGroupsBody(values).groups);
    } catch (error) {
      notify(errorMessage(error), { type: 'error' });
      return fieldErrorsOf(error);
    }
    notify('resources.programs.targets.saved', { type: 'success' });
    onDone(true);
  };

  return (
    <Card variant="outlined">
      <CardContent>
        <Form defaultValues={defaultValues} onSubmit={submit} validate={validateTargetGroupsForm}>
          <ArrayInput source="groups" label="resources.programs.targets.groups">
            <SimpleFormIterator disableReordering fullWidth sx={ALWAYS_SHOW_REMOVE}>
              <TextInput source="name" label="resources.programs.targets.groupName" defaultValue={translate('resources.programs.targets.newGroupName')} />
              <RadioButtonGroupInput source="logic" label="resources.programs.targets.logic" choices={logicChoices} defaultValue="all" />
              <ArrayInput source="targets" label="resources.programs.targets.items">
                <SimpleFormIterator inline disableReordering sx={ALWAYS_SHOW_REMOVE}>
                  <SelectInput source="metric" label="resources.programs.targets.metric" choices={metricChoices} />
                  <NumberInput source="goal" label="resources.programs.targets.goal" min={1} step={1} />
                  <CheckboxGroupInput
                    source="serviceKinds"
                    label="resources.programs.targets.serviceKinds"
                    choices={kindChoices}
                    helperText="resources.programs.targets.serviceKindsHelp"
                  />
                  <TextInput source="label" label="resources.programs.targets.label" />
                </SimpleFormIterator>
              </ArrayInput>
            </SimpleFormIterator>
          </ArrayInput>
          <Toolbar sx={{ gap: 1 }}>
            <SaveButton label="resources.programs.targets.save" />
            <Button label="resources.programs.targets.cancel" onClick={() => onDone(false)} />
          </Toolbar>
        </Form>
      </CardContent>
    </Card>
  );
}
