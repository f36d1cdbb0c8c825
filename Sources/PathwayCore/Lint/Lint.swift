
/// Checks pathway content: every id the rules need is there once, every text is present for
/// every audience or falls back explicitly, every citation resolves to a reference, and the
/// rules with these thresholds reach every question and every tier, and end every path in a tier.
public enum PathwayLint {
    public static let supportedFormat = 2
    /// Ten years: the largest `maximumWeeks` content may set.
    public static let largestMaximumWeeks = 520

    public static func problems(in document: PathwayDocument) -> [LintProblem] {
        var checker = Checker(document: document)
        checker.run()
        return checker.problems
    }

    private struct Checker {
        let document: PathwayDocument
        var problems: [LintProblem] = []
        let referenceNumbers: Set<Int>

        init(document: PathwayDocument) {
            self.document = document
            referenceNumbers = Set(document.references.map(\.number))
        }

        mutating func problem(_ location: String, _ message: String) {
            problems.append(LintProblem(location, message))
        }

        mutating func run() {
            if document.format != PathwayLint.supportedFormat {
                problem("format", "is \(document.format); this program reads format \(PathwayLint.supportedFormat)")
            }
            checkMeta()
            checkThresholds()
            checkReferences()
            checkAudiences()
            checkQuestions()
            checkIDs(document.tiers.map(\.id), expected: TierID.allCases.map(\.rawValue), in: "tiers")
            for tier in document.tiers { checkTier(tier) }
            checkIDs(document.criteria.map(\.id), expected: CriterionID.allCases.map(\.rawValue), in: "criteria")
            for criterion in document.criteria {
                let at = "criteria[\(criterion.id)]"
                wording(criterion.label, at + ".label")
                citations(criterion.citations, at)
                if let reading = criterion.reading { wording(reading, at + ".reading") }
            }
            checkReasons()
            checkApplicable(document.pitfalls, "pitfalls")
            checkApplicable(document.evidence, "evidence")
            if thresholdsInRange { checkReachability() }
        }

        mutating func checkMeta() {
            let meta = document.meta
            for (name, value) in [("title", meta.title), ("source", meta.source), ("reviewStatus", meta.reviewStatus),
                                  ("contentVersion", meta.contentVersion)] where value.trimmed.isEmpty {
                problem("meta.\(name)", "is empty")
            }
            if !isISODate(meta.lastUpdated) { problem("meta.lastUpdated", "\"\(meta.lastUpdated)\" is not a real date as YYYY-MM-DD") }
            if meta.disclaimer.trimmed.isEmpty { problem("meta.disclaimer", "is empty") }
            wording(meta.plainDisclaimer, "meta.plainDisclaimer")
            wording(meta.banner, "meta.banner")
        }

        /// Every name in an `audiences` list is an audience, and the list names at least one.
        mutating func audiences(_ names: [String]?, _ at: String) {
            guard let names else { return }
            if names.isEmpty { problem(at, "names no audience; leave \"audiences\" out for every audience") }
            for name in names where Audience(rawValue: name) == nil {
                problem(at, "unknown audience \"\(name)\"; expected clinician, patient or trainee")
            }
        }

        /// Whether the thresholds are within bounds, so the rules can be walked without overflow.
        var thresholdsInRange: Bool {
            let t = document.thresholds
            return (1...PathwayLint.largestMaximumWeeks).contains(t.maximumWeeks)
                && [t.primaryCareWeeks, t.surgeonMinimumWeeks, t.overdueWeeks].allSatisfy { (0...t.maximumWeeks + 1).contains($0) }
        }

        mutating func checkThresholds() {
            let t = document.thresholds
            if !(1...PathwayLint.largestMaximumWeeks).contains(t.maximumWeeks) {
                problem("thresholds.maximumWeeks", "is \(t.maximumWeeks); must be from 1 to \(PathwayLint.largestMaximumWeeks)")
                return
            }
            for (name, value) in [("primaryCareWeeks", t.primaryCareWeeks), ("surgeonMinimumWeeks", t.surgeonMinimumWeeks),
                                  ("overdueWeeks", t.overdueWeeks)] where !(0...t.maximumWeeks + 1).contains(value) {
                problem("thresholds.\(name)", "is \(value); must be from 0 to \(t.maximumWeeks + 1)")
            }
            if t.primaryCareWeeks > t.surgeonMinimumWeeks {
                problem("thresholds", "primaryCareWeeks (\(t.primaryCareWeeks)) is after surgeonMinimumWeeks (\(t.surgeonMinimumWeeks))")
            }
        }

        mutating func checkReferences() {
            if document.references.isEmpty { problem("references", "there are no references") }
            var seen: Set<Int> = []
            for (i, reference) in document.references.enumerated() {
                if !seen.insert(reference.number).inserted { problem("references[\(i)]", "number \(reference.number) appears twice") }
                if reference.number < 1 { problem("references[\(i)]", "number must be 1 or more") }
                if reference.text.trimmed.isEmpty { problem("references[\(i)].text", "is empty") }
            }
        }

        mutating func checkAudiences() {
            checkIDs(document.audiences.map(\.id), expected: Audience.allCases.map(\.rawValue), in: "audiences")
            for audience in document.audiences {
                wording(audience.label, "audiences[\(audience.id)].label")
                wording(audience.description, "audiences[\(audience.id)].description")
            }
            let question = document.audienceQuestion
            wording(question.title, "audienceQuestion.title")
            wording(question.prompt, "audienceQuestion.prompt")
            wording(question.help, "audienceQuestion.help")
        }

        mutating func checkQuestions() {
            let keys = document.questions.map(\.key)
            checkIDs(keys, expected: QuestionKey.allCases.map(\.rawValue), in: "questions")
            let known = keys.compactMap(QuestionKey.init(rawValue:))
            if known.count == keys.count, Set(known).count == known.count, known != known.sorted() {
                problem("questions", "are not in the pathway's order (\(QuestionKey.allCases.map(\.rawValue).joined(separator: ", ")))")
            }
            for question in document.questions {
                let at = "questions[\(question.key)]"
                wording(question.title, at + ".title")
                wording(question.prompt, at + ".prompt")
                if question.help.isEmpty { problem(at + ".help", "a question needs help text") }
                for (i, help) in question.help.enumerated() { statement(help, "\(at).help[\(i)]") }
                for (i, note) in (question.notes ?? []).enumerated() { wording(note, "\(at).notes[\(i)]") }
                guard let key = QuestionKey(rawValue: question.key) else { continue }
                if question.kind != key.kind.rawValue {
                    problem(at + ".kind", "is \"\(question.kind)\"; \(key.rawValue) is answered as \(key.kind.rawValue)")
                }
                checkOptions(question, key: key, at: at)
            }
        }

        mutating func checkOptions(_ question: PathwayDocument.QuestionContent, key: QuestionKey, at: String) {
            let options = question.options ?? []
            if key.kind == .weeks {
                if !options.isEmpty { problem(at + ".options", "the weeks question takes a number, not options") }
                return
            }
            let values = options.filter { $0.meansNone != true && $0.countsAs == nil }.map(\.value)
            checkIDs(values, expected: key.allowedValues, in: at + ".options")
            for option in options where option.countsAs != nil {
                let place = "\(at).options[\(option.value)]"
                if let counted = option.countsAs, !key.allowedValues.contains(counted) {
                    problem(place + ".countsAs", "unknown value \"\(counted)\"; expected one of \(key.allowedValues.joined(separator: ", "))")
                }
                if key.allowedValues.contains(option.value) || options.filter({ $0.value == option.value }).count > 1 {
                    problem(place, "an option that counts as another needs a value of its own, not an answer value")
                }
                if option.meansNone == true { problem(place, "\"countsAs\" and \"meansNone\" cannot go together") }
            }
            let noneOptions = options.filter { $0.meansNone == true }
            if key.kind == .multiSelect, noneOptions.count != 1 {
                problem(at + ".options", "a checklist needs exactly one \"meansNone\" option, so none is chosen explicitly")
            }
            if key.kind == .singleSelect, !noneOptions.isEmpty {
                problem(at + ".options", "\"meansNone\" is only for checklists")
            }
            for option in options {
                audiences(option.audiences, "\(at).options[\(option.value)].audiences")
                if let answerLabel = option.answerLabel { wording(answerLabel, "\(at).options[\(option.value)].answerLabel") }
                wording(option.label, "\(at).options[\(option.value)].label")
                for (i, help) in (option.help ?? []).enumerated() { statement(help, "\(at).options[\(option.value)].help[\(i)]") }
            }
        }

        mutating func checkReasons() {
            checkIDs(document.reasons.map(\.id), expected: ReasonID.allCases.map(\.rawValue), in: "reasons")
            for reason in document.reasons {
                let at = "reasons[\(reason.id)]"
                let own = ReasonID(rawValue: reason.id)?.placeholders ?? []
                wording(reason.text, at + ".text", placeholders: own)
                citations(reason.citations, at)
                if let reading = reason.reading { wording(reading, at + ".reading", placeholders: own) }
                for (i, variant) in (reason.readingWhen ?? []).enumerated() {
                    wording(variant.text, "\(at).readingWhen[\(i)].text", placeholders: own)
                    condition(variant.when, "\(at).readingWhen[\(i)].when")
                }
            }
        }

        mutating func checkApplicable(_ statements: [PathwayDocument.ApplicableStatement], _ section: String) {
            var seen: Set<String> = []
            for item in statements {
                let at = "\(section)[\(item.id)]"
                if !seen.insert(item.id).inserted { problem(at, "id appears twice") }
                wording(item.text, at + ".text")
                citations(item.citations, at)
                if let reading = item.reading { wording(reading, at + ".reading") }
                for (field, ids) in [("withReason", item.withReason), ("withoutReason", item.withoutReason)] {
                    for id in ids ?? [] where ReasonID(rawValue: id) == nil {
                        problem("\(at).\(field)", "unknown reason \"\(id)\"")
                    }
                }
                if item.appliesTo.isEmpty { problem(at + ".appliesTo", "names no tier") }
                for tier in item.appliesTo where TierID(rawValue: tier) == nil {
                    problem(at + ".appliesTo", "unknown tier \"\(tier)\"")
                }
            }
        }

        /// Walks the intake's whole answer space with these thresholds and this content's answers.
        mutating func checkReachability() {
            var asked: Set<QuestionKey> = []
            var tiers: Set<TierID> = []
            var withoutActions: Set<TierID> = []
            let rules = PathwayRules(thresholds: document.thresholds)
            let dangling = AnswerSpace([document], weekClasses: true).forEach { leaf in
                let answers = leaf.answers
                let route = rules.route(for: answers)
                guard case .decided(let tier) = route.end else { return }
                tiers.insert(tier)
                asked.formUnion(route.answered)
                let actions = document.tiers.first { $0.id == tier.rawValue }?.actions ?? []
                if !actions.isEmpty, !actions.contains(where: { $0.when?.holds(for: answers) ?? true }),
                   withoutActions.insert(tier).inserted {
                    problem("tiers[\(tier.rawValue)].actions", "no action applies to some answers that reach this tier (for example \(Self.describe(answers)))")
                }
            }
            if dangling > 0 { problem("rules", "a path stops at a question that has no possible answer, so it never ends in a tier") }
            for key in QuestionKey.allCases where !asked.contains(key) {
                problem("questions[\(key.rawValue)]", "is never asked with these thresholds")
            }
            for tier in TierID.allCases where !tiers.contains(tier) {
                problem("tiers[\(tier.rawValue)]", "is never reached with these thresholds")
            }
        }

        mutating func checkIDs(_ ids: [String], expected: [String], in section: String) {
            var seen: Set<String> = []
            for id in ids {
                if !seen.insert(id).inserted { problem("\(section)[\(id)]", "appears twice") }
                if !expected.contains(id) { problem("\(section)[\(id)]", "unknown id; expected one of \(expected.joined(separator: ", "))") }
            }
            for id in expected where !seen.contains(id) { problem("\(section)[\(id)]", "is missing") }
        }

        mutating func statement(_ statement: PathwayDocument.Statement, _ at: String) {
            wording(statement.text, at + ".text")
            citations(statement.citations, at)
        }

        mutating func citations(_ numbers: [Int], _ at: String) {
            if numbers.isEmpty { problem(at + ".citations", "every clinical statement needs at least one citation") }
            for number in numbers where !referenceNumbers.contains(number) {
                problem(at + ".citations", "[\(number)] does not resolve to a reference entry")
            }
        }

        mutating func checkTier(_ tier: PathwayDocument.TierContent) {
            let at = "tiers[\(tier.id)]"
            wording(tier.title, at + ".title")
            if tier.actions.isEmpty { problem(at + ".actions", "a tier needs at least one action") }
            var ids: Set<String> = []
            for action in tier.actions {
                let place = "\(at).actions[\(action.id)]"
                if action.id.trimmed.isEmpty { problem(place + ".id", "is empty") }
                if !ids.insert(action.id).inserted { problem(place, "id appears twice in this tier") }
                wording(action.text, place + ".text")
                audiences(action.audiences, place + ".audiences")
                if action.ownAdvice == true {
                    // This program's own advice is never cited, and its text is the reading.
                    if !action.citations.isEmpty { problem(place + ".citations", "this program's own advice carries no citation") }
                    if action.reading != nil { problem(place + ".reading", "this program's own advice is its text; it takes no reading") }
                } else {
                    citations(action.citations, place)
                }
                if let reading = action.reading { wording(reading, place + ".reading") }
                if let when = action.when { condition(when, place + ".when") }
            }
        }

        /// Every test names a real question, a test that fits how it is answered, and real values.
        mutating func condition(_ condition: AnswerCondition, _ at: String) {
            if condition.tests.isEmpty { problem(at, "names no question; leave \"when\" out for always") }
            for (name, test) in condition.tests.sorted(by: { $0.key < $1.key }) {
                let place = "\(at).\(name)"
                guard let key = QuestionKey(rawValue: name) else {
                    problem(place, "unknown answer key; expected one of \(QuestionKey.allCases.map(\.rawValue).joined(separator: ", "))")
                    continue
                }
                switch key.kind {
                case .weeks:
                    problem(place, "the weeks cannot be tested here; conditions take choice answers")
                    continue
                case .singleSelect:
                    if test.testsChecklist { problem(place, "a single choice is tested with \"is\" or \"isNot\"") }
                case .multiSelect:
                    if test.testsSingleChoice { problem(place, "a checklist is tested with \"includes\", \"includesAny\" or \"excludes\"") }
                }
                if test.values.isEmpty, test.given == nil { problem(place, "names no value") }
                for value in test.values where !key.allowedValues.contains(value) {
                    problem(place, "unknown value \"\(value)\"; expected one of \(key.allowedValues.joined(separator: ", "))")
                }
            }
        }

        static func describe(_ answers: Answers) -> String {
            let parts = QuestionKey.allCases.compactMap { key in
                answers.values(for: key).map { "\(key.rawValue)=[\($0.joined(separator: ","))]" }
            }
            return parts.joined(separator: " ")
        }

        /// The threshold placeholders every text may use, and their values.
        var thresholdValues: [String: String] { document.thresholds.placeholderValues }

        /// Checks the texts as written: known placeholders only, and no threshold stated as a bare
        /// number (it would not follow a change of the threshold).
        mutating func checkWritten(_ text: String, _ at: String, placeholders own: Set<String>) {
            for name in Template.placeholders(in: text) where thresholdValues[name] == nil && !own.contains(name) {
                let usable = (own.sorted() + thresholdValues.keys.sorted()).map { "{\($0)}" }.joined(separator: ", ")
                problem(at, "unknown placeholder {\(name)}; texts here can use \(usable)")
            }
            let numbers = Self.bareNumbers(in: text)
            for (name, value) in thresholdValues.sorted(by: { $0.key < $1.key }) where name.hasSuffix("Weeks") {
                if numbers.contains(value) {
                    problem(at, "states the threshold \(value) as a bare number; write {\(name)} so it follows the thresholds")
                }
            }
        }

        /// The runs of digits in `text` outside placeholders.
        static func bareNumbers(in text: String) -> Set<String> {
            var numbers: Set<String> = []
            var run = ""
            var inPlaceholder = false
            for character in text {
                if character == "{" { inPlaceholder = true }
                if character == "}" { inPlaceholder = false }
                if !inPlaceholder, character.isASCII, character.isNumber {
                    run.append(character)
                } else {
                    if !run.isEmpty { numbers.insert(run) }
                    run = ""
                }
            }
            if !run.isEmpty { numbers.insert(run) }
            return numbers
        }

        mutating func wording(_ wording: Wording, _ at: String, placeholders own: Set<String> = []) {
            for (name, entry) in wording.entries.sorted(by: { $0.key < $1.key }) {
                if case .text(let text) = entry { checkWritten(text, "\(at).\(name)", placeholders: own) }
            }
            for key in wording.entries.keys.sorted() where Audience(rawValue: key) == nil {
                problem("\(at).\(key)", "unknown audience; expected clinician, patient or trainee")
            }
            for audience in Audience.allCases {
                switch wording.entries[audience.rawValue] {
                case nil:
                    problem("\(at).\(audience.rawValue)", "no wording and no explicit fallback ({\"sameAs\": \"clinician\"})")
                case .sameAs(let other)?:
                    if Audience(rawValue: other) == nil {
                        problem("\(at).\(audience.rawValue)", "falls back to unknown audience \"\(other)\"")
                    } else if wording.resolved(for: audience) == nil {
                        problem("\(at).\(audience.rawValue)", "its fallbacks never reach any wording")
                    }
                case .text(let text)?:
                    if text.trimmed.isEmpty { problem("\(at).\(audience.rawValue)", "is empty") }
                }
            }
        }

        func isISODate(_ text: String) -> Bool { PathwayLint.isCalendarDate(text) }
    }
}

extension String {
    var trimmed: Substring {
        let start = firstIndex { !$0.isWhitespace } ?? endIndex
        let end = lastIndex { !$0.isWhitespace }.map(index(after:)) ?? endIndex
        return start < end ? self[start..<end] : ""
    }
}

extension PathwayLint {
    /// Whether `text` is a day that exists, as YYYY-MM-DD: digits only, a month from 01 to 12,
    /// a day within that month's length (29 February only in a leap year). "2026-02-30" is not.
    static func isCalendarDate(_ text: String) -> Bool {
        let parts = text.split(separator: "-", omittingEmptySubsequences: false)
        guard parts.count == 3, parts[0].count == 4, parts[1].count == 2, parts[2].count == 2,
              parts.allSatisfy({ $0.allSatisfy { ("0"..."9").contains($0) } }),
              let year = Int(parts[0]), let month = Int(parts[1]), let day = Int(parts[2]),
              (1...12).contains(month) else { return false }
        let leap = year % 4 == 0 && (year % 100 != 0 || year % 400 == 0)
        let lengths = [31, leap ? 29 : 28, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31]
        return (1...lengths[month - 1]).contains(day)
    }
}
