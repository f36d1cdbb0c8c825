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
        .text(paragraphs: [practiceCase.story, "On every screen of the case, ? shows this story again, above the help."],
              enter: "Press Enter to start the case.")
    }

    func help(_ env: ScreenEnvironment) -> [HelpBlock] {
        [.paragraph("First predict the case's tier from the story alone. Then every question of the pathway is asked, "
                    + "whatever the case, so their order gives nothing away: answer each as the story says (where it says nothing, "
                    + "answer as you read it: only the answers the case's tier rests on are judged). The result "
                    + "is the case's: its tier and plan, whether your prediction and each answer were right, and why, "
                    + "with the source's rule. ? on any screen of the case shows the story again.")]
    }

    mutating func handle(_ intent: Intent, _ env: ScreenEnvironment) -> ScreenEffect {
        intent == .confirm ? .startCase : .none
    }
}

extension Session.Position {
    public static let story = Session.Position("story")
}
