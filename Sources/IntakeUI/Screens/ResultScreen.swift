import PathwayCore

/// The result: the report document, scrolled. In rehearsal it opens with the feedback on the
/// trainee's prediction, and Enter goes on to the next case.
public struct ResultScreen: ScreenType {
    var document: ReportDocument
    var scroll = 0
    /// In rehearsal.
    let practice: Bool

    init(document: ReportDocument, practice: Bool = false) {
        self.document = document
        self.practice = practice
    }

    var keyContext: KeyContext { practice ? .practiceResult : .result }

    var position: Session.Position { .result(document.tier) }

    func canGoBack(intake: IntakeState, rules: PathwayRules, audienceScreen: Bool) -> Bool { true }

    /// In the wording shown, which `p` may have turned to the patient's.
    func title(_ env: ScreenEnvironment) -> String { document.audience == .patient ? "Your result" : "Result" }

    func step(_ env: ScreenEnvironment) -> StepCount? {
        ScreenContent.step(.result, env.intake, audienceScreen: env.audienceScreen, env.pathway.rules, predicting: env.rehearsal)
    }

    func prompt(_ env: ScreenEnvironment) -> String? { nil }

    func content(_ env: ScreenEnvironment) -> ScreenModel.Content { .document(document, scroll: scroll) }

    func help(_ env: ScreenEnvironment) -> [HelpBlock] {
        [.paragraph("The tier and what to do come first, then the reasoning step by step with the source's "
                    + "citation numbers in brackets, the pitfalls that apply, and the references.")]
    }

    mutating func handle(_ intent: Intent, _ env: ScreenEnvironment) -> ScreenEffect {
        switch intent {
        case .toReview: return .toReview
        case .startOver: return .startOver
        case .switchWording: return .switchWording
        case .confirm: return practice ? .nextCase : .none
        case .moveUp, .moveDown, .pageUp, .pageDown, .top, .bottom:
            if let movement = Movement(intent) { scroll = movement.scrolled(scroll, page: env.pageHeight) }
        default: break
        }
        return .none
    }
}
