import { Alert, Box } from '@mui/material';
import type { ServiceKind } from '@outreach/domain/programs';
import type { ReactNode } from 'react';
import {
  AutocompleteArrayInput,
  BooleanInput,
  CheckboxGroupInput,
  DateInput,
  FormDataConsumer,
  RadioButtonGroupInput,
  ReferenceArrayInput,
  SelectInput,
  SimpleForm,
  TextInput,
  TimeInput,
  useCanAccess,
  useInput,
  useTranslate,
} from 'react-admin';
import type { ProgramSummary, ProgramView } from '@outreach/domain/programs';
import { useQuery } from '@tanstack/react-query';
import { QUERY_ONCE, useAppDataProvider } from '../providers/dataProvider';
import { useMe } from '../providers/me';
import { asksUnbookedReason, methodChoices, offDayOf, serviceKindChoices, statusChoices, unbookedReasonChoices, validateSession } from './session';

/** The program fields the session form needs; GET /api/programs rows carry them (ProgramSummary names a subset). */
export type SessionProgram = ProgramSummary & Partial<Pick<ProgramView, 'serviceKinds' | 'methods'>>;

type FormValues = Record<string, unknown>;

// <input type="time"> gives 'HH:MM'; kept as the string the API takes (react-admin's default makes a Date).
const formatTime = (value: unknown) => (typeof value === 'string' ? value.slice(0, 5) : '');
const parseTime = (value: string) => (value === '' ? null : value);

/**
 * 実施記録 form, shared by create and edit. The service kinds and default methods come from the program; the
 * off-day reason shows only on a day the program does not work (with why: 土日, the holiday, 年末年始…).
 */
export function SessionForm({ program, toolbar, children }: { program: SessionProgram; toolbar?: React.ReactElement | false; children?: ReactNode }) {
  const kinds = program.serviceKinds ?? [];
  const kindChoices = serviceKindChoices.filter((c) => kinds.length === 0 || kinds.includes(c.id));
  return (
    <SimpleForm validate={validateSession(program)} toolbar={toolbar} sx={{ maxWidth: 880 }}>
      {children}
      <Row>
        <DateInput source="date" />
        <KindAndMethod program={program} choices={kindChoices} />
      </Row>
      <TextInput source="place" fullWidth helperText="app.sessions.placeHelp" />
      <Row>
        <TimeInput source="startTime" format={formatTime} parse={parseTime} />
        <TimeInput source="endTime" format={formatTime} parse={parseTime} />
      </Row>
      <StaffInput />
      <BooleanInput source="cityStaffPresent" helperText="app.sessions.cityStaffHelp" />
      <RadioButtonGroupInput source="status" choices={statusChoices} helperText="app.sessions.heldHelp" />
      <FormDataConsumer<FormValues>>
        {({ formData }) => (
          <>
            {formData.status === 'cancelled' && <TextInput source="cancelReason" fullWidth multiline />}
            {formData.serviceKind === 'facility_visit' && <FacilityInput programId={program.id} />}
            <OffDayReason date={formData.date} serviceKind={formData.serviceKind} program={program} />
            {asksUnbookedReason(formData, program) && <UnbookedReason values={formData} />}
          </>
        )}
      </FormDataConsumer>
    </SimpleForm>
  );
}

/** Inputs side by side on a wide screen (react-admin's inputs fill their cell). */
function Row({ children }: { children: ReactNode }) {
  return <Box sx={{ display: 'grid', columnGap: 2, width: '100%', gridTemplateColumns: { xs: '1fr', sm: 'repeat(auto-fit, minmax(200px, 1fr))' } }}>{children}</Box>;
}

/** The kind, and the method following it: choosing a kind sets the program's method for it (changeable). */
function KindAndMethod({ program, choices }: { program: SessionProgram; choices: typeof serviceKindChoices }) {
  const method = useInput({ source: 'method' });
  return (
    <>
      <SelectInput
        source="serviceKind"
        choices={choices}
        onChange={(event: unknown) => {
          // A change event from the select (react-admin also passes a choice record when the option is one).
          const target = (event as { target?: { value?: unknown } }).target;
          const kind = (target ? target.value : (event as { id?: unknown }).id) as ServiceKind;
          const preset = program.methods?.[kind];
          if (preset) method.field.onChange(preset);
        }}
      />
      <SelectInput source="method" choices={methodChoices} />
    </>
  );
}

/** 施設: a facility visit names one of the program's facilities (counted toward the targets by it); its name is the place. */
function FacilityInput({ programId }: { programId: string }) {
  const dataProvider = useAppDataProvider();
  const place = useInput({ source: 'place' });
  const facilities = useQuery({ queryKey: ['programs', programId, 'facilities'], queryFn: () => dataProvider.facilities(programId), ...QUERY_ONCE });
  if (!facilities.data?.length) return null;
  return (
    <SelectInput
      source="facilityId"
      choices={facilities.data.map((f) => ({ id: f.id, name: f.name }))}
      emptyText="app.sessions.noFacility"
      helperText="app.sessions.facilityHelp"
      onChange={(event: unknown) => {
        const target = (event as { target?: { value?: unknown } }).target;
        const id = target ? target.value : (event as { id?: unknown }).id;
        const chosen = facilities.data.find((f) => f.id === id);
        if (chosen) place.field.onChange(chosen.name);
      }}
    />
  );
}

/** 予約なしの理由: a home or facility visit recorded without a booking says why once it is held (the funnel counts it). */
function UnbookedReason({ values }: { values: FormValues }) {
  return (
    <Box sx={{ width: '100%' }}>
      <RadioButtonGroupInput source="unbookedReason" choices={unbookedReasonChoices} helperText="app.sessions.unbookedHelp" />
      {values.unbookedReason === 'other' && <TextInput source="unbookedReasonText" fullWidth />}
    </Box>
  );
}

function OffDayReason({ date, serviceKind, program }: { date: unknown; serviceKind: unknown; program: SessionProgram }) {
  const translate = useTranslate();
  const reason = offDayOf(date, program.workingHours, serviceKind);
  if (!reason) return null;
  return (
    <Box sx={{ width: '100%' }}>
      <Alert severity="warning" sx={{ mb: 1 }}>
        {translate('app.sessions.offDay', { reason })}
      </Alert>
      <TextInput source="offDayReason" fullWidth multiline />
    </Box>
  );
}

/**
 * 担当者: a vendor manager picks among the vendor's users (GET /api/users is theirs); vendor staff cannot list
 * users, so they can name themselves.
 */
function StaffInput() {
  const translate = useTranslate();
  const { me } = useMe();
  const { canAccess, isPending } = useCanAccess({ resource: 'users', action: 'list' });
  if (isPending || !me) return null;
  if (canAccess) {
    return (
      <ReferenceArrayInput source="staffUserIds" reference="users" filter={{ organizationId: me.organization.id, active: true }} sort={{ field: 'name', order: 'ASC' }}>
        <AutocompleteArrayInput optionText="name" helperText="app.sessions.staffHelp" sx={{ minWidth: 320 }} />
      </ReferenceArrayInput>
    );
  }
  return <CheckboxGroupInput source="staffUserIds" choices={[{ id: me.id, name: translate('app.sessions.staffSelf', { name: me.name }) }]} helperText="app.sessions.staffHelp" />;
}
