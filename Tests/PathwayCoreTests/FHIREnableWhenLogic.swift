import Foundation
import Testing
@testable import PathwayCore

/// The enableWhen logic of an exported Questionnaire, read back from its JSON text and
/// evaluated with FHIR R5's rules, independently of the structs that wrote it:
/// - `exists`: whether the item has an answer equals the boolean;
/// - `=`: at least one answer equals the value (a repeating item may have several);
/// - `!=`: no answer equals the value (so it holds for an unanswered item);
/// - `>`, `<`, `>=`, `<=`: at least one answer compares so;
/// - several conditions combine by `enableBehavior`, `all` or `any`;
/// - "If enableWhen logic depends on an item that is disabled, the logic should proceed as
///   though the item is not valued".
struct FHIREnableWhenLogic {
    enum Value: Equatable, Hashable {
        case coding(system: String, code: String)
        case integer(Int)
        case boolean(Bool)
    }

    struct Condition {
        let question: String
        let op: String
        let answer: Value
    }

    struct Question {
        let linkId: String
        let conditions: [Condition]
        let behavior: String?
        let options: [Value]
        /// The option marked exclusive ("None of these"), for an empty checklist.
        let exclusiveOption: Value?
    }

    /// The question items (not display items), in order.
    let questions: [Question]

    init(json: String) throws {
        let root = try #require(try JSONSerialization.jsonObject(with: Data(json.utf8)) as? [String: Any])
        let items = try #require(root["item"] as? [[String: Any]])
        func value(_ object: [String: Any], prefix: String) -> Value? {
            if let coding = object[prefix + "Coding"] as? [String: Any],
               let system = coding["system"] as? String, let code = coding["code"] as? String {
                return .coding(system: system, code: code)
            }
            // JSONSerialization gives numbers and booleans as NSNumber: tell them apart by type.
            if let number = object[prefix + "Boolean"] as? NSNumber { return .boolean(number.boolValue) }
            if let number = object[prefix + "Integer"] as? NSNumber { return .integer(number.intValue) }
            return nil
        }
        questions = try items.filter { ($0["type"] as? String) != "display" }.map { item in
            let conditions = try ((item["enableWhen"] as? [[String: Any]]) ?? []).map { condition in
                Condition(question: try #require(condition["question"] as? String),
                          op: try #require(condition["operator"] as? String),
                          answer: try #require(value(condition, prefix: "answer")))
            }
            let options = (item["answerOption"] as? [[String: Any]]) ?? []
            let exclusive = options.first { option in
                ((option["extension"] as? [[String: Any]]) ?? []).contains {
                    ($0["url"] as? String) == "http://hl7.org/fhir/StructureDefinition/questionnaire-optionExclusive"
                        && ($0["valueBoolean"] as? Bool) == true
                }
            }
            return Question(linkId: try #require(item["linkId"] as? String), conditions: conditions,
                            behavior: item["enableBehavior"] as? String,
                            options: options.compactMap { value($0, prefix: "value") },
                            exclusiveOption: exclusive.flatMap { value($0, prefix: "value") })
        }
    }

    /// The linkIds of the questions enabled for `answers` (linkId to its answers; a missing or
    /// empty list is unanswered), in order.
    func enabled(_ answers: [String: [Value]]) -> [String] {
        var memo: [String: Bool] = [:]
        func isEnabled(_ linkId: String, _ visiting: Set<String>) -> Bool {
            if let known = memo[linkId] { return known }
            guard let question = questions.first(where: { $0.linkId == linkId }) else { return false }
            guard !question.conditions.isEmpty else { memo[linkId] = true; return true }
            guard !visiting.contains(linkId) else { return false }  // a cycle is never enabled
            let results = question.conditions.map { condition in
                let source = isEnabled(condition.question, visiting.union([linkId])) ? answers[condition.question] ?? [] : []
                return holds(condition, source)
            }
            let result = question.behavior == "any" ? results.contains(true) : !results.contains(false)
            memo[linkId] = result
            return result
        }
        return questions.map(\.linkId).filter { isEnabled($0, []) }
    }

    private func holds(_ condition: Condition, _ answers: [Value]) -> Bool {
        func compare(_ test: (Int, Int) -> Bool) -> Bool {
            guard case .integer(let wanted) = condition.answer else { return false }
            return answers.contains { if case .integer(let given) = $0 { return test(given, wanted) } else { return false } }
        }
        switch condition.op {
        case "exists":
            guard case .boolean(let wanted) = condition.answer else { return false }
            return !answers.isEmpty == wanted
        case "=": return answers.contains(condition.answer)
        case "!=": return !answers.contains(condition.answer)
        case ">": return compare(>)
        case "<": return compare(<)
        case ">=": return compare(>=)
        case "<=": return compare(<=)
        default:
            Issue.record("enableWhen operator \(condition.op) is not an R5 operator")
            return false
        }
    }

    /// `answers` as a QuestionnaireResponse would hold them: each value as the item's answer
    /// option with that code, an explicit none as the exclusive option, the weeks as an integer.
    func responseAnswers(_ answers: Answers) -> [String: [Value]] {
        var result: [String: [Value]] = [:]
        for key in QuestionKey.allCases {
            guard let values = answers.values(for: key),
                  let question = questions.first(where: { $0.linkId == key.rawValue }) else { continue }
            if key.kind == .weeks {
                result[key.rawValue] = values.compactMap { Int($0) }.map(Value.integer)
                continue
            }
            let coded = values.map { value in
                question.options.first { if case .coding(_, let code) = $0 { return code == value } else { return false } }
            }
            if coded.contains(where: { $0 == nil }) { Issue.record("\(key.rawValue): an answer value with no answer option") }
            result[key.rawValue] = values.isEmpty ? question.exclusiveOption.map { [$0] } ?? [] : coded.compactMap { $0 }
        }
        return result
    }
}
