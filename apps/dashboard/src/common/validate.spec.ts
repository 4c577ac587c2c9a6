import { totpCodeSchema } from '@outreach/domain/auth';
import { municipalityInputSchema } from '@outreach/domain/municipalities';
import { nestErrors, validateWith } from './validate';

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

describe(nestErrors.name, () => {
  it('nests dotted paths the way react-hook-form looks them up', () => {
    expect(nestErrors({ 'groups.0.targets.1.goal': 'A', 'groups.0.name': 'B', title: 'C' })).toEqual({
      groups: { 0: { targets: { 1: { goal: 'A' } }, name: 'B' } },
      title: 'C',
    });
  });

  it('keeps the first message when a path is both a leaf and a parent', () => {
    expect(nestErrors({ 'groups.0.targets': 'A', 'groups.0.targets.0.goal': 'B' })).toEqual({ groups: { 0: { targets: 'A' } } });
  });
});
