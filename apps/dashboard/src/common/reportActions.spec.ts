import { actionsFor, needsReason } from './reportActions';

describe(actionsFor.name, () => {
  it('follows the report workflow', () => {
    expect(actionsFor(null)).toEqual(['submit']);
    expect(actionsFor('draft')).toEqual(['submit']);
    expect(actionsFor('returned')).toEqual(['submit']);
    expect(actionsFor('submitted')).toEqual(['accept', 'return']);
    expect(actionsFor('accepted')).toEqual(['reopen']);
  });
});

describe(needsReason.name, () => {
  it('asks a reason only when the report goes back to the vendor', () => {
    expect(['submit', 'accept', 'return', 'reopen'].filter((a) => needsReason(a as never))).toEqual(['return', 'reopen']);
  });
});
