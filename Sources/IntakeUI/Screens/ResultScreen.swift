import PathwayCore

/// The result: the report document, scrolled.
public struct ResultScreen: ScreenType {
    let document: ReportDocument
    var scroll = 0

    init(document: ReportDocument) { self.document = document }

    var keyContext: KeyContext { .result }

    func title(_ env: ScreenEnvironment) -> String { env.audience == .patient ? "Your result" : "Result" }

    func step(_ env: ScreenEnvironment) -> StepCount {
        ScreenContent.step(.result, env.intake, audienceScreen: env.audienceScreen, env.pathway.rules)
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
        case .moveUp, .moveDown, .pageUp, .pageDown, .top, .bottom:
            if let movement = Movement(intent) { scroll = movement.scrolled(scroll, page: env.pageHeight) }
        default: break
        }
        return .none
    }
}
