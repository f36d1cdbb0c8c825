import Testing
@testable import IntakeUI
import PathwayCore

let noteTime = LocalTime(stamp: "20260305-1407", text: "2026-03-05 14:07 CET (UTC+0100)")

extension Script {
    /// The front end's local clock reads `time` when a save starts.
    mutating func clock(_ time: LocalTime = noteTime) { localTime = time }
    /// The front end's answer to the file asked for.
    mutating func written(_ result: FileWriteResult) { send(.fileWritten(result)) }
    /// The file the last keys asked the front end to write.
    var request: FileRequest? { effects.fileRequests.last }
}

extension Session {
    var savePrompt: SavePrompt? {
        if case .save(let prompt)? = overlay { return prompt }
        return nil
    }
}

@Suite("Saving a note and the answers: keys")
struct SaveKeysTests {
    @Test("s saves a note on the result only; a saves the answers on the review and the result")
    func bound() {
        #expect(KeyTable.intent(for: .character("s"), in: .result) == .saveNote)
        #expect(KeyTable.intent(for: .character("a"), in: .result) == .saveAnswers)
        #expect(KeyTable.intent(for: .character("a"), in: .review) == .saveAnswers)
        for context in [KeyContext.list, .checklist, .weeks, .review, .help, .confirmQuit, .tooSmall] {
            #expect(KeyTable.intent(for: .character("s"), in: context) != .saveNote, "\(context)")
        }
        for context in [KeyContext.list, .checklist, .weeks, .help, .confirmQuit, .tooSmall] {
            #expect(KeyTable.intent(for: .character("a"), in: context) != .saveAnswers, "\(context)")
        }
    }

    @Test("in the file name every character types (q and ? too); Enter saves, Esc cancels, the arrows and Backspace edit")
    func fileName() {
        for c in "aq?/~. -_é" {
            let key: KeyPress = c == " " ? .space : .character(c)
            #expect(KeyTable.intent(for: key, in: .fileName) == .typeCharacter(c), "\(c)")
        }
        #expect(KeyTable.intent(for: .enter, in: .fileName) == .confirm)
        #expect(KeyTable.intent(for: .escape, in: .fileName) == .no)
        #expect(KeyTable.intent(for: .backspace, in: .fileName) == .deleteCharacter)
        #expect(KeyTable.intent(for: .left, in: .fileName) == .cursorLeft)
        #expect(KeyTable.intent(for: .right, in: .fileName) == .cursorRight)
        #expect(KeyTable.intent(for: .home, in: .fileName) == .top)
        #expect(KeyTable.intent(for: .end, in: .fileName) == .bottom)
        #expect(KeyTable.intent(for: .tab, in: .fileName) == nil)
    }

    @Test("asked to replace a file: only y replaces; n, Esc and Enter keep it")
    func confirmOverwrite() {
        #expect(KeyTable.intent(for: .character("y"), in: .confirmOverwrite) == .yes)
        for key in [KeyPress.character("n"), .escape, .enter] { #expect(KeyTable.intent(for: key, in: .confirmOverwrite) == .no) }
        #expect(KeyTable.intent(for: .character("q"), in: .confirmOverwrite) == nil)
    }
}

@Suite("Saving a note and the answers: the session")
struct SaveSessionTests {
    /// A session on the spine-surgeon result, the clock read.
    func onResult(audience: Audience = .clinician, mode: Mode = .standard) throws -> Script {
        var s = try Script(audience: audience)
        s.state = Session(Session.Configuration(audience: audience, mode: mode), pathway: s.pathway)
        if mode == .kiosk { s.press(.enter) }  // past the kiosk's welcome
        s.press(keysToSurgeonReview + [.enter])
        s.clock()
        #expect(s.state.position == .result(.spineSurgeon))
        return s
    }

    @Test("s opens the box with the default name from the local time; Enter asks the front end to write the note, new")
    func saveNote() throws {
        var s = try onResult()
        s.press(.character("s"))
        let prompt = try #require(s.state.savePrompt)
        #expect(prompt.field.text == "discpath-20260305-1407.txt")
        #expect(s.state.keyContext == .fileName)
        #expect(s.screen.contains("Save the chart note as:") && s.screen.contains("discpath-20260305-1407.txt"))
        #expect(s.request == nil, "nothing is written before Enter")
        s.press(.enter)
        let request = try #require(s.request)
        #expect(request.kind == .note && request.path == "discpath-20260305-1407.txt" && !request.overwrite)
        let result = try #require(s.state.currentResult(s.pathway))
        #expect(request.contents == ChartNote.render(decision: result.decision, answers: result.answers, pathway: s.pathway,
                                                     audience: .clinician, recordedAt: noteTime.text))
        #expect(request.contents.contains("Referral tier: ") && request.contents.contains("(spine-surgeon)"))
        s.press(.character("x"))
        #expect(s.state.savePrompt?.field.text == "discpath-20260305-1407.txt", "keys wait while the file is written")
        s.written(.written(shownAs: "/home/gp/discpath-20260305-1407.txt"))
        #expect(s.state.overlay == nil && s.request == nil)
        #expect(s.state.message == "Chart note saved to /home/gp/discpath-20260305-1407.txt")
        #expect(s.screen.contains("Chart note saved to /home/gp/discpath-20260305-1407.txt"))
        #expect(s.outcome == nil && s.state.position == .result(.spineSurgeon), "the session goes on")
        s.press(.down)
        #expect(s.state.message == nil)
    }

    @Test("a file that is there is replaced only after y; n goes back to the name to change it")
    func neverOverwrittenWithoutAsking() throws {
        var s = try onResult()
        s.press([.character("s"), .enter])
        s.written(.exists)
        #expect(s.request == nil, "nothing more is asked of the front end")
        #expect(s.state.savePrompt?.stage == .confirmingOverwrite)
        #expect(s.state.keyContext == .confirmOverwrite)
        #expect(s.screen.contains("is there already. Replace it?"))
        #expect(s.screen.contains("y replace  n keep"))
        s.press(.character("n"))
        #expect(s.state.savePrompt?.stage == .naming && s.request == nil)
        s.press([.backspace, .backspace, .backspace, .backspace] + typing("-2.txt"))
        #expect(s.state.savePrompt?.field.text == "discpath-20260305-1407-2.txt")
        s.press(.enter)
        #expect(s.request?.path == "discpath-20260305-1407-2.txt")
        #expect(s.request?.overwrite == false)
        s.written(.exists)
        s.press(.escape)
        #expect(s.state.savePrompt?.stage == .naming, "Esc keeps the file too")
        s.press(.enter)
        s.written(.exists)
        s.press(.character("y"))
        #expect(s.request?.overwrite == true)
        #expect(s.request?.path == "discpath-20260305-1407-2.txt")
        s.written(.written(shownAs: "/tmp/discpath-20260305-1407-2.txt"))
        #expect(s.state.message == "Chart note saved to /tmp/discpath-20260305-1407-2.txt")
    }

    @Test("a file that cannot be written: the reason in the box, the name kept to change, Esc and the session goes on")
    func cannotWrite() throws {
        var s = try onResult()
        s.press([.character("s"), .home] + typing("/ro/"))
        s.press(.enter)
        #expect(s.request?.path == "/ro/discpath-20260305-1407.txt")
        s.written(.failed(reason: "permission denied: choose a folder you can write to"))
        #expect(s.request == nil)
        #expect(s.state.savePrompt?.problem == "Not saved: permission denied: choose a folder you can write to.")
        #expect(s.state.savePrompt?.field.text == "/ro/discpath-20260305-1407.txt")
        #expect(s.screen.split(whereSeparator: \.isWhitespace).joined(separator: " ").contains("Not saved: permission denied"))
        s.press(.escape)
        #expect(s.state.overlay == nil && s.outcome == nil)
        s.press([.character("q"), .character("y")])
        #expect(s.outcome?.tier == .spineSurgeon, "the result is still there to leave with (unsaved: asked first)")
    }

    @Test("Esc saves nothing; an empty name asks for one")
    func cancelAndEmpty() throws {
        var s = try onResult()
        s.press([.character("s"), .escape])
        #expect(s.state.overlay == nil && s.request == nil)
        s.press(.character("s"))
        s.press(Array(repeating: .backspace, count: 40) + [.space, .enter])
        #expect(s.request == nil)
        #expect(s.state.savePrompt?.problem == "Type a file name.")
    }

    @Test("editing: typed at the cursor, Left, Right, Home, End and Backspace move and delete within the name")
    func editing() throws {
        var s = try onResult()
        s.press(.character("s"))
        s.press([.home] + typing("~/") + [.end, .backspace, .backspace, .backspace] + typing("md"))
        #expect(s.state.savePrompt?.field.text == "~/discpath-20260305-1407.md")
        s.press([.left, .left, .left, .backspace, .right] + typing("X"))
        #expect(s.state.savePrompt?.field.text == "~/discpath-20260305-140.Xmd")
        s.press(Array(repeating: .right, count: 10) + typing("!"))
        #expect(s.state.savePrompt?.field.text == "~/discpath-20260305-140.Xmd!", "Right stops at the end")
    }

    @Test("a saves the answers from the review: the JSON evaluate reads, the answers on the path only")
    func saveAnswers() throws {
        var s = try Script()
        s.press(noRedFlags + notSevere + typing("3") + [.enter])
        s.clock()
        #expect(s.state.position == .review)
        s.press(.character("a"))
        #expect(s.state.savePrompt?.field.text == "discpath-answers-20260305-1407.json")
        #expect(s.screen.contains("Save the answers as:"))
        s.press(.enter)
        let request = try #require(s.request)
        #expect(request.kind == .answers)
        #expect(request.contents == "{\n  \"redFlags\": [],\n  \"severeRadicularPain\": \"no\",\n  \"weeksOfConservativeCare\": 3\n}\n")
        guard case .single(let read)? = try? AnswerParser(rules: s.pathway.rules).parse(json: Array(request.contents.utf8)) else {
            Issue.record("evaluate's parser does not read it")
            return
        }
        #expect(try s.pathway.rules.decide(read).tier == .primaryCareConservative)
        s.written(.written(shownAs: "/tmp/x.json"))
        #expect(s.state.message == "Answers saved to /tmp/x.json")
        #expect(s.state.position == .review)
    }

    @Test("answers changed off the path are not saved: only those that count")
    func onlyThePath() throws {
        var s = try Script()
        s.press(keysToSurgeonReview + [.home, .enter, .home, .space, .enter])  // change red flags to one present
        #expect(s.state.position == .review)
        s.press([.character("a"), .enter])
        #expect(s.request?.contents == "{\n  \"redFlags\": [\"urinaryRetentionOrIncontinence\"]\n}\n")
    }

    @Test("without a clock reading the default names carry no stamp")
    func noClock() throws {
        var s = try Script()
        s.press(keysToSurgeonReview + [.enter, .character("s")])
        #expect(s.state.savePrompt?.field.text == "discpath-note.txt")
        s.press([.escape, .character("a")])
        #expect(s.state.savePrompt?.field.text == "discpath-answers.json")
    }

    @Test("in kiosk mode s and a do nothing: no file is offered on a shared machine")
    func kiosk() throws {
        var s = try onResult(audience: .patient, mode: .kiosk)
        s.press(.character("s"))
        #expect(s.state.overlay == nil && s.request == nil)
        s.press(.character("a"))
        #expect(s.state.overlay == nil)
        s.press(.left)
        #expect(s.state.position == .review)
        s.press(.character("a"))
        #expect(s.state.overlay == nil && s.request == nil)
    }

    @Test("a reply with nothing asked changes nothing")
    func strayReply() throws {
        var s = try onResult()
        let before = s.state
        s.written(.exists)
        #expect(s.state == before)
    }
}

@Suite("The text field")
struct TextFieldTests {
    @Test("random edits never move the cursor out of the text nor trap", arguments: 0..<4)
    func randomEdits(seed: UInt64) {
        var random = SeededGenerator(seed: seed)
        var field = TextField("abc")
        for _ in 0..<2000 {
            switch random.next() % 7 {
            case 0: field.insert(Character(UnicodeScalar(UInt8(97 + random.next() % 26))))
            case 1: field.deleteBackward()
            case 2: field.moveLeft()
            case 3: field.moveRight()
            case 4: field.moveToStart()
            case 5: field.moveToEnd()
            default: field.insert("é")
            }
            #expect((0...field.characters.count).contains(field.cursor))
        }
    }

    @Test("control and bidi characters are never taken; the length is capped")
    func refused() {
        var field = TextField("")
        for c in ["\u{1B}", "\u{7F}", "\u{9B}", "\u{202E}", "\n"] as [Character] { field.insert(c) }
        #expect(field.text.isEmpty)
        var long = TextField(String(repeating: "x", count: TextField.maximumLength + 10))
        #expect(long.characters.count == TextField.maximumLength)
        long.insert("y")
        #expect(long.characters.count == TextField.maximumLength)
    }
}

@Suite("Save box snapshots")
struct SaveBoxSnapshotTests {
    /// The box in each of its states, at a size.
    func states(width: Int, height: Int, ascii: Bool = false) throws -> [(String, String)] {
        var s = try Script(width: width, height: height, ascii: ascii)
        s.press(keysToSurgeonReview + [.enter])
        s.clock()
        s.press(.character("s"))
        let naming = s.styledScreen
        s.press(.enter)
        s.written(.failed(reason: "permission denied: choose a folder you can write to"))
        let failed = s.styledScreen
        s.press(.enter)
        s.written(.exists)
        let exists = s.styledScreen
        s.press([.character("n"), .escape, .character("a")] + typing("-with-a-much-longer-name-than-the-box-has-room-for"))
        let long = s.styledScreen
        return [("save-note", naming), ("save-failed", failed), ("save-exists", exists), ("save-answers-long-name", long)]
    }

    @Test("the save box at 80x24, 40x12 and the minimum size, 30x8", arguments: [(80, 24), (40, 12), (30, 8)])
    func sizes(width: Int, height: Int) throws {
        for (name, screen) in try states(width: width, height: height) {
            assertSnapshot(screen, named: "\(name).\(width)x\(height)")
            // Whatever the size: the name (or its end, where the cursor is) and the keys stay.
            #expect(screen.contains(name == "save-exists" ? "Replace it?" : "Enter save"), "\(name) at \(width)x\(height)")
        }
    }
}
