/// The result of a practice case, as one report document the screen and the line mode render:
/// the case's own tier and plan first ("The case: ..."), a safety miss in the urgent style, the
/// verdict on the prediction and on each answer, every answer's why (the case's words, the
/// source's rule with its citations, this program's reading labelled), then what the pathway
/// gives for the trainee's own answers, and the case's reasoning and references after.
extension ReportDocument {
    public static func practice(_ feedback: RehearsalFeedback, for practiceCase: PracticeCase, answers given: Answers,
                                pathway: Pathway, audience: Audience) -> ReportDocument? {
        guard let decision = try? pathway.rules.decide(practiceCase.answers) else { return nil }
        let caseDocument = ReportDocument(pathway.explain(decision, for: audience))
        let words = ReportWords.practice(audience)
        func tier(_ id: TierID) -> String { "\(pathway.tier(id)?.title.text(audience) ?? id.rawValue) (\(id.rawValue))" }
        func question(_ key: QuestionKey) -> String { pathway.question(key)?.title.text(audience) ?? key.rawValue }
        func answer(_ value: AnswerValue?) -> String { value.map { pathway.answerText($0, audience) } ?? "no answer" }
        func caseSection(_ kind: SectionKind) -> Section? { caseDocument.sections.first { $0.kind == kind } }

        var sections: [Section] = []
        if let plan = caseSection(.whatToDo) { sections.append(Section(kind: .whatToDo, heading: words.whatToDo, entries: plan.entries)) }
        if let overdue = caseSection(.overdue) { sections.append(overdue) }

        let misses = feedback.safetyMisses
        if !misses.isEmpty {
            let entries = misses.map { miss -> Entry in
                switch miss {
                case .redFlagMissed:
                    return Entry(marker: .bullet, text: "Your answers give no red flag, but the case has one: a missed red flag delays urgent care.", emphasis: .warning)
                case .urgentTierNotPredicted:
                    return Entry(marker: .bullet, text: "You predicted \(tier(feedback.predicted)); the case needs immediate referral.", emphasis: .warning)
                case .urgentTierNotReached:
                    let reached = feedback.pathwayTier.map(tier) ?? "no tier"
                    return Entry(marker: .bullet, text: "Your answers reach \(reached), not immediate referral.", emphasis: .warning)
                }
            }
            sections.append(Section(kind: .safetyMiss, heading: "Safety miss", entries: entries))
        }

        var verdict: [Entry] = []
        if feedback.predictionIsCaseTier {
            verdict.append(Entry(marker: .none, text: "You predicted \(tier(feedback.predicted)): the case's tier."))
        } else if feedback.predictionIsRight, let other = practiceCase.alsoRight {
            verdict.append(Entry(marker: .none, text: "You predicted \(tier(feedback.predicted)). It counts as right: \(other.why.text)"))
            if let rule = other.why.rule {
                verdict.append(Entry(marker: .none, text: "The source: \(rule.text)", citations: rule.citations, reading: other.why.reading))
            } else if let reading = other.why.reading {
                verdict.append(Entry(marker: .none, text: "", reading: reading))
            }
        } else {
            verdict.append(Entry(marker: .none, text: "You predicted \(tier(feedback.predicted)); the case's tier is \(tier(feedback.caseTier)).",
                                 emphasis: .warning))
        }
        if feedback.predictionIsCaseTier, let other = practiceCase.alsoRight {
            verdict.append(Entry(marker: .none, text: "\(tier(other.tier)) would count too: \(other.why.text)", reading: other.why.reading))
        }
        for item in feedback.answers {
            if item.isRight {
                verdict.append(Entry(marker: .bullet, text: "\(question(item.question)): \(answer(item.caseAnswer)). Right."))
            } else {
                verdict.append(Entry(marker: .bullet, text: "\(question(item.question)): you answered \(answer(item.traineeAnswer)); the case: \(answer(item.caseAnswer)).",
                                     emphasis: .warning))
            }
        }
        if !feedback.notNeeded.isEmpty {
            verdict.append(Entry(marker: .none, text: "Asked, but not needed for the case's tier, which is decided before them: "
                                 + feedback.notNeeded.map(question).joined(separator: ", ") + ".", emphasis: .dim))
        }
        if let reached = feedback.pathwayTier {
            verdict.append(Entry(marker: .none, text: feedback.answersReachCaseTier
                                 ? "Your answers reach the case's tier."
                                 : "Your answers reach \(tier(reached)), not the case's tier: see \"Your own answers\" below."))
        } else {
            verdict.append(Entry(marker: .none, text: "Your answers do not reach a tier."))
        }
        let heading = feedback.predictionIsRight ? "Your prediction: right" : "Your prediction: missed"
        sections.append(Section(kind: .feedback, heading: heading, entries: verdict))

        var why: [Entry] = []
        for key in practiceCase.questions {
            guard let reason = practiceCase.why[key] else { continue }
            why.append(Entry(marker: .bullet, text: "\(question(key)): \(answer(practiceCase.answers.value(for: key))). \(reason.text)",
                             reading: reason.rule == nil ? reason.reading : nil))
            if let rule = reason.rule {
                why.append(Entry(marker: .none, text: "The source: \(rule.text)", citations: rule.citations, reading: reason.reading))
            }
        }
        sections.append(Section(kind: .caseWhy, heading: "Why, answer by answer", entries: why))

        if !feedback.answersReachCaseTier || !feedback.differences.isEmpty {
            var own: [Entry] = []
            if let reached = feedback.pathwayTier, let theirs = try? pathway.rules.decide(given.keeping(only: pathway.rules.route(for: given).answered)) {
                own.append(Entry(marker: .none, text: "For your answers the pathway gives \(tier(reached)). What it says to do:", emphasis: .dim))
                let explained = pathway.explain(theirs, for: audience)
                own += explained.actions.map {
                    Entry(marker: .bullet, text: $0.text, citations: $0.citations, reading: $0.reading, emphasis: .dim, ownAdvice: $0.ownAdvice)
                }
            } else {
                own.append(Entry(marker: .none, text: "Your answers do not reach a tier.", emphasis: .dim))
            }
            sections.append(Section(kind: .yourAnswers, heading: "Your own answers", entries: own))
        }

        let rest: [SectionKind] = [.reasoning, .sourceCriteria, .inferredCriteria, .pitfalls, .evidence, .references, .about]
        sections += rest.compactMap(caseSection)
        var code = "\(words.tierCode): \(feedback.caseTier.rawValue)"
        if let other = practiceCase.alsoRight { code += " (\(other.tier.rawValue) counts too)" }
        return ReportDocument(audience: audience, tier: feedback.caseTier, title: caseDocument.title, tierCode: code,
                              banner: caseDocument.banner, sections: sections, words: words, timeline: caseDocument.timeline, deciding: nil)
    }
}

extension ReportWords {
    /// A practice case's result: its tier is the case's ("The case: ..."), and its plan the case's.
    static func practice(_ audience: Audience) -> ReportWords {
        let w = ReportWords.for(audience)
        return ReportWords(tier: "The case", tierCode: "The case", whatToDo: "What to do for the case", overdue: w.overdue, why: w.why,
                           criteria: w.criteria, inferredCriteria: w.inferredCriteria, pitfalls: w.pitfalls, evidence: w.evidence,
                           references: w.references, about: w.about, lastUpdated: w.lastUpdated, reviewStatus: w.reviewStatus,
                           contentVersion: w.contentVersion, sourceDisclaimer: w.sourceDisclaimer, met: w.met, unmet: w.unmet,
                           notAssessed: w.notAssessed, notSure: w.notSure, notKnown: w.notKnown, reading: w.reading, ownAdvice: w.ownAdvice,
                           addedCriterion: w.addedCriterion)
    }
}
