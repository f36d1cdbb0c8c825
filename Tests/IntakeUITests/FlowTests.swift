import Testing
@testable import IntakeUI
import PathwayCore

/// A screen added as any new screen is: this type (its file), and one line in a flow's list. It
/// borrows the welcome's keys (Enter, ?), counts as a step, and goes on with Enter.
struct ConsentScreen: FlowScreen {
    init(entering session: Session) {}
    static let isStep = true
    var keyContext: KeyContext { .welcome }
    var position: Session.Position { Session.Position("consent") }
    func title(_ env: ScreenEnvironment) -> String { "Consent" }
    func step(_ env: ScreenEnvironment) -> StepCount? {
        ScreenContent.step(.before(env.flowStep), env.intake, stepsBefore: env.stepsBefore, env.pathway.rules)
    }
    func prompt(_ env: ScreenEnvironment) -> String? { "Do you agree to answer a few questions?" }
    func content(_ env: ScreenEnvironment) -> ScreenModel.Content { .text(paragraphs: ["Nothing is kept."], enter: "Press Enter to agree.") }
    func help(_ env: ScreenEnvironment) -> [HelpBlock] { [.paragraph("A screen the tests add.")] }
    mutating func handle(_ intent: Intent, _ env: ScreenEnvironment) -> ScreenEffect { intent == .confirm ? .goOn : .none }
}

/// The same, after the result.
struct ThanksScreen: FlowScreen {
    init(entering session: Session) {}
    static let isStep = false
    var keyContext: KeyContext { .welcome }
    var position: Session.Position { Session.Position("thanks") }
    func title(_ env: ScreenEnvironment) -> String { "Thanks" }
    func step(_ env: ScreenEnvironment) -> StepCount? { nil }
    func prompt(_ env: ScreenEnvironment) -> String? { nil }
    func content(_ env: ScreenEnvironment) -> ScreenModel.Content { .text(paragraphs: ["Thank you."], enter: "Press Enter to start again.") }
    func help(_ env: ScreenEnvironment) -> [HelpBlock] { [] }
    mutating func handle(_ intent: Intent, _ env: ScreenEnvironment) -> ScreenEffect { intent == .confirm ? .startOver : .none }
}

@Suite("Screens before and after the intake, as a list")
struct FlowTests {
    func script(_ configuration: Session.Configuration) throws -> Script {
        var s = try Script(audience: configuration.audience)
        s.state = Session(configuration, pathway: s.pathway)
        return s
    }

    @Test("a screen added before the audience screen: first, a step of its own, and back reaches it from the screens after")
    func before() throws {
        var configuration = Session.Configuration()
        configuration.before = [ConsentScreen.self] + configuration.before
        var s = try script(configuration)
        #expect(s.state.position == Session.Position("consent"))
        #expect(s.screen.contains("Consent") && s.screen.contains("Press Enter to agree."))
        let steps = try #require(s.state.model(s.context).step)
        #expect(steps.index == 1)
        s.press(.enter)
        #expect(s.state.position == .audience)
        #expect(s.state.model(s.context).step == StepCount(index: 2, total: steps.total), "the audience screen is now the second step")
        #expect(s.state.canGoBack(s.pathway) && s.screen.contains("← back"), "the audience screen goes back to it")
        s.press([.enter])
        #expect(s.state.position == .question(.redFlags))
        #expect(s.state.model(s.context).step?.index == 3)
        s.press(.left)
        #expect(s.state.position == .audience && s.state.cursor == 0, "back to the audience, as chosen")
        s.press(.left)
        #expect(s.state.position == Session.Position("consent"))
        #expect(!s.state.canGoBack(s.pathway), "the first screen has nothing before it")
        s.press(.left)
        #expect(s.state.position == Session.Position("consent"))
    }

    @Test("a screen added after the result: Enter on the result goes on to it (the hint says so), Left comes back to the result")
    func after() throws {
        var configuration = Session.Configuration(audience: .clinician)
        configuration.after = [ThanksScreen.self]
        var s = try script(configuration)
        s.press(keysToSurgeonReview + [.enter, .down, .down])
        let result = s.state.screen
        #expect(s.screen.contains("Enter finish"))
        s.press(.enter)
        #expect(s.state.position == Session.Position("thanks"))
        #expect(s.state.outcomeOnLeaving(s.pathway).tier == .spineSurgeon, "after the result, leaving still finishes with it")
        s.press(.enter)
        #expect(s.state.position == .question(.redFlags), "its own Enter starts again")
        #expect(s.state.intake.answers == Answers())
        _ = result
    }

    @Test("without a screen after the result, Enter on it does nothing and no hint offers it")
    func nothingAfter() throws {
        var s = try Script()
        s.press(keysToSurgeonReview + [.enter])
        let before = s.state
        #expect(!s.screen.contains("Enter finish"))
        s.press(.enter)
        #expect(s.state == before)
    }

    @Test("the flow's screens are the mode's: the audience before a workstation's intake, the welcome before a kiosk's")
    func modes() throws {
        #expect(try script(Session.Configuration()).state.position == .audience)
        #expect(try script(Session.Configuration(audience: .patient)).state.position == .question(.redFlags), "--audience skips it")
        #expect(try script(Session.Configuration(audience: .patient, mode: .kiosk)).state.position == .welcome)
    }
}
