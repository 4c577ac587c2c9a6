import type { municipalitiesResourceJa } from './i18n';

/** The English labels of this folder's screens (app.* / resources.*), loaded only when a user switches to English. */
export const municipalitiesResourceEn: typeof municipalitiesResourceJa = {
  name: 'Municipality |||| Municipalities',
  fields: {
    id: 'ID',
    code: 'Local government code',
    name: 'Name',
    prefecture: 'Prefecture',
  },
};
