/**
 * For a hint about keys or dragging: shown where there is a keyboard and a mouse, left out on a phone (narrower
 * than MUI's sm, 600 px) and on a touch screen without a fine pointer, where it would only push the form down.
 */
export const desktopOnly = { display: { xs: 'none', sm: 'block' }, '@media (pointer: coarse)': { display: 'none' } } as const;
