/** The labels of the team and itinerary screens (app.teams.* and resources.teams.*), merged into ja.ts and en.ts. */
export const teamsJa = {
  title: 'チーム編成',
  hint: '訪問日の午前・午後ごとに、訪問するチーム（スタッフ2名以上、うち1名が現場責任者。申請時来庁方式では同行する市職員）を編成します。2週間以内の訪問でチームが揃っていない半日は要対応に表示されます。',
  hintStaff: '自分が割り当てられた訪問のチームです。',
  from: '表示開始日',
  empty: 'この期間に予約のある訪問はありません',
  halves: { am: '午前', pm: '午後' },
  states: { complete: '編成済', incomplete: '編成不足', none: '未編成' },
  bookings: '予約 %{count} 件',
  lead: '現場責任者',
  staff: 'スタッフ',
  cityStaff: '同行する市職員',
  cityStaffRequired: '市職員の同行が必要（申請時来庁）',
  cityStaffHelp: '氏名を「、」または改行で区切って入力',
  noStaff: 'まだ誰も割り当てられていません',
  assign: 'チームを編成',
  save: '保存',
  cancel: 'やめる',
  saved: 'チームを保存しました',
  itinerary: '訪問行程表',
};

export const teamsEn: typeof teamsJa = {
  title: 'Visit teams',
  hint: 'For each morning and afternoon of a visit day, assign the team that goes out: two or more staff, one of them the on-site lead, and the city staff who accompany where the city accepts applications on the spot. Half-days within two weeks without a complete team go on the attention list.',
  hintStaff: 'The visit teams you are on.',
  from: 'From',
  empty: 'No visits booked in this period',
  halves: { am: 'Morning', pm: 'Afternoon' },
  states: { complete: 'Complete', incomplete: 'Incomplete', none: 'No team' },
  bookings: '%{count} booking(s)',
  lead: 'On-site lead',
  staff: 'Staff',
  cityStaff: 'Accompanying city staff',
  cityStaffRequired: 'City staff must accompany (on-site acceptance)',
  cityStaffHelp: 'Names separated by 、 or new lines',
  noStaff: 'Nobody assigned yet',
  assign: 'Assign the team',
  save: 'Save',
  cancel: 'Cancel',
  saved: 'Team saved',
  itinerary: 'Itinerary',
};

export const teamsResourceJa = { name: 'チーム編成', fields: {} };
export const teamsResourceEn: typeof teamsResourceJa = { name: 'Visit team |||| Visit teams', fields: {} };
