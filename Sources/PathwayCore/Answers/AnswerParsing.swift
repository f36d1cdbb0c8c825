import TextLayout

/// Answers as read from JSON: one object, or an array of them.
public enum AnswerInput: Sendable, Equatable {
    case single(Answers)
    case batch([Answers])

    public var all: [Answers] {
        switch self {
        case .single(let answers): return [answers]
        case .batch(let list): return list
        }
    }
}

/// Reads answers from JSON with the keys and values of PATHWAY.md. Every key present is
/// validated whether or not the path reaches it; an unknown key is an error, and so is a
/// missing answer the path reaches. In a batch, the first bad element in order is reported.
public struct AnswerParser: Sendable {
    public let rules: PathwayRules
    var thresholds: PathwayDocument.Thresholds { rules.thresholds }

    public init(rules: PathwayRules) { self.rules = rules }

    /// Reads a batch element by element: each element's tree is turned into answers and
    /// dropped as soon as it is read, so memory follows the input, not a tree of all of it.
    /// Errors are as if the whole input were read first: a syntax error anywhere, else the
    /// first bad element.
    public func parse(json bytes: some Collection<UInt8>) throws(Diagnostic) -> AnswerInput {
        var list: [Answers] = []
        var firstBadElement: Diagnostic?
        let read = try StrictJSON.parse(bytes) { index, element in
            guard firstBadElement == nil else { return }
            guard case .object(let fields) = element else {
                firstBadElement = Diagnostic(location: "[\(index)]", message: "expected an object of answers, got \(element.typeName)")
                return
            }
            do throws(Diagnostic) {
                list.append(try answers(from: fields, at: "[\(index)]"))
            } catch {
                firstBadElement = error
            }
        }
        switch read {
        case .array:
            if let firstBadElement { throw firstBadElement }
            return .batch(list)
        case .value(.object(let fields)):
            return .single(try answers(from: fields, at: ""))
        case .value(let value):
            throw Diagnostic(location: "", message: "expected an object of answers or an array of them, got \(value.typeName)")
        }
    }

    /// One line of NDJSON input, numbered from 1: one object of answers. Errors name the line
    /// first (`line 3: mri: ...`). Nil for a line of only white space, which is skipped.
    public func parse(line bytes: some Collection<UInt8>, number: Int) throws(Diagnostic) -> Answers? {
        // A line of white space, or only a byte order mark and white space, holds no answer set.
        let mark = bytes.starts(with: StrictJSON.byteOrderMark) ? StrictJSON.byteOrderMark.count : 0
        guard bytes.dropFirst(mark).contains(where: { !Self.isWhitespace($0) }) else { return nil }
        func onLine(_ error: Diagnostic) -> Diagnostic {
            Diagnostic(location: error.location.isEmpty ? "line \(number)" : "line \(number): \(error.location)", message: error.message)
        }
        do throws(Diagnostic) {
            switch try StrictJSON.parse(line: bytes) {
            case .object(let fields): return try answers(from: fields, at: "")
            case let value: throw Diagnostic(location: "", message: "expected an object of answers, got \(value.typeName)")
            }
        } catch {
            throw onLine(error)
        }
    }

    /// JSON's white space; a line of nothing else holds no answer set.
    static func isWhitespace(_ byte: UInt8) -> Bool { byte == 0x20 || byte == 0x09 || byte == 0x0D || byte == 0x0A }

    /// One object of answers; `prefix` is its position in a batch ("" alone).
    public func answers(from fields: [String: JSONValue], at prefix: String) throws(Diagnostic) -> Answers {
        func at(_ key: String) -> String { prefix.isEmpty ? key : "\(prefix).\(key)" }
        let known = QuestionKey.allCases.map(\.rawValue)
        if let unknown = fields.keys.sorted().first(where: { !known.contains($0) }) {
            throw Diagnostic(location: at(TerminalSafe.excerpt(unknown)), message: "unknown key; expected one of \(known.joined(separator: ", "))")
        }
        var answers = Answers()
        for key in QuestionKey.allCases {
            guard let value = fields[key.rawValue] else { continue }
            if let message = assign(value, to: key, in: &answers) {
                throw Diagnostic(location: at(key.rawValue), message: message)
            }
        }
        if case .ask(let needed) = rules.route(for: answers).end {
            throw MissingAnswer(key: needed).diagnostic(at: prefix.isEmpty ? "" : prefix + ".")
        }
        return answers
    }

    /// Sets `key` from `value`, or says what is wrong with it.
    private func assign(_ value: JSONValue, to key: QuestionKey, in answers: inout Answers) -> String? {
        switch key {
        case .redFlags: return set(value, key) { answers.redFlags = $0 }
        case .therapiesTried: return set(value, key) { answers.therapiesTried = $0 }
        case .severeRadicularPain: return one(value, key) { answers.severeRadicularPain = $0 }
        case .symptomsPersist: return one(value, key) { answers.symptomsPersist = $0 }
        case .mri: return one(value, key) { answers.mri = $0 }
        case .correlation: return one(value, key) { answers.correlation = $0 }
        case .willingToConsiderSurgery: return one(value, key) { answers.willingToConsiderSurgery = $0 }
        case .weeksOfConservativeCare:
            let range = "a whole number from 0 to \(thresholds.maximumWeeks)"
            // 9, 9.0 and 0.9e1 are all nine weeks; the error echoes the number as written.
            switch value {
            case .number(let number):
                guard let weeks = number.wholeValue, (0...thresholds.maximumWeeks).contains(weeks) else {
                    return "must be \(range), got \(TerminalSafe.excerpt(number.literal))"
                }
                answers.weeksOfConservativeCare = weeks
                return nil
            case .null, .bool, .string, .array, .object:
                return "must be \(range), got \(value.typeName)"
            }
        }
    }

    private func unknownValue(_ text: String, _ key: QuestionKey) -> String {
        "unknown value \"\(TerminalSafe.excerpt(text))\"; expected one of \(key.allowedValues.joined(separator: ", "))"
    }

    private func one<V: RawRepresentable<String>>(_ value: JSONValue, _ key: QuestionKey, _ store: (V) -> Void) -> String? {
        guard case .string(let text) = value else {
            return "expected a string (one of \(key.allowedValues.joined(separator: ", "))), got \(value.typeName)"
        }
        guard let parsed = V(rawValue: text) else { return unknownValue(text, key) }
        store(parsed)
        return nil
    }

    private func set<V: RawRepresentable<String> & Hashable>(_ value: JSONValue, _ key: QuestionKey, _ store: (Set<V>) -> Void) -> String? {
        guard case .array(let elements) = value else {
            return "expected an array of strings ([] for none), got \(value.typeName)"
        }
        var result: Set<V> = []
        for element in elements {
            guard case .string(let text) = element else {
                return "expected an array of strings, found \(element.typeName)"
            }
            guard let parsed = V(rawValue: text) else { return unknownValue(text, key) }
            if !result.insert(parsed).inserted { return "\"\(TerminalSafe.excerpt(text))\" is listed twice" }
        }
        store(result)
        return nil
    }
}

extension Pathway {
    /// Decides every answer set (the parser has already checked each is complete), failing the
    /// whole batch on the first set that misses an answer its path needs.
    public func decideAll(_ input: AnswerInput) throws(Diagnostic) -> [Decision] {
        var decisions: [Decision] = []
        for (index, answers) in input.all.enumerated() {
            do {
                decisions.append(try rules.decide(answers))
            } catch {
                let prefix: String
                if case .batch = input { prefix = "[\(index)]." } else { prefix = "" }
                throw error.diagnostic(at: prefix)
            }
        }
        return decisions
    }
}
