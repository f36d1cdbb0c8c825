/// Pathway content that has been decoded and passed lint: every lookup below succeeds.
public struct Pathway: Sendable {
    public let document: PathwayDocument
    public let rules: PathwayRules

    private let questionsByKey: [QuestionKey: PathwayDocument.QuestionContent]
    private let tiersByID: [TierID: PathwayDocument.TierContent]
    private let criteriaByID: [CriterionID: PathwayDocument.CriterionContent]
    private let reasonsByID: [ReasonID: PathwayDocument.ReasonContent]
    private let referencesByNumber: [Int: PathwayDocument.Reference]

    /// Content already read and linted: the `load` below, or the content compiled at build time.
    package init(document: PathwayDocument) {
        self.document = document
        rules = PathwayRules(thresholds: document.thresholds)
        questionsByKey = Self.index(document.questions) { QuestionKey(rawValue: $0.key) }
        tiersByID = Self.index(document.tiers) { TierID(rawValue: $0.id) }
        criteriaByID = Self.index(document.criteria) { CriterionID(rawValue: $0.id) }
        reasonsByID = Self.index(document.reasons) { ReasonID(rawValue: $0.id) }
        referencesByNumber = Self.index(document.references) { $0.number }
    }

    private static func index<Key: Hashable, Value>(_ values: [Value], by key: (Value) -> Key?) -> [Key: Value] {
        var result: [Key: Value] = [:]
        for value in values { if let k = key(value), result[k] == nil { result[k] = value } }
        return result
    }

    public var thresholds: PathwayDocument.Thresholds { document.thresholds }
    public var meta: PathwayDocument.Meta { document.meta }

    public func question(_ key: QuestionKey) -> PathwayDocument.QuestionContent? { questionsByKey[key] }
    public func tier(_ id: TierID) -> PathwayDocument.TierContent? { tiersByID[id] }
    public func criterion(_ id: CriterionID) -> PathwayDocument.CriterionContent? { criteriaByID[id] }
    public func reason(_ id: ReasonID) -> PathwayDocument.ReasonContent? { reasonsByID[id] }
    public func reference(_ number: Int) -> PathwayDocument.Reference? { referencesByNumber[number] }

    /// The label of one answer value of a choice question, in `audience`'s wording.
    public func optionLabel(_ key: QuestionKey, _ value: String, _ audience: Audience) -> String {
        question(key)?.options?.first { $0.value == value }?.label.text(audience) ?? value
    }

    /// One answer value as the review and the chart note name it: its option's answer label
    /// where it has one (a value another option also counts as), else its label.
    public func answerLabel(_ key: QuestionKey, _ value: String, _ audience: Audience) -> String {
        guard let option = question(key)?.options?.first(where: { $0.value == value }) else { return value }
        return (option.answerLabel ?? option.label).text(audience)
    }

    /// Reads and lints content. The built-in file (in `make test` and `discpath lint`) and a
    /// `--pathway` file go through the same checks: the strict JSON reader (line and column,
    /// duplicate keys, depth, UTF-8, a leading byte order mark skipped), decoding with named
    /// types, then lint, fields nothing reads and unsafe or overlong texts included. Without
    /// `lint`, only reading and decoding. The built-in content is read and linted this way at
    /// build time, and compiled into the program (the BuiltInContent module).
    public static func load(json bytes: some Collection<UInt8>, lint: Bool = true) throws(PathwayLoadError) -> Pathway {
        let document: PathwayDocument
        let unknownFields: [ContentDecoder.UnknownField]
        let tree: JSONValue
        do throws(Diagnostic) {
            tree = try StrictJSON.parse(bytes)
            // The thresholds first, so every text can be filled from them as it is decoded.
            var userInfo: [CodingUserInfoKey: Any] = [:]
            if let (found, _) = try? ContentDecoder.decode(ThresholdsOnly.self, from: tree) {
                userInfo[Wording.placeholderValuesKey] = found.thresholds.placeholderValues
            }
            (document, unknownFields) = try ContentDecoder.decode(PathwayDocument.self, from: tree, userInfo: userInfo)
        } catch {
            throw .malformed(error.description)
        }
        if lint {
            let problems = PathwayLint.textProblems(in: tree)
                + PathwayLint.unknownFieldProblems(unknownFields)
                + PathwayLint.problems(in: document)
            if !problems.isEmpty { throw .invalid(problems) }
        }
        return Pathway(document: document)
    }
}

private struct ThresholdsOnly: Decodable {
    let thresholds: PathwayDocument.Thresholds
}

extension PathwayDocument.Thresholds {
    /// Every threshold by its name in the content file, in the file's order.
    public var named: [(name: String, weeks: Int)] {
        [("primaryCareWeeks", primaryCareWeeks), ("surgeonMinimumWeeks", surgeonMinimumWeeks),
         ("overdueWeeks", overdueWeeks), ("maximumWeeks", maximumWeeks)]
    }

    /// The placeholder names content texts may use for the thresholds, with their values.
    public var placeholderValues: [String: String] {
        var values = Dictionary(uniqueKeysWithValues: named.map { ($0.name, String($0.weeks)) })
        values["overdueMonths"] = String(Self.wholeMonths(overdueWeeks))
        return values
    }

    /// Weeks as the nearest whole number of months (13 weeks: 3 months), without overflow.
    static func wholeMonths(_ weeks: Int) -> Int {
        let clamped = min(max(weeks, 0), 1_000_000)
        return (clamped * 12 + 26) / 52
    }
}

/// Why content could not be used.
public enum PathwayLoadError: Error, Sendable, Equatable {
    /// Not JSON, or JSON of the wrong shape; the text says where, in one line.
    case malformed(String)
    /// Decoded, but lint found problems.
    case invalid([LintProblem])
}

/// One line describing a decoding error, naming the path to the field where there is one.
func describe(_ error: any Error) -> String {
    func path(_ context: DecodingError.Context) -> String {
        var text = ""
        for key in context.codingPath {
            if let index = key.intValue { text += "[\(index)]" } else { text += (text.isEmpty ? "" : ".") + key.stringValue }
        }
        return text.isEmpty ? "top level" : text
    }
    let text: String
    switch error as? DecodingError {
    case .dataCorrupted(let context)?:
        var detail = context.debugDescription
        if let underlying = context.underlyingError { detail += " " + String(describing: underlying) }
        text = context.codingPath.isEmpty ? "not valid JSON: \(detail)" : "\(path(context)): \(detail)"
    case .keyNotFound(let key, let context)?:
        let prefix = context.codingPath.isEmpty ? "" : path(context) + "."
        text = "\(prefix)\(key.stringValue): missing"
    case .typeMismatch(let type, let context)?:
        text = "\(path(context)): expected \(jsonTypeName(type))"
    case .valueNotFound(let type, let context)?:
        text = "\(path(context)): expected \(jsonTypeName(type)), got null"
    default:
        text = String(describing: error)
    }
    return text.split(whereSeparator: \.isNewline).joined(separator: " ")
}

private func jsonTypeName(_ type: Any.Type) -> String {
    switch type {
    case is String.Type: return "a string"
    case is Int.Type, is Double.Type: return "a number"
    case is Bool.Type: return "true or false"
    default:
        let name = String(describing: type)
        if name.hasPrefix("Array") { return "an array" }
        if name.hasPrefix("Dictionary") || name.hasPrefix("Wording") { return "an object" }
        return "an object"
    }
}
