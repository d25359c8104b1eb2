/**
 * Series are told apart by colour, line pattern and a label at the line's end, never by colour
 * alone. Colours from the Okabe–Ito set (safe for colour-blind readers), each at least 3:1
 * against white.
 */
export const SERIES_STYLES = [
  { color: '#0072b2', dash: undefined, symbol: 'circle' },
  { color: '#b34700', dash: '8,4', symbol: 'square' },
  { color: '#00795a', dash: '2,3', symbol: 'triangle' },
  { color: '#5c5c5c', dash: '10,3,2,3', symbol: 'diamond' },
] as const;

/** The bars of a comparison: one colour, 5.2:1 against white. */
export const BAR_COLOR = '#1d70b8';
