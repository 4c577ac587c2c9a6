import { DateInput } from 'react-admin';

/** The period of a list: `from` and `to` are JST calendar dates, both included (the API's list dialect). */
export const periodFilters = [<DateInput key="from" source="from" alwaysOn />, <DateInput key="to" source="to" alwaysOn />];
