/** Test data factories: obviously fictional people and requests. */

/** A fictional caller and applicant, as an operator would type them. */
export function intake(over: Record<string, unknown> = {}, applicant: Record<string, unknown> = {}) {
  return {
    caller: { relation: 'self' },
    applicants: [
      {
        name: '架空 太郎',
        kana: 'カクウ タロウ',
        address: '北海道小樽市架空町9丁目9番（架空）',
        dateOfBirth: '1941-04-01',
        phone: '0134-99-9999',
        outingDifficulty: '車いす利用のため外出が難しい',
        applicationType: 'renewal',
        identityDocuments: ['my_number_card'],
        condition: { photoPossible: true, canWrite: true, caregiverPresent: false },
        ...applicant,
      },
    ],
    wishes: { weekdays: [2], halves: ['pm'] },
    parking: 'available',
    district: '中央地区',
    ...over,
  };
}

