import { isWidgetKey, quickEntryCommand, shortcutOf, type KeyEventLike } from './quickEntry';
import { callOutcomesOf } from '@outreach/domain/calls';

describe(quickEntryCommand.name, () => {
  it('picks the category with 1–6 in the order of the buttons', () => {
    expect(quickEntryCommand('1', null)).toEqual({ type: 'category', category: 'booking' });
    expect(quickEntryCommand('2', null)).toEqual({ type: 'category', category: 'change_cancel' });
    expect(quickEntryCommand('5', null)).toEqual({ type: 'category', category: 'complaint' });
    expect(quickEntryCommand('6', null)).toEqual({ type: 'category', category: 'other' });
  });

  it('logs with 1–5 once a category is picked', () => {
    expect(quickEntryCommand('1', 'booking')).toEqual({ type: 'log', category: 'booking', outcome: 'booked' });
    expect(quickEntryCommand('3', 'complaint')).toEqual({ type: 'log', category: 'complaint', outcome: 'callback_needed' });
    expect(quickEntryCommand('5', 'other')).toEqual({ type: 'log', category: 'other', outcome: 'no_answer' });
  });

  it('ignores digits without a button and other keys', () => {
    expect(quickEntryCommand('7', null)).toBeUndefined();
    expect(quickEntryCommand('6', 'booking')).toBeUndefined();
    expect(quickEntryCommand('0', null)).toBeUndefined();
    expect(quickEntryCommand('a', null)).toBeUndefined();
    expect(quickEntryCommand('Enter', 'booking')).toBeUndefined();
    expect(quickEntryCommand('12', null)).toBeUndefined();
  });

  it('takes full-width digits typed with the Japanese input method', () => {
    expect(quickEntryCommand('２', null)).toEqual({ type: 'category', category: 'change_cancel' });
  });

  it('drops a picked category with Escape, and does nothing with Escape otherwise', () => {
    expect(quickEntryCommand('Escape', 'booking')).toEqual({ type: 'cancel' });
    expect(quickEntryCommand('Escape', null)).toBeUndefined();
  });
});

describe(shortcutOf.name, () => {
  it('numbers the buttons from 1', () => {
    expect([0, 1, 5].map(shortcutOf)).toEqual(['1', '2', '6']);
  });
});

describe(isWidgetKey.name, () => {
  const base: KeyEventLike = { key: '1', altKey: false, ctrlKey: false, metaKey: false, target: { tagName: 'BODY', closest: () => null } };

  it('takes plain key presses on the page', () => {
    expect(isWidgetKey(base)).toBe(true);
    expect(isWidgetKey({ ...base, target: null })).toBe(true);
    expect(isWidgetKey({ ...base, target: { tagName: 'BUTTON', closest: () => null } })).toBe(true);
  });

  it('leaves typing in fields alone', () => {
    for (const tagName of ['INPUT', 'TEXTAREA', 'SELECT', 'input']) expect(isWidgetKey({ ...base, target: { tagName } })).toBe(false);
    expect(isWidgetKey({ ...base, target: { tagName: 'DIV', isContentEditable: true } })).toBe(false);
  });

  it('leaves modified keys, composition and open dialogs alone', () => {
    expect(isWidgetKey({ ...base, ctrlKey: true })).toBe(false);
    expect(isWidgetKey({ ...base, altKey: true })).toBe(false);
    expect(isWidgetKey({ ...base, metaKey: true })).toBe(false);
    expect(isWidgetKey({ ...base, isComposing: true })).toBe(false);
    expect(isWidgetKey({ ...base, target: { tagName: 'BUTTON', closest: () => ({}) } })).toBe(false);
  });
});

describe('quickEntryCommand with the program’s outcomes', () => {
  it('numbers the outcomes shown: where no visit is booked, 1 is 回答済み and 5 means nothing', () => {
    const outcomes = callOutcomesOf({ takesBookings: false });
    expect(quickEntryCommand('1', 'other', outcomes)).toEqual({ type: 'log', category: 'other', outcome: 'answered' });
    expect(quickEntryCommand('4', 'other', outcomes)).toEqual({ type: 'log', category: 'other', outcome: 'no_answer' });
    expect(quickEntryCommand('5', 'other', outcomes)).toBeUndefined();
  });
});
