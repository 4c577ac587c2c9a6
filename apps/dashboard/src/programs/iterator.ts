/**
 * react-admin shows an array item's remove button only while the mouse hovers the item (visibility: hidden),
 * which leaves keyboard users unable to reach it: keep it visible.
 */
export const ALWAYS_SHOW_REMOVE = { '& .RaSimpleFormIterator-action': { visibility: 'visible' } } as const;
