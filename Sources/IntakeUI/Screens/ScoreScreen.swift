import PathwayCore

/// Rehearsal: the score at the end of a run, and the offer to replay the cases missed.
public struct ScoreScreen: ScreenType {
    let score: RehearsalScore
    /// The cases of the run, to name the ones to practise next by title.
    let cases: [PracticeCase]

    var keyContext: KeyContext { .score }

    var position: Session.Position { .score }

    var countsAsStep: Bool { false }

    func title(_ env: ScreenEnvironment) -> String { "Score" }

    /// The end of the run, not a step of a case: the title says it.
    func step(_ env: ScreenEnvironment) -> StepCount? { nil }

    func prompt(_ env: ScreenEnvironment) -> String? { nil }

    func content(_ env: ScreenEnvironment) -> ScreenModel.Content {
        let paragraphs = RehearsalText.score(score, cases: cases, pathway: env.pathway, audience: env.audience)
        let enter = score.missedCaseIDs.isEmpty ? "Press q to finish." : "Press Enter to practise the cases missed again, or q to finish."
        return .text(paragraphs: paragraphs, enter: enter)
    }

    func help(_ env: ScreenEnvironment) -> [HelpBlock] {
        [.paragraph("A prediction counts when it is the case's tier (or, where the case rests on this program's reading "
                    + "of '2-3 months', the other tier the source supports); the answers count when they reach it. A case "
                    + "missed either way can be practised again. The session's total counts every round, replays "
                    + "included; 'discpath rehearse --progress' shows the record kept between sessions.")]
    }

    mutating func handle(_ intent: Intent, _ env: ScreenEnvironment) -> ScreenEffect {
        intent == .confirm && !score.missedCaseIDs.isEmpty ? .replayMissed : .none
    }
}

extension Session.Position {
    public static let score = Session.Position("score")
}
