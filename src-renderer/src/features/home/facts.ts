/** One fact on the home screen: a label, its display text and the raw value behind it. */
export interface Fact {
  /** Test id suffix: rendered as `fact-<id>`. */
  readonly id: string
  readonly label: string
  readonly text: string
  /** Machine-readable value (`data-value`), so tests need not parse localised text. */
  readonly value: string | number
  readonly alert?: boolean
}

export interface FactGroupModel {
  readonly key: string
  readonly title: string
  readonly facts: readonly Fact[]
  /** Counts read best as large figures. */
  readonly figures?: boolean
}
