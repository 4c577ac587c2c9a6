import { type FieldErrors, issuesToFieldErrors } from '@outreach/domain/common';
import { type FacilityType, type FacilityUpdate, facilityUpdateSchema, type FacilityView } from '@outreach/domain/facilities';

/** The facility form's inputs as typed (text boxes hold strings; the type is chosen or not yet). */
export interface FacilityFormValues {
  name: string;
  type: FacilityType | '';
  address: string;
  district: string;
  contactName: string;
  contactPhone: string;
  expectedResidents: string;
  note: string;
}

export const EMPTY_FACILITY_FORM: FacilityFormValues = { name: '', type: '', address: '', district: '', contactName: '', contactPhone: '', expectedResidents: '', note: '' };

/** The form filled from a facility as the API answered it (a contact hidden from this user stays empty). */
export function facilityFormValues(f: FacilityView): FacilityFormValues {
  return {
    name: f.name,
    type: f.type,
    address: f.address,
    district: f.district ?? '',
    contactName: f.contactName ?? '',
    contactPhone: f.contactPhone ?? '',
    expectedResidents: f.expectedResidents === null ? '' : String(f.expectedResidents),
    note: f.note ?? '',
  };
}

/** An input's value as the API takes it: blank is null, a number of residents a number (full-width digits too). */
function valueOf(key: keyof FacilityFormValues, raw: string): unknown {
  if (key === 'type') return raw || undefined;
  if (raw.trim() === '') return key === 'name' || key === 'address' ? raw : null;
  if (key !== 'expectedResidents') return raw;
  const digits = raw.normalize('NFKC').trim();
  // Not a whole number: sent as typed, so the shared schema answers its own message beside the input.
  return /^\d+$/.test(digits) ? Number(digits) : digits;
}

/**
 * What an edit sends: only the inputs changed since the form was filled (a contact the user never saw is not
 * overwritten), checked by the API's own schema first so each message shows beside its input before sending.
 */
export function facilityFormChanges(initial: FacilityFormValues, current: FacilityFormValues): { body: FacilityUpdate; errors: FieldErrors } {
  const changed = Object.fromEntries(
    (Object.keys(current) as Array<keyof FacilityFormValues>).filter((k) => current[k] !== initial[k]).map((k) => [k, valueOf(k, current[k])]),
  );
  const parsed = facilityUpdateSchema.safeParse(changed);
  return parsed.success ? { body: parsed.data, errors: {} } : { body: {}, errors: issuesToFieldErrors(parsed.error.issues) };
}
