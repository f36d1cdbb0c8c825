/// Checks practice cases against a pathway: ids stable and unique, every text present, the
/// answers valid by the same parser as `discpath evaluate`, answering exactly the questions the
/// intake asks on their path (so a trainee answering from the story can give every one and no
/// other), the stated tier the one the pathway gives, and a why for each answer whose citations
/// resolve to the pathway's references.
enum CaseLint {
    static let supportedFormat = 1
    /// A title fits on one line of `discpath rehearse --list` beside its id.
    static let longestTitle = 60

    /// The cases that passed, and every problem found.
    static func check(_ document: CaseBookDocument, tree: JSONValue, pathway: Pathway) -> ([PracticeCase], [LintProblem]) {
        var problems: [LintProblem] = []
        func problem(_ location: String, _ message: String) { problems.append(LintProblem(location, message)) }

        if document.format != supportedFormat {
            problem("format", "is \(document.format); this program reads cases format \(supportedFormat)")
        }
        if document.cases.isEmpty { problem("cases", "there are no cases") }
        var elements: [JSONValue] = []
        if case .object(let fields) = tree, case .array(let list)? = fields["cases"] { elements = list }

        var cases: [PracticeCase] = []
        var seen: Set<String> = []
        for (index, entry) in document.cases.enumerated() {
            let element = index < elements.count ? elements[index] : .null
            let at = ContentPath.element("cases", index: index, value: element)
            let before = problems.count
            if !isKebabCase(entry.id) {
                problem(at + ".id", "\"\(entry.id)\" is not a stable kebab-case id (lower-case letters and digits joined by single hyphens)")
            }
            if !seen.insert(entry.id).inserted { problem(at + ".id", "\"\(entry.id)\" is the id of an earlier case too") }
            if entry.title.trimmed.isEmpty { problem(at + ".title", "is empty") }
            if entry.title.count > longestTitle {
                problem(at + ".title", "is \(entry.title.count) characters long; a title may have at most \(longestTitle), to fit on one line of the list")
            }
            if entry.story.trimmed.isEmpty { problem(at + ".story", "is empty; a case needs a story to answer from") }
            let tier = TierID(rawValue: entry.tier)
            if tier == nil {
                problem(at + ".tier", "unknown tier \"\(entry.tier)\"; expected one of \(TierID.allCases.map(\.rawValue).joined(separator: ", "))")
            }
            let answers = parseAnswers(element, at: at, pathway: pathway, problem: problem)
            if let answers, let tier { checkPath(answers, tier: tier, at: at, pathway: pathway, problem: problem) }
            let why = checkWhy(entry.why, answers: answers, at: at, pathway: pathway, problem: problem)
            let alsoRight = entry.alsoRight.flatMap {
                checkAlsoRight($0, tier: tier, answers: answers, at: at + ".alsoRight", pathway: pathway, problem: problem)
            }
            if problems.count == before, let answers, let tier {
                cases.append(PracticeCase(id: entry.id, title: entry.title, story: entry.story, tier: tier, answers: answers, why: why,
                                          alsoRight: alsoRight))
            }
        }
        return (cases, problems)
    }

    /// The case's answers, read from the file by the answer parser `evaluate` uses.
    private static func parseAnswers(_ element: JSONValue, at: String, pathway: Pathway,
                                     problem: (String, String) -> Void) -> Answers? {
        guard case .object(let fields) = element, let value = fields["answers"] else { return nil }
        guard case .object(let answerFields) = value else {
            problem(at + ".answers", "expected an object of answers, got \(value.typeName)")
            return nil
        }
        do throws(Diagnostic) {
            return try AnswerParser(rules: pathway.rules).answers(from: answerFields, at: at + ".answers")
        } catch {
            problem(error.location, error.message)
            return nil
        }
    }

    /// The answers answer exactly the questions of their path, and the path ends in the stated tier.
    private static func checkPath(_ answers: Answers, tier: TierID, at: String, pathway: Pathway,
                                  problem: (String, String) -> Void) {
        let route = pathway.rules.route(for: answers)
        guard case .decided(let reached) = route.end else { return }  // the parser reports a missing answer
        let last = route.answered.last?.rawValue ?? "the start"
        for key in QuestionKey.allCases where answers.has(key) && !route.answered.contains(key) {
            problem("\(at).answers.\(key.rawValue)",
                    "the intake does not ask this on the case's path (it ends after \(last) on \(reached.rawValue)), so a trainee could not give it")
        }
        if reached != tier {
            problem(at + ".tier", "is \(tier.rawValue), but the pathway gives \(reached.rawValue) for the case's answers")
        }
    }

    /// A second right tier only where the case rests on the "2-3 months" reading: the spine surgeon
    /// from the reading's first week until 3 months, with interventional pain as the other.
    private static func checkAlsoRight(_ entry: CaseBookDocument.AlsoRightDocument, tier: TierID?, answers: Answers?, at: String,
                                       pathway: Pathway, problem: (String, String) -> Void) -> AlsoRightTier? {
        guard let other = TierID(rawValue: entry.tier) else {
            problem(at + ".tier", "unknown tier \"\(entry.tier)\"; expected one of \(TierID.allCases.map(\.rawValue).joined(separator: ", "))")
            return nil
        }
        let thresholds = pathway.rules.thresholds
        let weeks = answers?.weeksOfConservativeCare ?? -1
        let restsOnReading = tier == .spineSurgeon && other == .interventionalPain
            && weeks >= thresholds.surgeonMinimumWeeks && weeks < thresholds.overdueWeeks
        if !restsOnReading {
            let first = thresholds.surgeonMinimumWeeks, last = thresholds.overdueWeeks - 1
            let weeks = first == last ? "at \(first) weeks" : first < last ? "from \(first) to \(last) weeks"
                : "below the overdue warning's \(thresholds.overdueWeeks) weeks (none with these thresholds)"
            problem(at, "a second right tier is only for a spine-surgeon case \(weeks), "
                    + "where the reading of \"2-3 months\" decides it; interventional-pain is then the other")
        }
        return AlsoRightTier(tier: other, why: checkWhyEntry(entry.why, at: at + ".why", pathway: pathway, problem: problem))
    }

    /// One why: its text present, the source's rule cited with resolving numbers, a reading uncited.
    private static func checkWhyEntry(_ entry: CaseBookDocument.WhyDocument, at place: String, pathway: Pathway,
                                      problem: (String, String) -> Void) -> CaseWhy {
        let references = Set(pathway.document.references.map(\.number))
        if entry.text.trimmed.isEmpty { problem(place + ".text", "is empty; say what in the story gives the answer") }
        let citations = entry.citations ?? []
        switch entry.rule {
        case .some(let rule):
            if rule.trimmed.isEmpty { problem(place + ".rule", "is empty") }
            if citations.isEmpty { problem(place + ".citations", "the source's rule needs its citation numbers") }
        case .none:
            if !citations.isEmpty { problem(place + ".citations", "cites without a rule; citations belong to the source's rule, not to the story") }
        }
        for number in citations where !references.contains(number) {
            problem(place + ".citations", "[\(number)] does not resolve to a reference entry")
        }
        if let reading = entry.reading, reading.trimmed.isEmpty { problem(place + ".reading", "is empty; leave it out when there is none") }
        return CaseWhy(text: entry.text, rule: entry.rule.map { CitedText(text: $0, citations: citations) }, reading: entry.reading)
    }

    /// A why for every answer and for nothing else; the source's rule cited, readings not.
    private static func checkWhy(_ entries: [String: CaseBookDocument.WhyDocument], answers: Answers?, at: String,
                                 pathway: Pathway, problem: (String, String) -> Void) -> [QuestionKey: CaseWhy] {
        var result: [QuestionKey: CaseWhy] = [:]
        for name in entries.keys.sorted() {
            guard let entry = entries[name] else { continue }
            let place = ContentPath.field(at + ".why", name)
            guard let key = QuestionKey(rawValue: name) else {
                problem(place, "unknown question; expected one of \(QuestionKey.allCases.map(\.rawValue).joined(separator: ", "))")
                continue
            }
            if let answers, !answers.has(key) { problem(place, "explains an answer the case does not give") }
            result[key] = checkWhyEntry(entry, at: place, pathway: pathway, problem: problem)
        }
        if let answers {
            for key in QuestionKey.allCases where answers.has(key) && entries[key.rawValue] == nil {
                problem(ContentPath.field(at + ".why", key.rawValue), "missing; every answer needs a why")
            }
        }
        return result
    }

    /// Lower-case ASCII letters and digits in runs joined by single hyphens: `nine-weeks-all-met`.
    static func isKebabCase(_ id: String) -> Bool {
        let runs = id.split(separator: "-", omittingEmptySubsequences: false)
        return !id.isEmpty && id.count <= 60 && runs.allSatisfy { run in
            !run.isEmpty && run.unicodeScalars.allSatisfy { ("a"..."z").contains($0) || ("0"..."9").contains($0) }
        }
    }
}
