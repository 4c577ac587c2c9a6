import { TextInput } from 'react-admin';

/**
 * The period of a list: `from` and `to` are JST calendar dates, both included (the API's list dialect).
 *
 * Plain date fields, not react-admin's DateInput: in a list's filters that one "changed" an empty date on every blur
 * (its empty value is null, the field's is ''), and a filter change is applied half a second later by navigating to the
 * list — a keyboard user tabbing past the filters to 作成 was sent back; and it ignored a date emptied from the keyboard
 * (Backspace), so a period once typed could not be removed. These change exactly when the field's date does.
 */
export const periodFilters = ['from', 'to'].map((source) => <TextInput key={source} source={source} type="date" alwaysOn slotProps={{ inputLabel: { shrink: true } }} />);
