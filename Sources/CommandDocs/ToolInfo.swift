#if canImport(FoundationEssentials)
import FoundationEssentials
#else
import Foundation
#endif

/// What a swift-argument-parser program says of itself with `--experimental-dump-help`
/// (serialization version 0): every command, its help and its arguments. The manual pages and
/// the completions are made from it, so a new command or option has both without anyone
/// listing it. (swift-argument-parser's own model of this JSON is not one of its products.)
public struct ToolInfo: Decodable, Sendable {
    public let serializationVersion: Int
    public let command: CommandInfo

    /// The dump as the program printed it; a version other than 0 is refused rather than misread.
    public static func decode(_ json: [UInt8]) throws -> ToolInfo {
        let tool = try JSONDecoder().decode(ToolInfo.self, from: Data(json))
        guard tool.serializationVersion == 0 else { throw UnknownVersion(version: tool.serializationVersion) }
        return tool
    }

    public struct UnknownVersion: Error, CustomStringConvertible {
        public let version: Int
        public var description: String { "the help dump is serialization version \(version); this generator reads version 0" }
    }
}

/// One command: its name, help, arguments and subcommands.
public struct CommandInfo: Decodable, Sendable {
    /// The commands above this one, the program first: ["discpath", "export"].
    public let superCommands: [String]
    public let commandName: String
    public let abstract: String
    public let discussion: String
    public let shouldDisplay: Bool
    public let defaultSubcommand: String?
    public let subcommands: [CommandInfo]
    public let arguments: [ArgumentInfo]

    enum CodingKeys: String, CodingKey {
        case superCommands, commandName, abstract, discussion, shouldDisplay, defaultSubcommand, subcommands, arguments
    }

    public init(from decoder: any Decoder) throws {
        let container = try decoder.container(keyedBy: CodingKeys.self)
        superCommands = try container.decodeIfPresent([String].self, forKey: .superCommands) ?? []
        commandName = try container.decode(String.self, forKey: .commandName)
        abstract = try container.decodeIfPresent(String.self, forKey: .abstract) ?? ""
        discussion = try container.decodeIfPresent(String.self, forKey: .discussion) ?? ""
        shouldDisplay = try container.decodeIfPresent(Bool.self, forKey: .shouldDisplay) ?? true
        defaultSubcommand = try container.decodeIfPresent(String.self, forKey: .defaultSubcommand)
        subcommands = try container.decodeIfPresent([CommandInfo].self, forKey: .subcommands) ?? []
        arguments = try container.decodeIfPresent([ArgumentInfo].self, forKey: .arguments) ?? []
    }
}

/// One option, flag or positional argument of a command.
public struct ArgumentInfo: Decodable, Sendable {
    public enum Kind: String, Decodable, Sendable { case positional, option, flag }

    public struct Name: Decodable, Sendable, Equatable {
        public enum Kind: String, Decodable, Sendable { case long, short, longWithSingleDash }
        public let kind: Kind
        public let name: String

        /// As typed: `--audience`, `-h`.
        public var spelled: String {
            switch kind {
            case .long: return "--" + name
            case .short, .longWithSingleDash: return "-" + name
            }
        }
    }

    public let kind: Kind
    public let shouldDisplay: Bool
    public let isOptional: Bool
    public let isRepeating: Bool
    public let names: [Name]
    public let preferredName: Name?
    public let valueName: String?
    public let defaultValue: String?
    public let allValues: [String]
    public let completion: Completion?
    public let abstract: String
    public let discussion: String

    enum CodingKeys: String, CodingKey {
        case kind, shouldDisplay, isOptional, isRepeating, names, preferredName, valueName, defaultValue, allValues
        case completionKind, abstract, discussion
    }

    public init(from decoder: any Decoder) throws {
        let container = try decoder.container(keyedBy: CodingKeys.self)
        kind = try container.decode(Kind.self, forKey: .kind)
        shouldDisplay = try container.decodeIfPresent(Bool.self, forKey: .shouldDisplay) ?? true
        isOptional = try container.decodeIfPresent(Bool.self, forKey: .isOptional) ?? true
        isRepeating = try container.decodeIfPresent(Bool.self, forKey: .isRepeating) ?? false
        // A name given twice (`help`'s `--help`) is one name.
        let listed = try container.decodeIfPresent([Name].self, forKey: .names) ?? []
        names = listed.enumerated().filter { index, name in !listed[..<index].contains(name) }.map(\.element)
        preferredName = try container.decodeIfPresent(Name.self, forKey: .preferredName)
        valueName = try container.decodeIfPresent(String.self, forKey: .valueName)
        defaultValue = try container.decodeIfPresent(String.self, forKey: .defaultValue)
        allValues = try container.decodeIfPresent([String].self, forKey: .allValues) ?? []
        completion = try container.decodeIfPresent(Completion.self, forKey: .completionKind)
        abstract = try container.decodeIfPresent(String.self, forKey: .abstract) ?? ""
        discussion = try container.decodeIfPresent(String.self, forKey: .discussion) ?? ""
    }

    /// What a shell offers for the argument's value.
    public enum Completion: Decodable, Sendable, Equatable {
        /// These words.
        case list([String])
        /// File names with one of these extensions (any file when empty), and folders.
        case file(extensions: [String])
        case directory
        /// The lines this shell command prints.
        case shellCommand(String)
        /// The lines the program prints when asked through swift-argument-parser's
        /// `---completion` protocol (a completion closure in the code).
        case custom

        private enum Key: String, CodingKey { case list, file, directory, shellCommand, custom, customAsync, customDeprecated }
        private enum Field: String, CodingKey { case values, extensions, command }

        public init(from decoder: any Decoder) throws {
            let container = try decoder.container(keyedBy: Key.self)
            guard let key = container.allKeys.first else {
                throw DecodingError.dataCorrupted(.init(codingPath: decoder.codingPath, debugDescription: "an empty completion kind"))
            }
            switch key {
            case .list:
                self = .list(try container.nestedContainer(keyedBy: Field.self, forKey: key).decode([String].self, forKey: .values))
            case .file:
                self = .file(extensions: try container.nestedContainer(keyedBy: Field.self, forKey: key).decode([String].self, forKey: .extensions))
            case .directory:
                self = .directory
            case .shellCommand:
                self = .shellCommand(try container.nestedContainer(keyedBy: Field.self, forKey: key).decode(String.self, forKey: .command))
            case .custom, .customAsync, .customDeprecated:
                self = .custom
            }
        }
    }
}
