/** The municipality screens' labels (resources.municipalities.*), merged into ja.ts and en.ts. */
export const municipalitiesResourceJa = {
  name: '自治体',
  fields: {
    id: 'ID',
    code: '団体コード',
    name: '自治体名',
    prefecture: '都道府県',
  },
};
