import Testing
@testable import IntakeUI
import PathwayCore
import TextLayout

/// Finding 7: at the minimum size every screen keeps what the user needs in view.
@Suite("At the minimum size, 30x8")
struct SmallWindowTests {
    static let width = ViewContext.minimumWidth, height = ViewContext.minimumHeight

    @Test("the weeks field and what it says stay on screen, for every audience and every state of the field",
          arguments: Audience.allCases)
    func weeksFieldInView(audience: Audience) throws {
        let prompt = try builtIn().question(.weeksOfConservativeCare)?.prompt.text(audience) ?? ""
        let start = prompt.split(separator: " ").prefix(2).joined(separator: " ")
        let typed: [([KeyPress], String)] = [
            ([], "Type the weeks"), (typing("15"), "Press Enter"), (typing("600"), "600 is more than"),
            ([.enter], "Type the weeks"), (typing("1!"), "Press Enter"), ([.backspace], "Nothing to delete"),
            (typing("3m"), "3 months = 13 weeks"), (typing("1x"), "or of months"),
        ]
        for (keys, says) in typed {
            var s = try Script(audience: audience, width: Self.width, height: Self.height)
            s.press(noRedFlags + notSevere + keys)
            #expect(s.screen.contains("Weeks: ["), "\(audience) after \(keys):\n\(s.screen)")
            #expect(s.screen.contains(says), "\(audience) after \(keys):\n\(s.screen)")
            #expect(s.screen.contains(start), "the question's start stays above the field:\n\(s.screen)")
        }
    }

    @Test("the question stays above its list wherever the cursor is", arguments: Audience.allCases)
    func questionAboveList(audience: Audience) throws {
        let pathway = try builtIn()
        let routes: [(keys: [KeyPress], prompt: String)] = [
            ([], pathway.question(.redFlags)?.prompt.text(audience) ?? ""),
            (noRedFlags, pathway.question(.severeRadicularPain)?.prompt.text(audience) ?? ""),
            (noRedFlags + notSevere + twelveWeeks, pathway.question(.symptomsPersist)?.prompt.text(audience) ?? ""),
            (noRedFlags + notSevere + twelveWeeks + persisting, pathway.question(.therapiesTried)?.prompt.text(audience) ?? ""),
            (keysToMRI, pathway.question(.mri)?.prompt.text(audience) ?? ""),
        ]
        for route in routes {
            let start = route.prompt.split(separator: " ").prefix(2).joined(separator: " ")
            var s = try Script(audience: audience, width: Self.width, height: Self.height)
            s.press(route.keys)
            for _ in 0..<10 {
                #expect(s.screen.contains(start), "\(audience), cursor \(s.state.cursor):\n\(s.screen)")
                if s.state.cursor != Session.noChoice {
                    #expect(s.screen.contains("›"), "the cursor's row is in view:\n\(s.screen)")
                }
                s.press(.down)
            }
        }
        var chooser = try Script(audience: nil, width: Self.width, height: Self.height)
        for _ in 0..<3 {
            chooser.press(.down)
            #expect(chooser.screen.contains("Which best describes you?"), "\(chooser.screen)")
        }
    }

    @Test("the quit box shows its keys on its last line", arguments: [[], noRedFlags + notSevere, keysToSurgeonReview])
    func quitBoxFits(keys: [KeyPress]) throws {
        for audience in Audience.allCases {
            var s = try Script(audience: audience, width: Self.width, height: Self.height)
            s.press(keys + [.character("q")])
            let rows = s.screen.split(separator: "\n", omittingEmptySubsequences: false)
            let keysRow = try #require(rows.firstIndex { $0.contains("│ y quit  n stay") }, "\(s.screen)")
            #expect(rows[keysRow + 1].contains("└"), "the keys are the box's last line:\n\(s.screen)")
        }
    }

    @Test("a title too long for the title bar is cut with an ellipsis, in ASCII with three dots")
    func titleEllipsis() throws {
        var s = try Script(audience: .trainee, width: Self.width, height: Self.height)
        s.press(noRedFlags + notSevere + twelveWeeks + persisting + [.character("?")])
        let title = try #require(s.screen.split(separator: "\n").first)
        #expect(title.hasPrefix(" Help: Treatmen… "), "\(title)")
        #expect(!title.contains("discpath"), "the program's name goes first")
        #expect(ScreenView.titleText("Which treatments", width: 14, s.context) == " Which treatm…", "inside a word rather than lose most of the room")
        #expect(ScreenView.titleText("Red flags and more", width: 12, s.context) == " Red flags…", "between words where that keeps most")
        let ascii = ViewContext(pathway: s.pathway, width: 30, height: 8, ascii: true)
        #expect(ScreenView.titleText("Which treatments", width: 14, ascii) == " Which...")
        #expect(ScreenView.titleText("Audience", width: 40, ascii) == " discpath - Audience")
    }
}

/// Finding 17: the help overlay lists the keys of the screen under it, all of them and no other.
@Suite("The help overlay's keys")
struct HelpKeysTests {
    func helpText(_ s: Script) -> String { HelpView.lines(s.state.model(s.context, help: true), s.context).map(\.text).joined(separator: "\n") }

    @Test("on each kind of screen the help lists exactly the key table's keys for it")
    func listsTheTable() throws {
        let screens: [(Audience?, [KeyPress], KeyContext)] = [
            (nil, [], .list), (.clinician, [], .checklist), (.clinician, noRedFlags, .yesNo),
            (.clinician, noRedFlags + notSevere, .weeks), (.clinician, keysToSurgeonReview, .review),
            (.clinician, keysToSurgeonReview + [.enter], .result),
        ]
        for (audience, keys, context) in screens {
            var s = try Script(audience: audience)
            s.press(keys + [.f1])
            #expect(s.state.screenKeyContext == context)
            let help = helpText(s)
            let keysPart = help.components(separatedBy: "\nKeys\n").last ?? ""
            let listed = keysPart.split(separator: "\n").filter { $0.hasPrefix("• ") }
            let expected = KeyTable.helpEntries(for: context, ascii: false, canGoBack: s.state.canGoBack(s.pathway))
            #expect(listed.count == expected.count, "\(context):\n\(keysPart)")
            for entry in expected {
                #expect(keysPart.contains("• \(entry.keys)  \(entry.meaning)"), "\(context) lacks \(entry.keys):\n\(keysPart)")
            }
        }
    }

    @Test("no 'back' where there is nothing to go back to; Home/End, j/k, Esc, F1, Backspace and Space where they work")
    func backOnlyWhereItWorks() throws {
        let first = try Script(audience: nil)
        var audienceHelp = first
        audienceHelp.press(.character("?"))
        #expect(!helpText(audienceHelp).contains("back one screen"))
        var fixed = try Script()
        fixed.press(.character("?"))
        #expect(!helpText(fixed).contains("back one screen"))
        #expect(helpText(fixed).contains("Home  to the first item"))
        #expect(helpText(fixed).contains("Space  tick or untick"))
        var second = try Script()
        second.press(noRedFlags + [.character("?")])
        #expect(helpText(second).contains("←, Backspace  back one screen"))
        var result = try Script()
        result.press(keysToSurgeonReview + [.enter, .f1])
        let text = helpText(result)
        for part in ["↓, j  scroll down a line", "PgDn, Space  scroll down a page", "End  to the end", "Esc  quit (asks first)",
                     "?, F1  help", "q  quit at once (a result neither saved nor copied: asks once first)", "←, Backspace, b  back to the review"] {
            #expect(text.contains(part), "\(part)")
        }
    }
}
