import { accessFor, actionsFor, needsReason } from './reportActions';

describe(actionsFor.name, () => {
  it('follows the report workflow', () => {
    expect(actionsFor(null)).toEqual(['submit']);
    expect(actionsFor('draft')).toEqual(['submit']);
    expect(actionsFor('returned')).toEqual(['submit']);
    expect(actionsFor('submitted')).toEqual(['accept', 'return']);
    expect(actionsFor('accepted')).toEqual(['reopen']);
    expect(actionsFor('checking')).toEqual(['release', 'return_internally']);
    expect(actionsFor('returned_internally')).toEqual(['submit']);
  });
});

describe(needsReason.name, () => {
  it('asks a reason only when the report goes back to the vendor', () => {
    expect(['submit', 'accept', 'return', 'reopen', 'release', 'return_internally'].filter((a) => needsReason(a as never))).toEqual(['return', 'reopen', 'return_internally']);
    expect(['submit', 'accept', 'release', 'return_internally'].map((a) => accessFor(a as never))).toEqual(['submit', 'accept', 'review', 'review']);
  });
});
