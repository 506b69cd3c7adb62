import QRCode from 'qrcode'

export interface QrSymbol {
  /** Modules per side, without the quiet zone. */
  size: number
  /** Horizontal runs of dark modules; one rectangle each keeps the PDF small and the edges exact. */
  darkRuns: { row: number; column: number; length: number }[]
}

/** The modules a QR code needs around it to be found by a scanner. */
export const QUIET_ZONE_MODULES = 4

/**
 * The QR symbol of `payload` at error correction level M (15 %): enough for thermal-paper
 * scuffs and fading without growing the symbol as much as Q or H would.
 */
export function qrSymbol(payload: string): QrSymbol {
  const { modules } = QRCode.create(payload, { errorCorrectionLevel: 'M' })
  const darkRuns: QrSymbol['darkRuns'] = []
  for (let row = 0; row < modules.size; row++) {
    let column = 0
    while (column < modules.size) {
      if (!modules.get(row, column)) {
        column++
        continue
      }
      const start = column
      while (column < modules.size && modules.get(row, column)) column++
      darkRuns.push({ row, column: start, length: column - start })
    }
  }
  return { size: modules.size, darkRuns }
}
