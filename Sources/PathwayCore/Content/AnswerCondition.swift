/// A condition on the answers, written in the content: every question named must satisfy its
/// test. Single-choice answers are tested with `is` / `isNot`, checklists with `includes` /
/// `includesAny` / `excludes`, and any question with `given` (answered, or not). An unanswered
/// question fails `is`, `includes` and `includesAny` and passes `isNot` and `excludes`: an
/// action that needs a fact is not shown without it, one that a fact would rule out is shown
/// until the fact is given; `given: false` picks the wording for a fact that was not asked.
public struct AnswerCondition: Sendable, Decodable, Equatable {
    /// The tests, keyed by answer key as the content writes it (so lint can name a misspelt key).
    public let tests: [String: AnswerTest]

    public init(tests: [String: AnswerTest]) { self.tests = tests }

    public init(from decoder: any Decoder) throws {
        tests = try decoder.singleValueContainer().decode([String: AnswerTest].self)
    }

    /// Whether `answers` satisfy every test. A test naming an unknown key never holds.
    public func holds(for answers: Answers) -> Bool {
        tests.allSatisfy { name, test in
            guard let key = QuestionKey(rawValue: name) else { return false }
            return test.holds(for: answers.values(for: key))
        }
    }
}

/// The test on one answer.
public struct AnswerTest: Sendable, Decodable, Equatable {
    /// The single-choice answer is one of these.
    public let `is`: [String]?
    /// The single-choice answer is none of these, or not given.
    public let isNot: [String]?
    /// The checklist holds every one of these.
    public let includes: [String]?
    /// The checklist holds at least one of these.
    public let includesAny: [String]?
    /// The checklist holds none of these, or was not given.
    public let excludes: [String]?
    /// The question was answered (true) or not (false).
    public let given: Bool?

    public init(is: [String]? = nil, isNot: [String]? = nil, includes: [String]? = nil, includesAny: [String]? = nil,
                excludes: [String]? = nil, given: Bool? = nil) {
        self.is = `is`
        self.isNot = isNot
        self.includes = includes
        self.includesAny = includesAny
        self.excludes = excludes
        self.given = given
    }

    /// Every value the test names, for lint.
    public var values: [String] { (self.is ?? []) + (isNot ?? []) + (includes ?? []) + (includesAny ?? []) + (excludes ?? []) }

    /// Whether the test is written for a checklist (rather than a single choice).
    public var testsChecklist: Bool { includes != nil || includesAny != nil || excludes != nil }
    public var testsSingleChoice: Bool { self.is != nil || isNot != nil }

    func holds(for given: [String]?) -> Bool {
        if let answered = self.given, answered != (given != nil) { return false }
        if let wanted = self.is {
            guard let given, given.count == 1, wanted.contains(given[0]) else { return false }
        }
        if let unwanted = isNot, let given, given.contains(where: unwanted.contains) { return false }
        if let wanted = includes {
            guard let given, wanted.allSatisfy(given.contains) else { return false }
        }
        if let wanted = includesAny {
            guard let given, given.contains(where: wanted.contains) else { return false }
        }
        if let unwanted = excludes, let given, given.contains(where: unwanted.contains) { return false }
        return true
    }
}

extension AnswerCondition: CustomStringConvertible {
    /// The condition in one line, its questions in the pathway's order: `mri isNot
    /// rootCompression, noRootCompression; therapiesTried excludes painSpecialist`.
    public var description: String {
        func order(_ name: String) -> Int { QuestionKey(rawValue: name)?.position ?? QuestionKey.count }
        let names = tests.keys.sorted { (order($0), $0) < (order($1), $1) }
        return names.map { name in
            let test = tests[name] ?? AnswerTest()
            let parts: [(String, [String]?)] = [("is", test.is), ("isNot", test.isNot), ("includes", test.includes),
                                                ("includesAny", test.includesAny), ("excludes", test.excludes)]
            return parts.compactMap { verb, values in values.map { "\(name) \(verb) \($0.joined(separator: ", "))" } }
                .joined(separator: " and ")
        }.joined(separator: "; ")
    }
}
