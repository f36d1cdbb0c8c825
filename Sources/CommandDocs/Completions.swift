/// Shell completions made from the program's own help, for bash, zsh and fish: every command and
/// option, and the values of each option (its listed values, files of its extensions, or what
/// the program prints for it). With no command, the default command's options complete at the
/// top (`discpath --audience <TAB>`), and `help <TAB>` completes the commands.
public struct Completions {
    public let tool: CommandInfo

    public init(tool: ToolInfo) {
        self.tool = tool.command
    }

    /// An option as completion sees it in one place, with the command it belongs to (the
    /// program asks that command for a custom completion).
    struct Option {
        let argument: ArgumentInfo
        let owner: CommandInfo
        var names: [String] { argument.spelledNames }
        var takesValue: Bool { argument.kind == .option }
        /// How the program knows it when asked for a custom completion.
        var protocolName: String { argument.preferredName.map(\.spelled) ?? names[0] }
    }

    /// Where completion can stand: the program itself, or a command under it.
    struct Context {
        let command: CommandInfo
        /// The words after the program: "", "evaluate", "export questionnaire".
        var path: String { command.subpath }
        let options: [Option]
        /// The commands that can follow (the program's include `help`).
        let subcommands: [CommandInfo]
        /// `help`: its words are command names.
        var namesCommands: Bool { command.isHelpCommand }
        /// The arguments given as plain words, in order (none for `help`, whose are commands).
        var positionals: [ArgumentInfo] { namesCommands ? [] : command.shownPositionals }
    }

    /// Every place, the program first. At the top, the default command's options join the
    /// program's own (`--help` and `--version` once).
    var contexts: [Context] {
        var contexts: [Context] = []
        func add(_ command: CommandInfo) {
            var options = command.shownOptions.map { Option(argument: $0, owner: command) }
            if command.path == tool.path, let intake = command.defaultCommand {
                options += intake.shownOptions.filter { !$0.isStandard }.map { Option(argument: $0, owner: intake) }
            }
            let subcommands = command.shownSubcommands + (command.helpCommand.map { [$0] } ?? [])
            contexts.append(Context(command: command, options: options, subcommands: subcommands))
            for sub in subcommands { add(sub) }
        }
        add(tool)
        return contexts
    }

    /// `place:--option`, quoted, for every name of every option that `matches`, at every place:
    /// the keys of the scripts' case tables.
    func placedNames(of contexts: [Context], where matches: (Option) -> Bool) -> [String] {
        contexts.flatMap { context in
            context.options.filter(matches).flatMap { $0.names.map { Self.quoted("\(context.path):\($0)") } }
        }
    }

    /// What completes a plain word: a positional argument's completion, or any file.
    static func completion(of positional: ArgumentInfo) -> ArgumentInfo.Completion {
        positional.completion ?? (positional.allValues.isEmpty ? .file(extensions: []) : .list(positional.allValues))
    }

    /// Every place's plain words: the quoted `place:N` pattern of each (`place:*` for one that
    /// repeats), what completes it, and the words that ask the program for it.
    func positionalCases(of contexts: [Context]) -> [(pattern: String, completion: ArgumentInfo.Completion, request: [String])] {
        contexts.flatMap { context in
            context.positionals.enumerated().map { index, positional in
                (Self.quoted("\(context.path):") + (positional.isRepeating ? "*" : "\(index)"), Self.completion(of: positional),
                 Self.customRequest(owner: context.command, argument: "positional@\(index)"))
            }
        }
    }

    /// The words that ask the program for a custom completion: the commands, --, and the
    /// argument (an option's name, or `positional@N` for the Nth plain word).
    static func customRequest(owner: CommandInfo, argument: String) -> [String] {
        Array(owner.path.dropFirst()) + ["--", argument]
    }

    /// The commands `help` can name after `path` ("" for the first word).
    func helpTargets(after path: String) -> [CommandInfo] {
        let command = tool.allCommands.first { $0.subpath == path }
        return command?.shownSubcommands ?? []
    }

    /// The paths at which `help` has commands to offer.
    var helpPaths: [String] {
        tool.allCommands.filter { !$0.shownSubcommands.isEmpty }.map(\.subpath)
    }

    /// The first line of a help text, for a one-line description.
    static func summary(_ text: String) -> String {
        let line = text.split(separator: "\n").first.map(String.init) ?? ""
        return line.hasSuffix(".") ? String(line.dropLast()) : line
    }
}
