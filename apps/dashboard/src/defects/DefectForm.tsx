import type { SessionView } from '@outreach/domain/sessions';
import {
  ArrayInput,
  DateInput,
  DateTimeInput,
  ReferenceInput,
  SelectInput,
  SimpleForm,
  SimpleFormIterator,
  TextInput,
  useTranslate,
} from 'react-admin';
import { fromJstLocalInput, toJstLocalInput } from '../common/format';
import { categoryChoices, foundByChoices, methodChoices, resultChoices, validateDefect } from './defectForm';
import { ApplicationLinkInput } from './ApplicationLink';
import { formatDate } from '../common/dates';

type SessionOption = Pick<SessionView, 'id' | 'date' | 'place'>;

// react-admin hides an item's remove button until hovered, out of reach of the keyboard: keep it visible.
const KEYBOARD_VISIBLE = { '& .RaSimpleFormIterator-action': { visibility: 'visible' } } as const;

/** 不備対応 form, shared by create and edit: the defect, who found it, its application (whom to call), the session it came from, and each contact attempt. */
export function DefectForm({ programId, toolbar }: { programId: string; toolbar?: React.ReactElement | false }) {
  const translate = useTranslate();
  return (
    <SimpleForm validate={validateDefect} toolbar={toolbar} sx={{ maxWidth: 880 }}>
      <DateInput source="receivedDate" />
      <SelectInput source="foundBy" choices={foundByChoices} />
      <SelectInput source="category" choices={categoryChoices} />
      <ApplicationLinkInput programId={programId} />
      <TextInput source="description" fullWidth multiline minRows={2} helperText="app.defects.descriptionHelp" />
      <ReferenceInput source="sessionId" reference="sessions" filter={{ programId, status: 'held' }} sort={{ field: 'date', order: 'DESC' }} perPage={200}>
        <SelectInput
          optionText={(s: SessionOption) => `${formatDate(s.date)} ${s.place}`}
          emptyText={translate('app.defects.noSession')}
          sx={{ minWidth: 320 }}
        />
      </ReferenceInput>
      <ArrayInput source="attempts" helperText="app.defects.attemptsHelp">
        <SimpleFormIterator inline disableReordering sx={KEYBOARD_VISIBLE}>
          <DateTimeInput source="at" label="resources.defects.fields.at" format={toJstLocalInput} parse={fromJstLocalInput} />
          <SelectInput source="method" label="resources.defects.fields.method" choices={methodChoices} />
          <SelectInput source="result" label="resources.defects.fields.result" choices={resultChoices} />
        </SimpleFormIterator>
      </ArrayInput>
      <DateInput source="resolvedDate" />
    </SimpleForm>
  );
}
