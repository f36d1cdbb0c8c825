/// A trainee's record kept between sessions: each case's history with a Leitner box (a missed
/// case goes back to box 1 and comes back the next session; each right attempt moves it up a box
/// and further away), the answers judged per rule, the predictions, and the safety misses apart.
/// Pure: the command line reads and writes the file (`json`, `parse`).
public struct RehearsalProgress: Sendable, Equatable {
    public static let format = 1
    /// Sessions between a case's last attempt and its next, by box: 1, 2, 4, 8, 16.
    public static let intervals = [1, 2, 4, 8, 16]
    /// How many attempts a case's history keeps, latest last.
    static let historyLength = 20

    public struct CaseRecord: Sendable, Equatable {
        public var attempts = 0
        public var missed = 0
        public var safetyMisses = 0
        /// Leitner box, 1 to 5.
        public var box = 1
        /// The session of the latest attempt, counting from 1.
        public var lastSession = 0
        /// "+" right, "-" missed, oldest first.
        public var history = ""

        public init() {}
    }

    public struct Tally: Sendable, Equatable {
        public var answered = 0
        public var right = 0
        public init(answered: Int = 0, right: Int = 0) {
            self.answered = answered
            self.right = right
        }
    }

    public private(set) var sessions = 0
    public private(set) var cases: [String: CaseRecord] = [:]
    public private(set) var rules: [QuestionKey: Tally] = [:]
    public private(set) var predictions = Tally()
    public private(set) var safetyMisses = 0

    public init() {}

    public var isEmpty: Bool { sessions == 0 }

    /// The record after one more session with these attempts (replays included, in order).
    public func recording(session attempts: [RehearsalFeedback]) -> RehearsalProgress {
        guard !attempts.isEmpty else { return self }
        var next = self
        next.sessions += 1
        for feedback in attempts {
            var record = next.cases[feedback.caseID] ?? CaseRecord()
            record.attempts += 1
            if feedback.isMissed { record.missed += 1 }
            if feedback.isSafetyMiss { record.safetyMisses += 1; next.safetyMisses += 1 }
            record.box = feedback.isMissed ? 1 : min(Self.intervals.count, record.box + 1)
            record.lastSession = next.sessions
            record.history = String((record.history + (feedback.isMissed ? "-" : "+")).suffix(Self.historyLength))
            next.cases[feedback.caseID] = record
            next.predictions.answered += 1
            if feedback.predictionIsRight { next.predictions.right += 1 }
            for answer in feedback.answers {
                var tally = next.rules[answer.question] ?? Tally()
                tally.answered += 1
                if answer.isRight { tally.right += 1 }
                next.rules[answer.question] = tally
            }
        }
        return next
    }

    /// Whether a case seen before is due in the next session by its box.
    public func isDue(_ id: String) -> Bool {
        guard let record = cases[id] else { return false }
        let interval = Self.intervals[max(0, min(Self.intervals.count - 1, record.box - 1))]
        return sessions + 1 - record.lastSession >= interval
    }

    /// A run's cases with the due ones first (the lowest box first, then as given), then the rest
    /// as given: missed cases come back at the start of a later session.
    public func ordering(_ run: [PracticeCase]) -> [PracticeCase] {
        let due = run.enumerated().filter { isDue($0.element.id) }
            .sorted { (cases[$0.element.id]?.box ?? 1, $0.offset) < (cases[$1.element.id]?.box ?? 1, $1.offset) }.map(\.element)
        return due + run.filter { !isDue($0.id) }
    }

    // MARK: - The file

    /// The record as the progress file holds it: small, stable JSON.
    public var json: String {
        func tally(_ t: Tally) -> String { "{\"answered\": \(t.answered), \"right\": \(t.right)}" }
        var out = "{\n  \"format\": \(Self.format),\n  \"sessions\": \(sessions),\n  \"predictions\": \(tally(predictions)),\n"
        out += "  \"safetyMisses\": \(safetyMisses),\n  \"rules\": {"
        out += QuestionKey.allCases.compactMap { key in rules[key].map { "\n    \"\(key.rawValue)\": \(tally($0))" } }.joined(separator: ",")
        out += rules.isEmpty ? "},\n  \"cases\": {" : "\n  },\n  \"cases\": {"
        out += cases.keys.sorted().compactMap { id in
            cases[id].map { r in
                "\n    \"\(id)\": {\"attempts\": \(r.attempts), \"missed\": \(r.missed), \"safetyMisses\": \(r.safetyMisses), "
                    + "\"box\": \(r.box), \"lastSession\": \(r.lastSession), \"history\": \"\(r.history)\"}"
            }
        }.joined(separator: ",")
        out += cases.isEmpty ? "}\n}\n" : "\n  }\n}\n"
        return out
    }

    /// Why a progress file could not be read: one line.
    public struct Unreadable: Error, Sendable, Equatable, CustomStringConvertible {
        public let description: String
    }

    /// Reads a progress file; anything not as `json` writes it is refused with the reason.
    public static func parse(_ bytes: some Collection<UInt8>) throws(Unreadable) -> RehearsalProgress {
        let tree: JSONValue
        do throws(Diagnostic) { tree = try StrictJSON.parse(bytes) } catch { throw Unreadable(description: error.description) }
        func object(_ value: JSONValue?, _ name: String) throws(Unreadable) -> [String: JSONValue] {
            guard case .object(let fields)? = value else { throw Unreadable(description: "\(name) is not an object") }
            return fields
        }
        func whole(_ value: JSONValue?, _ name: String) throws(Unreadable) -> Int {
            guard case .number(let number)? = value, let whole = number.wholeValue, whole >= 0 else {
                throw Unreadable(description: "\(name) is not a whole number")
            }
            return whole
        }
        func tally(_ value: JSONValue?, _ name: String) throws(Unreadable) -> Tally {
            let fields = try object(value, name)
            let t = Tally(answered: try whole(fields["answered"], name + ".answered"), right: try whole(fields["right"], name + ".right"))
            guard t.right <= t.answered else { throw Unreadable(description: "\(name) has more right than answered") }
            return t
        }
        let top = try object(tree, "the file")
        guard try whole(top["format"], "format") == format else { throw Unreadable(description: "format is not \(format)") }
        var progress = RehearsalProgress()
        progress.sessions = try whole(top["sessions"], "sessions")
        progress.predictions = try tally(top["predictions"], "predictions")
        progress.safetyMisses = try whole(top["safetyMisses"], "safetyMisses")
        for (name, value) in try object(top["rules"], "rules") {
            guard let key = QuestionKey(rawValue: name) else { throw Unreadable(description: "rules.\(TerminalSafeName(name)) is not a question") }
            progress.rules[key] = try tally(value, "rules.\(name)")
        }
        for (id, value) in try object(top["cases"], "cases") {
            guard CaseLint.isKebabCase(id) else { throw Unreadable(description: "a case id is not kebab-case") }
            let fields = try object(value, "cases.\(id)")
            var record = CaseRecord()
            record.attempts = try whole(fields["attempts"], "cases.\(id).attempts")
            record.missed = try whole(fields["missed"], "cases.\(id).missed")
            record.safetyMisses = try whole(fields["safetyMisses"], "cases.\(id).safetyMisses")
            record.box = try whole(fields["box"], "cases.\(id).box")
            record.lastSession = try whole(fields["lastSession"], "cases.\(id).lastSession")
            guard case .string(let history)? = fields["history"], history.allSatisfy({ $0 == "+" || $0 == "-" }),
                  history.count <= historyLength, (1...intervals.count).contains(record.box) else {
                throw Unreadable(description: "cases.\(id) is not a case record")
            }
            record.history = history
            progress.cases[id] = record
        }
        return progress
    }

    /// A name from the file, shortened and stripped of anything but letters, for a message.
    private static func TerminalSafeName(_ name: String) -> String {
        String(name.filter { $0.isASCII && ($0.isLetter || $0.isNumber) }.prefix(40))
    }
}
