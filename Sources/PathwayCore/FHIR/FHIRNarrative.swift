/// A resource's narrative (`text`): what a person reading the record sees, generated from the
/// resource's own data. XHTML in a `div`, every piece of text escaped, no markup from content.
public struct FHIRNarrative: Sendable, Equatable, Encodable {
    /// Always `generated`: the text is made wholly from the structured data.
    public let status = "generated"
    public let div: String

    /// One paragraph for each line; a line that starts with a label gives it in bold.
    public init(_ paragraphs: [Paragraph]) {
        let body = paragraphs.map { paragraph in
            let label = paragraph.label.map { "<b>" + Self.escaped($0) + "</b> " } ?? ""
            return "<p>" + label + Self.escaped(paragraph.text) + "</p>"
        }.joined()
        div = "<div xmlns=\"http://www.w3.org/1999/xhtml\">" + body + "</div>"
    }

    public struct Paragraph: Sendable, Equatable {
        public let label: String?
        public let text: String

        public init(_ label: String? = nil, _ text: String) {
            self.label = label
            self.text = text
        }
    }

    /// `text` as XHTML character data: markup characters escaped, and the control characters
    /// XML forbids (content given with --pathway could hold one) made spaces.
    static func escaped(_ text: String) -> String {
        var out = ""
        out.reserveCapacity(text.utf8.count)
        for scalar in text.unicodeScalars {
            switch scalar {
            case "&": out += "&amp;"
            case "<": out += "&lt;"
            case ">": out += "&gt;"
            case "\"": out += "&quot;"
            case "\n", "\t": out.unicodeScalars.append(scalar)
            case _ where scalar.value < 0x20 || (0x7F...0x9F).contains(scalar.value) || scalar.value >= 0xFFFE && scalar.value <= 0xFFFF:
                out += " "
            default: out.unicodeScalars.append(scalar)
            }
        }
        return out
    }
}

/// A resource's `meta`: only the profile that names its FHIR release.
public struct FHIRMeta: Sendable, Equatable, Encodable {
    public let profile: [String]

    public init(_ version: FHIRVersion, _ resourceType: String) { profile = [version.profile(resourceType)] }
}
