import type { organizationKindsJa, organizationsResourceJa } from './i18n';

/** The English labels of this folder's screens (app.* / resources.*), loaded only when a user switches to English. */
export const organizationKindsEn: typeof organizationKindsJa = { city: 'City', vendor: 'Vendor', operator: 'System operator' };

export const organizationsResourceEn: typeof organizationsResourceJa = {
  name: 'Organization |||| Organizations',
  fields: {
    id: 'ID',
    name: 'Name',
    kind: 'Kind',
    municipalityId: 'Municipality',
    municipalityName: 'Municipality',
    servedMunicipalityIds: 'Contracting municipalities',
  },
  helpers: {
    servedMunicipalityIds: 'The cities that contract this vendor. Only their administrators may add it to a program',
  },
};
