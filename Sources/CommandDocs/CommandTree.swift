/// How the pages and completions walk the commands.
extension CommandInfo {
    /// The words that run it: ["discpath", "export", "questionnaire"].
    public var path: [String] { superCommands + [commandName] }

    /// The words after the program's name: "export questionnaire"; "" for the program itself.
    public var subpath: String { path.dropFirst().joined(separator: " ") }

    /// The name of its manual page, without the section: discpath, discpath-export-questionnaire.
    public var pageName: String { path.joined(separator: "-") }

    /// swift-argument-parser's own `help` command, which takes other commands' names.
    public var isHelpCommand: Bool {
        commandName == "help" && arguments.contains { $0.kind == .positional && $0.valueName == "subcommands" }
    }

    /// Its subcommands that help shows, other than `help`.
    public var shownSubcommands: [CommandInfo] {
        subcommands.filter { $0.shouldDisplay && !$0.isHelpCommand }
    }

    /// The `help` command among its subcommands.
    public var helpCommand: CommandInfo? { subcommands.first { $0.isHelpCommand } }

    /// The subcommand that runs when none is named (the intake).
    public var defaultCommand: CommandInfo? {
        defaultSubcommand.flatMap { name in subcommands.first { $0.commandName == name } }
    }

    /// The options and flags help shows, in its order.
    public var shownOptions: [ArgumentInfo] {
        arguments.filter { $0.shouldDisplay && $0.kind != .positional && !$0.names.isEmpty }
    }

    /// Positional arguments help shows.
    public var shownPositionals: [ArgumentInfo] {
        arguments.filter { $0.shouldDisplay && $0.kind == .positional }
    }

    /// It and every command under it that help shows, depth first, `help` left out.
    public var allCommands: [CommandInfo] {
        [self] + shownSubcommands.flatMap(\.allCommands)
    }
}

extension ArgumentInfo {
    /// Every name, as typed: ["-h", "--help"].
    public var spelledNames: [String] { names.map(\.spelled) }

    /// Whether it is `--help` or `--version`, which every command has.
    public var isStandard: Bool {
        names.contains { $0.kind == .long && ($0.name == "help" || $0.name == "version") }
    }

    /// What a shell completes for its value; nil for a flag.
    public var valueCompletion: Completion? {
        guard kind == .option else { return nil }
        if let completion { return completion }
        return allValues.isEmpty ? nil : .list(allValues)
    }
}
