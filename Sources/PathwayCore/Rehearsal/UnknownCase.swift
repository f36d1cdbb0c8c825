import TextLayout

/// A case id that no case has, with the ids there are, for a usage error.
public struct UnknownCase: Error, Sendable, Equatable, CustomStringConvertible {
    public let id: String
    public let known: [String]

    /// The longest list of ids the message shows before it says how many more there are.
    static let listedLength = 400

    /// One line: the id as given, the id it most likely meant, and the ids there are.
    public var description: String {
        var text = "unknown case '\(TerminalSafe.excerpt(id))'"
        text += suggestion.map { "; did you mean '\($0)'? The cases:" } ?? "; the cases:"
        var listed: [String] = []
        var length = 0
        for known in known {
            if length + known.count > Self.listedLength { break }
            listed.append(known)
            length += known.count + 2
        }
        let more = known.count - listed.count
        text += " " + listed.joined(separator: ", ") + (more > 0 ? ", and \(more) more" : "")
        return text + " ('discpath rehearse --list' shows them with their titles)"
    }

    /// The one known id that contains what was typed, or that it starts, ignoring case.
    var suggestion: String? {
        let typed = id.lowercased()
        guard !typed.isEmpty, typed.count <= TerminalSafe.excerptLength else { return nil }
        let matches = known.filter { $0.lowercased().contains(typed) || typed.hasPrefix($0.lowercased()) }
        return matches.count == 1 ? matches[0] : nil
    }
}
