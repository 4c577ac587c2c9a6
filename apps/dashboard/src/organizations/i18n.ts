/** The organization screens' labels (app.organizationKinds.* and resources.organizations.*), merged into ja.ts and en.ts. */
export const organizationKindsJa = { city: '市', vendor: '受託者', operator: 'システム運営' };

export const organizationsResourceJa = {
  name: '組織',
  fields: {
    id: 'ID',
    name: '組織名',
    kind: '種別',
    municipalityId: '自治体',
    municipalityName: '自治体',
    servedMunicipalityIds: '契約している自治体',
  },
  helpers: {
    servedMunicipalityIds: 'この受託者に業務を委託している自治体。ここにある自治体の管理者だけが、この受託者を事業に加えられます',
  },
};
