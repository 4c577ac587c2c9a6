/**
 * Read by screen readers (or present for a label to open, like a file input), not shown. Sizes in px: MUI's sx
 * reads a bare 1 as 100%, which once pushed such labels past the window's right edge (sideways scroll).
 */
export const visuallyHidden = {
  position: 'absolute',
  width: '1px',
  height: '1px',
  margin: '-1px',
  padding: 0,
  border: 0,
  overflow: 'hidden',
  clip: 'rect(0 0 0 0)',
  whiteSpace: 'nowrap',
} as const;
