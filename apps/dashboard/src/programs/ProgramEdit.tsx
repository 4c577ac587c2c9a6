import { Box, Typography } from '@mui/material';
import type { ReactNode } from 'react';
import {
  ArrayInput,
  BooleanInput,
  CheckboxGroupInput,
  DateInput,
  Edit,
  FormDataConsumer,
  FunctionField,
  Labeled,
  NumberInput,
  RadioButtonGroupInput,
  SelectInput,
  ShowButton,
  SimpleForm,
  SimpleFormIterator,
  TextInput,
  TopToolbar,
  useTranslate,
} from 'react-admin';
import { booksVisits, type ServiceKind } from '@outreach/domain/programs';
import { type PeriodsFormValues, timelineSource, validateProgramForm } from './form';
import { ALWAYS_SHOW_REMOVE } from './iterator';
import { PeriodTimeline } from './PeriodTimeline';
import { eraStyleChoices, methodChoices, reviewChoices, serviceKindChoices, weekdayChoices } from './labels';
import type { ProgramView } from '@outreach/domain/programs';

function Section({ title, children }: { title: string; children: ReactNode }) {
  const translate = useTranslate();
  return (
    <Box component="fieldset" sx={{ border: 0, p: 0, m: 0, mb: 2, width: '100%' }}>
      <Typography component="legend" variant="h6" sx={{ mb: 1 }}>
        {translate(title)}
      </Typography>
      <Box sx={{ display: 'grid', columnGap: 2, gridTemplateColumns: { xs: '1fr', md: 'repeat(2, minmax(0, 1fr))', lg: 'repeat(3, minmax(0, 1fr))' } }}>{children}</Box>
    </Box>
  );
}

const number = (source: string) => <NumberInput key={source} source={source} step={1} />;

/**
 * A program's settings for the city administrator, in the sections of the overview tab. Pessimistic, so that
 * the API's field errors (e.g. workingHours.closeTime) land next to their inputs.
 */
export function ProgramEdit() {
  return (
    <Edit
      mutationMode="pessimistic"
      redirect="show"
      actions={
        <TopToolbar>
          <ShowButton />
        </TopToolbar>
      }
    >
      <SimpleForm validate={validateProgramForm}>
        <Section title="resources.programs.sections.basics">
          <TextInput source="title" sx={{ gridColumn: '1 / -1' }} />
          <NumberInput source="fiscalYear" step={1} />
          <RadioButtonGroupInput source="eraStyle" choices={eraStyleChoices} />
          <BooleanInput source="requireTotp" />
          <CheckboxGroupInput source="serviceKinds" choices={serviceKindChoices} sx={{ gridColumn: '1 / -1' }} />
          <FormDataConsumer<{ serviceKinds?: ServiceKind[] }>>
            {({ formData }) =>
              (formData.serviceKinds ?? []).map((kind) => <SelectInput key={kind} source={`methods.${kind}`} choices={methodChoices} />)
            }
          </FormDataConsumer>
          <Labeled label="resources.programs.fields.vendorNames">
            <FunctionField<ProgramView> render={(record) => record.vendorNames.join('、')} />
          </Labeled>
        </Section>
        <Section title="resources.programs.sections.periods">
          <DateInput source="periodStart" label="resources.programs.fields.periodStartContract" />
          <DateInput source="periodEnd" label="resources.programs.fields.periodEndContract" />
          <DateInput source="reportDeadline" />
          <DateInput source="periods.callCenter.start" />
          <DateInput source="periods.callCenter.end" />
          <Box aria-hidden sx={{ display: { xs: 'none', lg: 'block' } }} />
          <DateInput source="periods.visits.start" />
          <DateInput source="periods.visits.end" />
          <Box aria-hidden sx={{ display: { xs: 'none', lg: 'block' } }} />
          {number('dailyReportDue.workingDaysAfter')}
          <TextInput source="dailyReportDue.time" type="time" />
          <NumberInput source="periods.monthlyReportDay" step={1} min={1} max={31} />
          <FormDataConsumer<PeriodsFormValues>>
            {({ formData }) => {
              const source = timelineSource(formData);
              return source ? (
                <Box sx={{ gridColumn: '1 / -1', mb: 2 }}>
                  <PeriodTimeline program={source} eraStyle={(formData as { eraStyle?: 'wareki' | 'seireki' }).eraStyle} />
                </Box>
              ) : null;
            }}
          </FormDataConsumer>
        </Section>
        <Section title="resources.programs.sections.workingDays">
          <CheckboxGroupInput source="workingHours.workingWeekdays" choices={weekdayChoices} sx={{ gridColumn: '1 / -1' }} />
          <TextInput source="workingHours.openTime" type="time" />
          <TextInput source="workingHours.closeTime" type="time" />
          <BooleanInput source="workingHours.closedOnHolidays" />
          <BooleanInput source="workingHours.closedYearEnd" />
          <TextInput source="workingHours.yearEnd.from" placeholder="12-29" />
          <TextInput source="workingHours.yearEnd.to" placeholder="01-03" />
          <ArrayInput source="workingHours.extraClosedDays" sx={{ gridColumn: '1 / -1' }}>
            <SimpleFormIterator inline disableReordering sx={ALWAYS_SHOW_REMOVE}>
              <DateInput source="" label={false} />
            </SimpleFormIterator>
          </ArrayInput>
          <CheckboxGroupInput source="workingHours.anyDayKinds" choices={serviceKindChoices} sx={{ gridColumn: '1 / -1' }} />
        </Section>
        <Section title="resources.programs.sections.booking">
          <BooleanInput source="takesBookings" helperText="resources.programs.fields.takesBookingsHelp" sx={{ gridColumn: '1 / -1' }} />
          {/* The slot rules mean nothing where no visit is booked: hidden (their values kept) while the setting is off. */}
          <FormDataConsumer<{ takesBookings?: boolean }>>
            {({ formData }) =>
              !booksVisits(formData)
                ? null
                : [
                    number('bookingRules.homeSlotsAm'),
                    number('bookingRules.homeSlotsPm'),
                    <BooleanInput key="bookingRules.pmThirdSlotEnabled" source="bookingRules.pmThirdSlotEnabled" />,
                    number('bookingRules.largeHouseholdThreshold'),
                    number('bookingRules.facilitySlotsAm'),
                    number('bookingRules.facilitySlotsPm'),
                    number('bookingRules.smallFacilityMax'),
                    number('bookingRules.facilitySessionMaxApplicants'),
                    number('bookingRules.travelMaxMinutes'),
                    number('bookingRules.pmThirdTravelMaxMinutes'),
                    number('bookingRules.leadDaysHome'),
                    number('bookingRules.leadDaysLargeFacility'),
                    number('bookingRules.visitDaysPerWeekMin'),
                    number('bookingRules.visitDaysPerWeekMax'),
                  ]
            }
          </FormDataConsumer>
        </Section>
        <Section title="resources.programs.sections.reports">
          <SelectInput source="weekStartsOn" choices={weekdayChoices} />
          <SelectInput source="callWeekReportDueWeekday" choices={weekdayChoices} />
          <SelectInput source="slipShareDueWeekday" choices={weekdayChoices} />
          <BooleanInput source="slipShareFile" />
          <BooleanInput source="requireSiteApproval" />
          <BooleanInput source="requireBusinessPlan" />
          <SelectInput source="dailyReportReview" choices={reviewChoices} />
        </Section>
        <Section title="resources.programs.sections.personalData">
          {number('personalDataDeletionLimitDays')}
          {number('handOverFollowUpDays')}
        </Section>
        <Section title="resources.programs.sections.guidance">
          <NumberInput source="guidance.reissueFeeYen" step={1} min={0} />
          <TextInput source="guidance.pickUp" multiline minRows={2} sx={{ gridColumn: '1 / -1' }} />
          <TextInput source="guidance.proxyPickUp" multiline minRows={3} sx={{ gridColumn: '1 / -1' }} />
          <TextInput source="guidance.validity" multiline minRows={2} sx={{ gridColumn: '1 / -1' }} />
        </Section>
        <Section title="resources.programs.sections.bring">
          {(['common', 'new', 'renewal', 'lost', 'damaged', 'other_reissue'] as const).map((key) => (
            <TextInput key={key} source={`guidance.bring.${key}`} multiline minRows={2} helperText="resources.programs.fields.guidance.bringHelp" />
          ))}
        </Section>
      </SimpleForm>
    </Edit>
  );
}
