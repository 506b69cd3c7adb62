export interface FontRun {
  text: string
  /** Index into the font chain. */
  font: number
}

/** Combining marks and variation selectors (names may carry an IVS) belong to the character before them. */
const ATTACHES_TO_PREVIOUS = /^[\p{M}\u200D]$/u

/**
 * Splits text into runs, each set in the first font of the chain that has the character. A
 * character no font has goes to the first font, which prints its missing-glyph box: the
 * clerk sees that something is missing instead of the receipt failing.
 */
export function splitFontRuns(text: string, fontCount: number, hasGlyph: (font: number, codePoint: number) => boolean): FontRun[] {
  const runs: FontRun[] = []
  for (const character of text) {
    const last = runs[runs.length - 1]
    let font = 0
    if (last && ATTACHES_TO_PREVIOUS.test(character)) {
      font = last.font
    } else {
      const codePoint = character.codePointAt(0) ?? 0
      for (let candidate = 0; candidate < fontCount; candidate++) {
        if (hasGlyph(candidate, codePoint)) {
          font = candidate
          break
        }
      }
    }
    if (last && last.font === font) last.text += character
    else runs.push({ text: character, font })
  }
  return runs
}
