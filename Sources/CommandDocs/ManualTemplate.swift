/// What the manual pages say that the commands' own help cannot: the environment, the files, the
/// examples, other pages to see, and where the help text holds the keys and the exit codes. The
/// program's is `ManualTemplate.discpath`.
public struct ManualTemplate: Sendable {
    /// One entry of ENVIRONMENT or FILES.
    public struct Entry: Sendable {
        /// The variable or the path, as shown.
        public let name: String
        /// The commands it matters to, as typed after the program ("intake", "export
        /// questionnaire"); every page lists it when nil. discpath(1) lists every entry.
        public let commands: [String]?
        /// Plain text, in the help's conventions (see `HelpBlock`).
        public let text: String

        public init(_ name: String, commands: [String]? = nil, _ text: String) {
            self.name = name
            self.commands = commands
            self.text = text
        }
    }

    /// One example of EXAMPLES: what it does, then the command lines.
    public struct Example: Sendable {
        public let commands: [String]
        public let text: String
        public let lines: [String]

        public init(commands: [String], _ text: String, _ lines: [String]) {
            self.commands = commands
            self.text = text
            self.lines = lines
        }
    }

    /// A manual page outside the program's own: name and section.
    public struct Reference: Sendable, Equatable {
        public let name: String
        public let section: Int

        public init(_ name: String, _ section: Int) {
            self.name = name
            self.section = section
        }
    }

    /// The heading of the exit-code table in the program's own help; the table moves from its
    /// DESCRIPTION to EXIT STATUS, and every page gets it.
    public var exitCodesHeading: String
    /// The key table inside a command's help, as that help holds it; it moves to KEYS.
    public var keys: (command: String, text: String)?
    public var environment: [Entry]
    public var files: [Entry]
    public var examples: [Example]
    /// Pages of other programs worth reading, after the program's own pages in SEE ALSO.
    public var seeAlso: [Reference]
    /// CAVEATS on discpath(1): what the content is and how far to trust it.
    public var caveats: String
    /// After the program's name in the footer: its version.
    public var version: String

    public init(exitCodesHeading: String, keys: (command: String, text: String)?, environment: [Entry], files: [Entry],
                examples: [Example], seeAlso: [Reference], caveats: String, version: String) {
        self.exitCodesHeading = exitCodesHeading
        self.keys = keys
        self.environment = environment
        self.files = files
        self.examples = examples
        self.seeAlso = seeAlso
        self.caveats = caveats
        self.version = version
    }
}
