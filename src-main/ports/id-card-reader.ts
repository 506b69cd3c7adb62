/** What the chip of a second-generation resident ID card (二代证) gives the reader. */
export interface IdCardData {
  idNumber: string
  name: string
  gender: 'M' | 'F'
  birthDate: string
  address: string
}

export type ReaderState = 'unplugged' | 'empty' | 'card_present' | 'unreadable'

export type CardReadResult = { ok: true; card: IdCardData } | { ok: false; reason: Exclude<ReaderState, 'card_present'> }

/**
 * The ID-card reader port. Vendor SDKs (SDT_* / CVR_* DLLs) block while they search for a
 * card, so `read` is asynchronous and never runs inside a transaction.
 */
export interface IdCardReader {
  readonly kind: string
  state(): { state: ReaderState; card: IdCardData | null }
  read(): Promise<CardReadResult>
}

/**
 * Simulated reader for the demo terminal and the tests: a card can be placed, removed or be
 * unreadable, and the reader can be unplugged — every way the real device answers.
 */
export class SimulatedIdCardReader implements IdCardReader {
  readonly kind = 'simulated'
  private plugged = true
  private card: IdCardData | null = null
  private unreadable = false

  constructor(private readonly latencyMs = 0) {}

  place(card: IdCardData): void {
    this.card = card
    this.unreadable = false
  }

  remove(): void {
    this.card = null
    this.unreadable = false
  }

  /** A damaged or foreign card: present, but the chip does not answer. */
  placeUnreadable(): void {
    this.card = null
    this.unreadable = true
  }

  unplug(): void {
    this.plugged = false
  }

  plug(): void {
    this.plugged = true
  }

  state(): { state: ReaderState; card: IdCardData | null } {
    if (!this.plugged) return { state: 'unplugged', card: null }
    if (this.unreadable) return { state: 'unreadable', card: null }
    return this.card ? { state: 'card_present', card: this.card } : { state: 'empty', card: null }
  }

  async read(): Promise<CardReadResult> {
    if (this.latencyMs) await new Promise((resolve) => setTimeout(resolve, this.latencyMs))
    const { state, card } = this.state()
    if (state === 'card_present' && card) return { ok: true, card }
    return { ok: false, reason: state === 'card_present' ? 'unreadable' : state }
  }
}
