/// `discpath diff --format json`: stable keys, written sorted; one object per class of answer
/// sets with its `count` and `example`; null where a text or a tier is not there.
enum DiffJSONReport {
    static func render(_ diff: PathwayDiff, oldName: String, newName: String) -> String {
        JSONWriter.text(output(diff, oldName: oldName, newName: newName), pretty: true) + "\n"
    }

    static func output(_ diff: PathwayDiff, oldName: String, newName: String) -> JSONOutput {
        func string(_ text: String?) -> JSONOutput { text.map(JSONOutput.string) ?? .null }
        func strings(_ list: [String]) -> JSONOutput { .array(list.map(JSONOutput.string)) }
        func side(_ name: String, _ meta: PathwayDocument.Meta) -> JSONOutput {
            .object([("name", .string(name)), ("contentVersion", .string(meta.contentVersion)),
                     ("lastUpdated", .string(meta.lastUpdated))])
        }
        func list<Element>(_ change: ListChange<Element>, _ name: (Element) -> String) -> JSONOutput {
            .object([("removed", strings(change.removed.map(name))), ("added", strings(change.added.map(name))),
                     ("reordered", .bool(change.reordered))])
        }
        func outcome(_ outcome: IntakeOutcome?, _ asked: [QuestionKey]) -> JSONOutput {
            .object([("tier", string(outcome?.tier.rawValue)),
                     ("unmetCriteria", strings(outcome?.unmetCriteria.map(\.rawValue) ?? [])),
                     ("warnings", strings(outcome?.warnings.map(\.rawValue) ?? [])),
                     ("actions", strings(outcome?.actions ?? [])),
                     ("asked", strings(asked.map(\.rawValue)))])
        }
        let results: [JSONOutput] = diff.results.map { change in
            let kind = change.kind, example = change.example
            return .object([
                ("count", .int(change.count)),
                ("tier", .object([("old", string(kind.oldTier?.rawValue)), ("new", string(kind.newTier?.rawValue))])),
                ("unmetCriteria", list(kind.unmetCriteria, \.rawValue)),
                ("warnings", list(kind.warnings, \.rawValue)),
                ("actions", list(kind.actions) { $0 }),
                ("example", .object([("answers", answers(example.answers)),
                                     ("old", outcome(example.old, example.oldAsked)),
                                     ("new", outcome(example.new, example.newAsked))])),
            ])
        }
        return .object([
            ("old", side(oldName, diff.oldContent)),
            ("new", side(newName, diff.newContent)),
            ("answerSets", .int(diff.answerSets)),
            ("clinical", .bool(diff.isClinical)),
            ("results", .array(results)),
            ("thresholds", .array(diff.thresholds.map {
                .object([("name", .string($0.name)), ("old", .int($0.old)), ("new", .int($0.new))])
            })),
            ("content", .array(diff.content.map {
                .object([("kind", .string($0.kind.rawValue)), ("location", .string($0.location)), ("old", string($0.old)),
                         ("new", string($0.new)), ("count", .int($0.count))])
            })),
            ("wording", .array(diff.wording.map {
                .object([("location", .string($0.location)), ("audience", .string($0.audience.rawValue)),
                         ("old", string($0.old)), ("new", string($0.new)), ("count", .int($0.count)),
                         ("followsThreshold", .bool($0.followsThreshold))])
            })),
            ("metadata", .array(diff.metadata.map {
                .object([("field", .string($0.field)), ("old", .string($0.old)), ("new", .string($0.new))])
            })),
        ])
    }

    /// Answers as `evaluate` reads them: the weeks a number, a checklist an array.
    static func answers(_ answers: Answers) -> JSONOutput {
        .object(QuestionKey.allCases.compactMap { key in
            guard let values = answers.values(for: key) else { return nil }
            switch key.kind {
            case .weeks: return (key.rawValue, .int(answers.weeksOfConservativeCare ?? 0))
            case .singleSelect: return (key.rawValue, .string(values.first ?? ""))
            case .multiSelect: return (key.rawValue, .array(values.map(JSONOutput.string)))
            }
        })
    }
}
