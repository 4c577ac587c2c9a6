import { municipalityInputSchema, totpCodeSchema } from '@outreach/domain';
import { validateWith } from './validate';

describe(validateWith.name, () => {
  it("gives the shared schema's Japanese message per field", () => {
    const errors = validateWith(totpCodeSchema)({ code: '12a' });
    expect(errors).toEqual({ code: '6桁の数字を入力してください' });
  });

  it('gives no errors for valid values, ignoring fields the schema does not know', () => {
    expect(validateWith(totpCodeSchema)({ code: '123456', id: 'x' })).toEqual({});
  });

  it('reports every invalid field', () => {
    expect(Object.keys(validateWith(municipalityInputSchema)({ code: '1', name: '', prefecture: '' })).sort()).toEqual([
      'code',
      'name',
      'prefecture',
    ]);
  });
});
