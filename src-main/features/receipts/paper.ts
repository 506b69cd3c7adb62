/**
 * The receipt roll's geometry, in PDF points (1/72 inch). Receipts and day reports share the
 * counter's 80 mm thermal printer, which prints 72 mm wide at 203 dpi (576 dots).
 */
const POINTS_PER_MM = 72 / 25.4

export function mm(millimetres: number): number {
  return millimetres * POINTS_PER_MM
}

export const PAPER_WIDTH = mm(80)
/** 4 mm each side leaves the 72 mm the print head reaches. */
export const PAPER_MARGIN = mm(4)
/** One printer dot; shapes that must print crisply (the QR code) sit on this grid. */
export const PRINTER_DOT = 72 / 203
/** Acrobat and many printer drivers refuse pages taller than 200 inches. */
export const MAX_PAGE_HEIGHT = 14_400

/** `value` rounded up to whole printer dots. */
export function onDotGrid(value: number): number {
  return Math.ceil(value / PRINTER_DOT - 1e-9) * PRINTER_DOT
}
