/// Who the program is talking to. It sets the wording, never the decision.
public enum Audience: String, CaseIterable, Sendable, Codable {
    case clinician, patient, trainee
}

/// One audience's entry for a piece of text: the text itself, or an explicit
/// "same as that audience's" fallback.
public enum WordingEntry: Sendable, Equatable, Decodable {
    case text(String)
    case sameAs(String)

    private enum CodingKeys: String, CodingKey { case sameAs }

    public init(from decoder: any Decoder) throws {
        if let text = try? decoder.singleValueContainer().decode(String.self) {
            self = .text(text)
            return
        }
        let container = try decoder.container(keyedBy: CodingKeys.self)
        self = .sameAs(try container.decode(String.self, forKey: .sameAs))
    }
}

/// A piece of text in every audience's wording. Entries are keyed by audience name as written
/// in the content file, so lint can name a misspelt or missing audience.
///
/// Texts may name the pathway's thresholds as placeholders (`{primaryCareWeeks}`), so a
/// threshold is changed in one place: they are filled once, when the content is decoded, from
/// the values in the decoder's `userInfo`. `entries` keeps the texts as written, for lint.
public struct Wording: Sendable, Equatable, Decodable {
    public let entries: [String: WordingEntry]
    /// The texts with threshold placeholders filled, only those a placeholder changed: most
    /// texts have none, and `entries` holds them as they read.
    private let filled: [String: String]

    public init(entries: [String: WordingEntry]) {
        self.entries = entries
        filled = [:]
    }

    /// Texts and their filled forms as `init(from:)` makes them, for the content compiled at
    /// build time.
    package init(entries: [String: WordingEntry], filled: [String: String]) {
        self.entries = entries
        self.filled = filled
    }

    /// Where `Pathway.load` puts the threshold values for decoding.
    public static let placeholderValuesKey = CodingUserInfoKey(rawValue: "discpath.placeholderValues")!

    public init(from decoder: any Decoder) throws {
        entries = try decoder.singleValueContainer().decode([String: WordingEntry].self)
        let values = decoder.userInfo[Self.placeholderValuesKey] as? [String: String] ?? [:]
        var filled: [String: String] = [:]
        for case let (name, .text(text)) in entries {
            let filledText = Template.fill(text, values)
            if filledText != text { filled[name] = filledText }
        }
        self.filled = filled
    }

    /// The text for `audience`, following explicit fallbacks. Content that passed lint always
    /// resolves; otherwise the answer is `nil` rather than a guess.
    public func resolved(for audience: Audience) -> String? {
        // The common case, looked up once: the audience's own text, no fallback to follow.
        if case .text(let text)? = entries[audience.rawValue] { return filled[audience.rawValue] ?? text }
        var name = audience.rawValue
        var seen: Set<String> = []
        while seen.insert(name).inserted {
            switch entries[name] {
            case .text(let text)?: return filled[name] ?? text
            case .sameAs(let other)?: name = other
            case nil: return nil
            }
        }
        return nil  // a cycle of fallbacks
    }

    /// The text for `audience` as written in the content, placeholders unfilled (for lint).
    public func written(for audience: Audience) -> String? {
        var name = audience.rawValue
        var seen: Set<String> = []
        while seen.insert(name).inserted {
            switch entries[name] {
            case .text(let text)?: return text
            case .sameAs(let other)?: name = other
            case nil: return nil
            }
        }
        return nil
    }

    /// The text for `audience`; empty only for content that failed lint.
    public func text(_ audience: Audience) -> String { resolved(for: audience) ?? "" }
}
