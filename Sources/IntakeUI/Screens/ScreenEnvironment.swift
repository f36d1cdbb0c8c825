import PathwayCore

/// What a screen needs to know besides its own state.
struct ScreenEnvironment {
    let pathway: Pathway
    let audience: Audience
    let intake: IntakeState
    let ascii: Bool
    /// Whether the audience screen comes first (no `--audience`).
    let audienceScreen: Bool
    /// A rehearsal: a prediction comes between the review and the result.
    var rehearsal = false
    /// How far PgUp and PgDn scroll text.
    let pageHeight: Int
    /// The row PgDn (true) or PgUp (false) lands on from a row, at the current size.
    let pageTarget: (_ down: Bool, _ from: Int?) -> Int
}
