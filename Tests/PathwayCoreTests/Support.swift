import BuiltInContent
import Foundation
import Testing
@_exported import TestSupport
@testable import PathwayCore

/// The built-in pathway; a test fails rather than traps if it does not load.
func builtIn() throws -> Pathway { try Pathway.builtIn() }

/// Every red-flag answer the tests try: none, each finding alone, unsure alone, and several.
let redFlagChoices: [Set<RedFlag>] =
    [[]] + RedFlag.allCases.map { [$0] } + [
        [.saddleAnesthesia, .bilateralLegWeakness, .urinaryRetentionOrIncontinence],
        [.unsure, .suspectedFracture],
        Set(RedFlag.allCases),
    ]

/// Weeks at every threshold's edge and between.
let weekChoices = [0, 5, 6, 7, 8, 9, 10, 12, 13, 14, 52, 520]

/// All 32 sets of therapies.
let therapyChoices: [Set<Therapy>] = (0..<32).map { bits in
    Set(Therapy.allCases.enumerated().filter { bits & (1 << $0.offset) != 0 }.map(\.element))
}

/// Every complete answer set for one red-flag choice: severity x weeks x persistence x
/// therapies x MRI x correlation x willingness.
func completeAnswers(redFlags: Set<RedFlag>) -> [Answers] {
    var all: [Answers] = []
    for severe in YesNoUnsure.allCases {
        for weeks in weekChoices {
            for persist in YesNoUnsure.allCases {
                for therapies in therapyChoices {
                    for mri in MRIFinding.allCases {
                        for correlation in Correlation.allCases {
                            for willing in YesNoUnsure.allCases {
                                all.append(Answers(
                                    redFlags: redFlags, severeRadicularPain: severe, weeksOfConservativeCare: weeks,
                                    symptomsPersist: persist, therapiesTried: therapies, mri: mri, correlation: correlation,
                                    willingToConsiderSurgery: willing))
                            }
                        }
                    }
                }
            }
        }
    }
    return all
}

/// The keys the intake asks for `answers`, in order, worked out from PATHWAY.md's "Order of
/// screens, and what is skipped" on its own, not from the rules under test: a red flag, severe
/// pain, under 6 weeks, improving symptoms and 6-8 weeks each end the intake; so does each of
/// the source's surgical criteria unmet; this program's inferred criterion never does.
func keysThePathwayAsks(_ answers: Answers) -> [QuestionKey] {
    var keys: [QuestionKey] = [.redFlags]
    guard let flags = answers.redFlags, flags.isEmpty else { return keys }
    keys.append(.severeRadicularPain)
    guard let severe = answers.severeRadicularPain, severe != .yes else { return keys }
    keys.append(.weeksOfConservativeCare)
    guard let weeks = answers.weeksOfConservativeCare, weeks >= 6 else { return keys }
    keys.append(.symptomsPersist)
    guard let persist = answers.symptomsPersist, persist != .no, weeks >= 9 else { return keys }
    keys.append(.therapiesTried)
    guard let therapies = answers.therapiesTried, therapies.contains(.physicalTherapy) else { return keys }
    keys.append(.mri)
    guard answers.mri == .rootCompression else { return keys }
    keys.append(.correlation)
    guard answers.correlation == .matches else { return keys }
    keys.append(.willingToConsiderSurgery)
    return keys
}


/// The built-in content as a mutable JSON tree, for making broken fixtures.
func builtInJSON() throws -> [String: Any] {
    let data = Data(Array(Pathway.builtInBytes))
    return try #require(try JSONSerialization.jsonObject(with: data) as? [String: Any])
}

/// Content loaded from bytes, as a value to match on.
func pathwayResult(_ bytes: some Collection<UInt8>) -> Result<Pathway, PathwayLoadError> {
    Result { () throws(PathwayLoadError) in try Pathway.load(json: bytes) }
}

/// Cases loaded from bytes against `pathway`, as a value to match on.
func caseBookResult(_ bytes: some Collection<UInt8>, _ pathway: Pathway) -> Result<CaseBook, CaseBookLoadError> {
    Result { () throws(CaseBookLoadError) in try CaseBook.load(json: bytes, pathway: pathway) }
}

/// Loads a JSON tree as pathway content.
func load(_ tree: [String: Any]) throws -> Result<Pathway, PathwayLoadError> {
    let data = try JSONSerialization.data(withJSONObject: tree)
    return pathwayResult(Array(data))
}

/// Changes the value at `key` of a content tree, when it is a `T`.
func edit<T>(_ tree: inout [String: Any], _ key: String, _ change: (inout T) -> Void) {
    guard var value = tree[key] as? T else { return }
    change(&value)
    tree[key] = value
}

/// Changes the tier `id` of a content tree.
func editTier(_ tree: inout [String: Any], _ id: String, _ change: (inout [String: Any]) -> Void) {
    edit(&tree, "tiers") { (tiers: inout [[String: Any]]) in
        for i in tiers.indices where tiers[i]["id"] as? String == id { change(&tiers[i]) }
    }
}

/// The diagnostic `body` throws, or nil when it returns.
func diagnostic<T>(_ body: () throws(Diagnostic) -> T) -> Diagnostic? {
    do throws(Diagnostic) {
        _ = try body()
        return nil
    } catch {
        return error
    }
}
