import TextLayout

/// The rehearsal's score as plain paragraphs wrapped to a width, for the score screen and the
/// line mode: the same words wherever the rehearsal runs. Cases are named by title.
public enum RehearsalText {
    /// This round, the session across its replays, the breakdown by rule, and what to practise next.
    public static func score(_ score: RehearsalScore, cases: [PracticeCase], pathway: Pathway, audience: Audience = .trainee) -> [String] {
        var paragraphs: [String] = []
        let safety = score.attempts.suffix(score.attempted).filter(\.isSafetyMiss).count
        paragraphs.append("Score: \(score.correctPredictions) of \(score.attempted) predictions were right; your answers reached "
                          + "the case's tier in \(score.answersReachingCaseTier) of \(score.attempted)."
                          + (safety > 0 ? " Safety misses: \(safety)." : ""))
        if score.hasEarlierRounds {
            paragraphs.append("This session, replays included: \(score.sessionCorrectPredictions) of \(score.sessionAttempted) predictions "
                              + "right; answers reaching the case's tier \(score.sessionAnswersReachingCaseTier) of \(score.sessionAttempted); "
                              + "safety misses \(score.sessionSafetyMisses).")
        }
        let rules = score.byRule.map { "\(ruleName($0.question, pathway, audience)) \($0.right) of \($0.answered)" }
        if !rules.isEmpty { paragraphs.append("Answers right, by rule: " + rules.joined(separator: "; ") + ".") }
        let titles = score.missedCaseIDs.map { id in cases.first { $0.id == id }?.title ?? id }
        paragraphs.append(titles.isEmpty ? "Nothing to practise again." : "To practise next: " + titles.joined(separator: "; ") + ".")
        return paragraphs
    }

    /// The rule a question stands for, named by its title (the treatments carry two criteria).
    public static func ruleName(_ key: QuestionKey, _ pathway: Pathway, _ audience: Audience = .trainee) -> String {
        let title = pathway.question(key)?.title.text(audience) ?? key.rawValue
        return key == .therapiesTried ? "\(title) (formal physical therapy; pain specialist first)" : title
    }

    /// The paragraphs wrapped to `width`, a blank line between them.
    public static func wrapped(_ paragraphs: [String], width: Int) -> [String] {
        var lines: [String] = []
        for (i, paragraph) in paragraphs.enumerated() {
            if i > 0 { lines.append("") }
            lines += TextWrap.lines(paragraph, width: max(1, width))
        }
        return lines
    }
}

extension RehearsalText {
    /// `discpath rehearse --progress`: the record between sessions, per rule and per case, with
    /// the safety misses counted apart. Cases are named by title and id; those the file names but
    /// the book does not are listed by id.
    public static func progress(_ progress: RehearsalProgress, cases: [PracticeCase], pathway: Pathway, place: String) -> [String] {
        guard !progress.isEmpty else { return ["No rehearsal progress yet (it is kept in \(place))."] }
        func percent(_ t: RehearsalProgress.Tally) -> String { t.answered == 0 ? "" : " (\(t.right * 100 / t.answered)%)" }
        var lines = ["Rehearsal progress, kept in \(place)",
                     "Sessions: \(progress.sessions); cases practised: \(progress.cases.count) of \(cases.count).",
                     "Predictions right: \(progress.predictions.right) of \(progress.predictions.answered)\(percent(progress.predictions)).",
                     "Safety misses (a red flag or the immediate tier missed), counted apart: \(progress.safetyMisses).",
                     "", "By rule (answers right of those judged):"]
        let names = QuestionKey.allCases.map { ruleName($0, pathway) }
        let width = names.map(\.count).max() ?? 0
        for (key, name) in zip(QuestionKey.allCases, names) {
            guard let tally = progress.rules[key] else { continue }
            lines.append("  " + name + String(repeating: " ", count: width - name.count + 2) + "\(tally.right) of \(tally.answered)\(percent(tally))")
        }
        lines += ["", "By case (attempts, missed, safety misses, Leitner box 1-5, history oldest first; due: comes back first next session):"]
        var known = cases.filter { progress.cases[$0.id] != nil }.map { ($0.id, "\($0.title) (\($0.id))") }
        known += progress.cases.keys.sorted().filter { id in !cases.contains { $0.id == id } }.map { ($0, $0) }
        for (id, name) in known {
            guard let r = progress.cases[id] else { continue }
            var line = "  \(name): \(r.attempts) attempted, \(r.missed) missed"
            if r.safetyMisses > 0 { line += ", \(r.safetyMisses) safety miss" + (r.safetyMisses == 1 ? "" : "es") }
            line += ", box \(r.box), \(r.history)" + (progress.isDue(id) ? ", due" : "")
            lines.append(line)
        }
        return lines
    }
}
