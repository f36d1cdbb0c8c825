import Testing
@testable import IntakeUI
import PathwayCore

/// Issue 21's key-stream fuzzer: random keys (printable, control, function keys, resizes) and
/// clock ticks through the pure session and its views, at sizes mostly around 80x24 and 40x12 and
/// sometimes anywhere from 1x1 to 300x100, rendering every few keys. Nothing may trap, and every
/// state reached must pass `validityProblems`. A failing seed is printed so it can be replayed.
@Suite("Key-stream fuzzing")
struct KeyStreamFuzzTests {
    static let seeds = 0..<8
    static let keysPerSeed = 12_500  // 100,000 in all

    @Test("100,000 random keys through the session and views: no trap, every state valid", arguments: seeds)
    func fuzz(seed: Int) throws {
        let pathway = try Pathway.builtIn()
        let cases = try CaseBook.builtIn(for: pathway).cases
        var random = SeededGenerator(seed: UInt64(seed) &* 0x9E37_79B9 &+ 11)
        var context = ViewContext(pathway: pathway, width: 80, height: 24)
        var session = Session(Self.configuration(seed, cases), pathway: pathway)
        var clock: Int64 = 1_000
        for step in 0..<Self.keysPerSeed {
            let roll = Int.random(in: 0..<100, using: &random)
            let effects: [SessionEffect]
            if roll < 3 {
                context = ViewContext(pathway: pathway, width: Self.width(&random), height: Self.height(&random),
                                      ascii: Bool.random(using: &random))
                effects = session.sending(.key(.resize), context)
            } else if roll < 8 {
                clock += Int64.random(in: 0...400_000, using: &random)
                effects = session.sending(.tick(milliseconds: clock), context)
            } else {
                effects = session.sending(.key(Self.key(&random)), context)
            }
            if effects.outcome != nil {
                // A run that ended starts again, as a kiosk or the next clinician would.
                session = Session(Self.configuration(seed &+ step, cases), pathway: pathway)
            }
            if step % 5 == 0 {
                let grid = ScreenView.render(session, context)
                #expect(grid.width == context.width && grid.height == context.height, "seed \(seed), step \(step)")
            }
            let problems = Self.validityProblems(session, context)
            if !problems.isEmpty {
                Issue.record("seed \(seed), step \(step): \(problems) at \(session.position)")
                return
            }
        }
    }

    static func configuration(_ seed: Int, _ cases: [PracticeCase]) -> Session.Configuration {
        switch seed % 4 {
        case 0: return Session.Configuration()
        case 1: return Session.Configuration(audience: .patient, idleTimeout: 120)
        case 2: return .rehearsal(Array(cases.prefix(3)))
        default: return Session.Configuration(audience: .clinician, mode: .kiosk, idleTimeout: 60)
        }
    }

    static func width(_ random: inout SeededGenerator) -> Int {
        switch Int.random(in: 0..<10, using: &random) {
        case 0..<4: return Int.random(in: 76...84, using: &random)
        case 4..<8: return Int.random(in: 38...42, using: &random)
        default: return Int.random(in: 1...300, using: &random)
        }
    }

    static func height(_ random: inout SeededGenerator) -> Int {
        switch Int.random(in: 0..<10, using: &random) {
        case 0..<4: return Int.random(in: 22...26, using: &random)
        case 4..<8: return Int.random(in: 10...14, using: &random)
        default: return Int.random(in: 1...100, using: &random)
        }
    }

    static let namedKeys: [KeyPress] = [.up, .down, .left, .right, .enter, .space, .backspace, .escape, .tab,
                                        .pageUp, .pageDown, .home, .end, .f1, .ctrlL]

    /// Mostly the keys that move through the intake, with digits for the weeks, some letters the
    /// keys table names, and any character at all now and then.
    static func key(_ random: inout SeededGenerator) -> KeyPress {
        switch Int.random(in: 0..<20, using: &random) {
        case 0..<9: return [KeyPress.down, .down, .enter, .space, .up, .enter][Int.random(in: 0..<6, using: &random)]
        case 9..<12: return namedKeys[Int.random(in: 0..<namedKeys.count, using: &random)]
        case 12..<15: return .character(Character(String(Int.random(in: 0...9, using: &random))))
        case 15..<18: return .character(["q", "y", "n", "b", "r", "p", "?", "j", "k", "x"][Int.random(in: 0..<10, using: &random)])
        default:
            let scalar = Unicode.Scalar(UInt32.random(in: 0x20...0x2FFF, using: &random)) ?? "x"
            return .character(Character(scalar))
        }
    }

    /// What must hold of every session, whatever keys led to it.
    static func validityProblems(_ session: Session, _ context: ViewContext) -> [String] {
        var problems: [String] = []
        let rules = context.pathway.rules
        let model = session.model(context)
        switch model.content {
        case .list(let list):
            if let cursor = list.cursor, !list.rows.indices.contains(cursor) { problems.append("cursor \(cursor) of \(list.rows.count) rows") }
            if list.kind != .single, list.cursor == nil { problems.append("no cursor on a \(list.kind) list") }
        case .weeks(let field):
            // Digits, ASCII letters of a unit and single spaces, never leading.
            let allowed = field.text.allSatisfy { $0.isASCII && ($0.isNumber || $0.isLetter || $0 == " ") }
            if field.text.count > field.maximumLength || !allowed || field.text.hasPrefix(" ") || field.text.contains("  ") {
                problems.append("weeks field \"\(field.text)\"")
            }
        case .document(let document, let scroll):
            // Kept within the text by every key; after `p`, at a section until the next key.
            let maximum = max(0, ResultView.lines(document, context).count - context.bodyHeight)
            if case .line(let line) = scroll, !(0...maximum).contains(line) {
                problems.append("result scroll \(line) outside 0...\(maximum)")
            }
        case .text, .welcome:
            break
        }
        let position = session.position
        // Rehearsal asks every question; elsewhere only those on the path.
        if let key = position.questionKey, !session.intake.asksEveryQuestion, !rules.route(for: session.intake.answers).reached.contains(key) {
            problems.append("a question off the path")
        }
        if position == .review, case .question = session.intake.step {
            problems.append("a review of an incomplete path")
        }
        // A practice case's result is the case's tier; any other result, the answers'.
        if let tier = position.tier, (session.rehearsal?.current?.tier ?? session.intake.decision(rules)?.tier) != tier {
            problems.append("a result that is not the answers' (or the case's) tier")
        }
        if case .help(let scroll)? = session.overlay {
            let maximum = max(0, HelpView.lines(model, context).count - context.bodyHeight)
            if !(0...maximum).contains(scroll) { problems.append("help scroll \(scroll) outside 0...\(maximum)") }
        }
        if let step = model.step, step.index < 1 || step.index > step.total { problems.append("step \(step.index) of \(step.total)") }
        if (model.step != nil) != session.screen.current.countsAsStep {
            problems.append(model.step == nil ? "no step shown on a step of the intake" : "a step shown outside the intake")
        }
        return problems
    }
}
