import PathwayCore

/// Rehearsal: a practice case's story, read before answering the intake from it.
public struct StoryScreen: ScreenType {
    let practiceCase: PracticeCase
    /// Which case of the run, counting from 1, and how many.
    let number: Int
    let count: Int

    var keyContext: KeyContext { .story }

    var position: Session.Position { .story }

    var countsAsStep: Bool { false }

    func title(_ env: ScreenEnvironment) -> String { "Case \(number) of \(count): \(practiceCase.title)" }

    /// The title counts the cases; the intake's steps start with its first question.
    func step(_ env: ScreenEnvironment) -> StepCount? { nil }

    func prompt(_ env: ScreenEnvironment) -> String? { "Read the case, then answer the questions from it." }

    func content(_ env: ScreenEnvironment) -> ScreenModel.Content {
        .text(paragraphs: [practiceCase.story], enter: "Press Enter to start the case.")
    }

    func help(_ env: ScreenEnvironment) -> [HelpBlock] {
        [.paragraph("Answer each question as the case's story says. On the review, show the result: you are asked to "
                    + "predict the tier before it is shown, then see whether the pathway agrees, its reasoning, and "
                    + "where your answers differ from the case's, and why.")]
    }

    mutating func handle(_ intent: Intent, _ env: ScreenEnvironment) -> ScreenEffect {
        intent == .confirm ? .startCase : .none
    }
}

extension Session.Position {
    public static let story = Session.Position("story")
}
