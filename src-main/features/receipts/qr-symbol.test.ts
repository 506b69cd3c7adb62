import QRCode from 'qrcode'
import { describe, expect, it } from 'vitest'
import { qrSymbol } from './qr-symbol'

describe('qrSymbol', () => {
  it('has a rectangle for exactly the dark modules, at error correction level M', () => {
    const payload = 'JG1.TY3JDcAgEAN7yX8l78Gx5UCALtJ7RIJC_PNIHu8NGHDHDItuw49biI8KDHkRp.PMRn9Kw2jWtCZz4xARHk4fKSwNu9pEAJdq'
    const reference = QRCode.create(payload, { errorCorrectionLevel: 'M' }).modules
    const symbol = qrSymbol(payload)
    expect(symbol.size).toBe(reference.size)
    const drawn = new Set(symbol.darkRuns.flatMap((run) => Array.from({ length: run.length }, (_, offset) => `${run.row},${run.column + offset}`)))
    for (let row = 0; row < reference.size; row++) {
      for (let column = 0; column < reference.size; column++) expect(drawn.has(`${row},${column}`)).toBe(reference.get(row, column) === 1)
    }
  })
})
