import PathwayCore

/// The result: the report document, scrolled. In rehearsal it opens with the feedback on the
/// trainee's prediction, and Enter goes on to the next case; elsewhere Enter goes on to a screen
/// that follows it in the flow (the kiosk's finish).
public struct ResultScreen: ScreenType {
    var document: ReportDocument
    var scroll = ResultScroll.line(0)
    /// In rehearsal.
    let practice: Bool

    init(document: ReportDocument, practice: Bool = false) {
        self.document = document
        self.practice = practice
    }

    var keyContext: KeyContext { practice ? .practiceResult : .result }

    var position: Session.Position { .result(document.tier) }

    var countsAsStep: Bool { true }

    func canGoBack(_ env: ScreenEnvironment) -> Bool { true }

    /// In the wording shown, which `p` may have turned to the patient's.
    func title(_ env: ScreenEnvironment) -> String { document.audience == .patient ? "Your result" : "Result" }

    func step(_ env: ScreenEnvironment) -> StepCount? {
        ScreenContent.step(.result, env.intake, stepsBefore: env.stepsBefore, env.pathway.rules, predicting: env.rehearsal)
    }

    func prompt(_ env: ScreenEnvironment) -> String? { nil }

    func content(_ env: ScreenEnvironment) -> ScreenModel.Content { .document(document, scroll: scroll) }

    func help(_ env: ScreenEnvironment) -> [HelpBlock] {
        if document.audience == .patient {
            return [.paragraph("Your next step comes first, then why, and what to do. Numbers in brackets, like [1], "
                               + "point to the guideline the advice comes from, listed at the end."),
                    .blank, .paragraph("Talk about your result with your clinician.")]
        }
        return [.paragraph("The tier and what to do come first, then the reasoning step by step with the source's "
                           + "citation numbers in brackets, the pitfalls that apply, and the references.")]
    }

    mutating func handle(_ intent: Intent, _ env: ScreenEnvironment) -> ScreenEffect {
        switch intent {
        case .toReview: return .toReview
        case .startOver: return .startOver
        case .switchWording: return .switchWording(at: env.shown.topSection)
        case .confirm: return practice ? .nextCase : .none
        case .goOn: return .goOn
        case .moveUp, .moveDown, .pageUp, .pageDown, .top, .bottom:
            // From the line shown, within the text as laid out now.
            if let movement = Movement(intent) { scroll = .line(env.shown.text.clamped(movement.scrolled(env.shown.text.scroll, page: env.pageHeight))) }
        default: break
        }
        return .none
    }
}

extension Session.Position {
    /// The result, at its tier.
    public static func result(_ tier: TierID) -> Session.Position { Session.Position("result", tier.rawValue) }

    /// The tier, on a result.
    public var tier: TierID? { name == "result" ? detail.flatMap(TierID.init(rawValue:)) : nil }
}
