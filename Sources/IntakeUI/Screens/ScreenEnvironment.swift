import PathwayCore

/// What a screen needs to know besides its own state.
struct ScreenEnvironment {
    let pathway: Pathway
    let audience: Audience
    let intake: IntakeState
    let ascii: Bool
    /// How many screens before the first question count as steps (the audience screen's one).
    let stepsBefore: Int
    /// A screen of the flow: its step among those before the first question (1 for the first).
    var flowStep = 1
    /// There is a screen before this one to go back to: for a question, a screen before the
    /// first one (the audience screen, the kiosk's welcome); for a screen of the flow, the one
    /// before it.
    let hasScreenBefore: Bool
    /// A rehearsal: a prediction comes between the review and the result.
    var rehearsal = false
    /// How far PgUp and PgDn scroll text.
    let pageHeight: Int
    /// The body as the views showed it (where PgUp and PgDn land on a list, how far text
    /// scrolls): measured by the views, handed in with the key, so no screen lays itself out.
    var shown = ScreenMetrics()
}
