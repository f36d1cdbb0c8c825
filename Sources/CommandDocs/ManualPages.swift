/// The manual pages, made from the commands' own help and completed by the template: the
/// program's page (discpath.1: how it runs with no command, every command, the keys, the
/// environment, files, exit codes, examples) and one page per command (discpath-evaluate.1, named
/// as git names its pages, so `man discpath evaluate` finds it and whatis reads its NAME).
public struct ManualPages {
    public let tool: CommandInfo
    public let template: ManualTemplate
    /// The pages' date, YYYY-MM-DD.
    public let date: String

    public init(tool: ToolInfo, template: ManualTemplate, date: String) {
        self.tool = tool.command
        self.template = template
        self.date = date
    }

    /// A page: its file name and its text.
    public struct Page: Sendable {
        public let fileName: String
        public let text: String
    }

    /// What the help does not hold that the template says it does.
    public struct TemplateMismatch: Error, CustomStringConvertible {
        public let description: String
    }

    /// Every page: the program's first, then one per command (not `help`).
    public func pages() throws(TemplateMismatch) -> [Page] {
        let exitCodes = try exitCodeRows()
        var pages = [Page(fileName: "\(tool.pageName).1", text: try programPage(exitCodes: exitCodes).text)]
        for command in tool.allCommands.dropFirst() {
            pages.append(Page(fileName: "\(command.pageName).1", text: try commandPage(command, exitCodes: exitCodes).text))
        }
        return pages
    }

    // MARK: The pages

    func programPage(exitCodes: [HelpBlock.Row]) throws(TemplateMismatch) -> Mdoc {
        var page = header(for: tool)
        page.macro("Sh", "SYNOPSIS")
        if let intake = tool.defaultCommand {
            synopsis(of: intake, into: &page, optionalName: true)
        }
        for command in tool.allCommands.dropFirst() where command.shownSubcommands.isEmpty && command.commandName != tool.defaultSubcommand {
            synopsis(of: command, into: &page)
        }
        if let help = tool.helpCommand {
            page.macro("Nm")
            page.macro("Cm", help.commandName)
            page.macro("Op", "Ar", "command ...")
        }
        for standard in tool.shownOptions where standard.isStandard {
            page.macro("Nm")
            page.macro("Fl", flagName(standard.preferredName ?? standard.names[0]))
        }

        page.macro("Sh", "DESCRIPTION")
        blocks(withoutExitCodes(tool.discussion), into: &page, startsParagraph: false)
        if let intake = tool.defaultCommand {
            page.macro("Ss", "The \(intake.commandName), the default command")
            page.text(intake.abstract)
            blocks(try withoutKeys(intake), into: &page)

            page.macro("Sh", "OPTIONS")
            page.text("With no command, or with \(intake.commandName), \(tool.commandName) takes these options:")
            options(intake.shownOptions.filter { !$0.isStandard } + tool.shownOptions, into: &page)
        }

        page.macro("Sh", "COMMANDS")
        page.macro("Bl", "-tag", "-width", "Ds")
        for command in tool.allCommands.dropFirst() where command.shownSubcommands.isEmpty {
            page.macro("It", "Cm", Mdoc.argument(command.subpath))
            page.text(command.abstract)
            seePage(command, into: &page)
        }
        if let help = tool.helpCommand {
            page.macro("It", "Cm", "\(help.commandName) Op Ar command")
            page.text("Show the help of a command, or of \(tool.commandName) itself.")
        }
        page.macro("El")

        try keys(of: tool.defaultCommand, into: &page)
        entries("ENVIRONMENT", template.environment, macro: "Ev", into: &page)
        entries("FILES", template.files, macro: "Pa", into: &page)
        exitStatus(exitCodes, into: &page)
        examples(template.examples, into: &page)
        seeAlso(tool.allCommands.dropFirst().map(\.pageName), into: &page)
        page.macro("Sh", "CAVEATS")
        blocks(template.caveats, into: &page, startsParagraph: false)
        return page
    }

    func commandPage(_ command: CommandInfo, exitCodes: [HelpBlock.Row]) throws(TemplateMismatch) -> Mdoc {
        var page = header(for: command)
        page.macro("Sh", "SYNOPSIS")
        if command.shownSubcommands.isEmpty {
            synopsis(of: command, into: &page)
        } else {
            for sub in command.allCommands.dropFirst() where sub.shownSubcommands.isEmpty { synopsis(of: sub, into: &page) }
        }

        page.macro("Sh", "DESCRIPTION")
        page.text(command.abstract)
        if command.commandName == tool.defaultSubcommand && command.superCommands == [tool.commandName] {
            page.text("It is the default command: \(tool.commandName) with no command runs it, with the same options.")
        }
        blocks(try withoutKeys(command), into: &page)
        if !command.shownSubcommands.isEmpty {
            page.macro("Bl", "-tag", "-width", "Ds")
            for sub in command.shownSubcommands {
                page.macro("It", "Cm", Mdoc.argument(sub.commandName))
                page.text(sub.abstract)
                seePage(sub, into: &page)
            }
            page.macro("El")
        }
        if !command.shownOptions.isEmpty {
            page.macro("Sh", "OPTIONS")
            options(command.shownPositionals + command.shownOptions, into: &page)
        }
        if template.keys?.command == command.subpath { try keys(of: command, into: &page) }
        let applies = { (entry: ManualTemplate.Entry) in entry.commands.map { $0.contains(command.subpath) } ?? true }
        entries("ENVIRONMENT", template.environment.filter(applies), macro: "Ev", into: &page)
        entries("FILES", template.files.filter(applies), macro: "Pa", into: &page)
        exitStatus(exitCodes, into: &page)
        examples(template.examples.filter { $0.commands.contains(command.subpath) }, into: &page)
        let others = tool.allCommands.map(\.pageName).filter { $0 != command.pageName }
        seeAlso(others, into: &page)
        return page
    }

    // MARK: Parts

    func header(for command: CommandInfo) -> Mdoc {
        var page = Mdoc()
        page.comment("Made by discpath-docs from the commands' help and Sources/CommandDocs/DiscpathManual.swift.")
        page.macro("Dd", Self.mdocDate(date))
        page.macro("Dt", command.pageName.uppercased(), "1")
        page.macro("Os", Mdoc.argument("\(tool.commandName) \(template.version)"))
        page.macro("Sh", "NAME")
        page.macro("Nm", command.pageName)
        page.macro("Nd", Mdoc.escape(Self.description(command.abstract)))
        return page
    }

    /// `discpath evaluate [--pathway file] ...`; with `optionalName`, the command's name is
    /// optional (the default command's).
    func synopsis(of command: CommandInfo, into page: inout Mdoc, optionalName: Bool = false) {
        page.macro("Nm", tool.commandName)
        let words = command.path.dropFirst().joined(separator: " ")
        if optionalName { page.macro("Op", "Cm", words) } else { page.macro("Cm", words) }
        for option in command.shownOptions where !option.isStandard {
            page.macro("Op", usage(of: option))
        }
        for positional in command.shownPositionals {
            let name = (positional.valueName ?? "argument") + (positional.isRepeating ? " ..." : "")
            if positional.isOptional { page.macro("Op", "Ar", name) } else { page.macro("Ar", name) }
        }
    }

    /// `Fl -audience Ar audience`
    func usage(of option: ArgumentInfo) -> String {
        let name = flagName(option.preferredName ?? option.names[0])
        guard option.kind == .option else { return "Fl \(name)" }
        return "Fl \(name) Ar \(option.valueName ?? "value")"
    }

    /// A name as mdoc's `Fl` takes it: `Fl` writes the first dash.
    func flagName(_ name: ArgumentInfo.Name) -> String {
        String(name.spelled.dropFirst())
    }

    func options(_ options: [ArgumentInfo], into page: inout Mdoc) {
        page.macro("Bl", "-tag", "-width", "Ds")
        for option in options {
            if option.kind == .positional {
                page.macro("It", "Ar", option.valueName ?? "argument")
            } else {
                let names = option.names.map { "Fl \(flagName($0))" }.joined(separator: " , ")
                page.macro("It", names + (option.kind == .option ? " Ar \(option.valueName ?? "value")" : ""))
            }
            var text = option.abstract
            if !option.discussion.isEmpty { text += " " + option.discussion }
            if !option.allValues.isEmpty && !option.allValues.allSatisfy({ text.contains($0) }) {
                text += " One of: " + option.allValues.joined(separator: ", ") + "."
            }
            page.text(text)
            if let value = option.defaultValue {
                page.text("Default:")
                page.macro("Ql", Mdoc.argument(value))
            }
        }
        page.macro("El")
    }

    /// The help's blocks, each a paragraph (the first one too with `startsParagraph`: not
    /// right after a section heading or a list item, which start one already).
    func blocks(_ text: String, into page: inout Mdoc, startsParagraph: Bool = true) {
        for (index, block) in HelpBlock.blocks(text).enumerated() {
            let paragraph = index > 0 || startsParagraph
            switch block {
            case .prose(let prose):
                if paragraph { page.macro("Pp") }
                page.text(prose)
            case .table(let heading, let rows):
                if let heading {
                    if paragraph { page.macro("Pp") }
                    page.text(heading)
                }
                table(rows, into: &page)
            case .literal(let heading, let lines):
                // A display makes its own space.
                if let heading {
                    if paragraph { page.macro("Pp") }
                    page.text(heading)
                }
                page.literal(lines)
            }
        }
    }

    /// Terms and their meanings, compact as in the help, the meanings lined up after the
    /// longest term when it is short.
    func table(_ rows: [HelpBlock.Row], into page: inout Mdoc) {
        let longest = rows.map(\.term).max { $0.count < $1.count } ?? ""
        page.macro("Bl", "-tag", "-width", longest.count <= 20 ? Mdoc.argument(longest) : "Ds", "-compact")
        for row in rows {
            page.macro("It", Mdoc.argument(row.term))
            page.text(row.meaning)
        }
        page.macro("El")
    }

    /// "See discpath-evaluate(1)."
    func seePage(_ command: CommandInfo, into page: inout Mdoc) {
        page.text("See")
        page.macro("Xr", command.pageName, "1", ".")
    }

    func keys(of command: CommandInfo?, into page: inout Mdoc) throws(TemplateMismatch) {
        guard let keys = template.keys, command?.subpath == keys.command else { return }
        page.macro("Sh", "KEYS")
        blocks(keys.text, into: &page, startsParagraph: false)
    }

    func entries(_ section: String, _ entries: [ManualTemplate.Entry], macro: String, into page: inout Mdoc) {
        guard !entries.isEmpty else { return }
        page.macro("Sh", section)
        page.macro("Bl", "-tag", "-width", "Ds")
        for entry in entries {
            page.macro("It", macro, Mdoc.argument(entry.name))
            blocks(entry.text, into: &page, startsParagraph: false)
        }
        page.macro("El")
    }

    func exitStatus(_ rows: [HelpBlock.Row], into page: inout Mdoc) {
        page.macro("Sh", "EXIT STATUS")
        page.text("\(tool.commandName) exits with one of these statuses, the same for every command:")
        table(rows, into: &page)
    }

    func examples(_ examples: [ManualTemplate.Example], into page: inout Mdoc) {
        guard !examples.isEmpty else { return }
        page.macro("Sh", "EXAMPLES")
        for (index, example) in examples.enumerated() {
            if index > 0 { page.macro("Pp") }
            page.text(example.text)
            page.literal(example.lines)
        }
    }

    func seeAlso(_ own: [String], into page: inout Mdoc) {
        // By section, then by name, as mandoc expects.
        let references = (own.map { ManualTemplate.Reference($0, 1) } + template.seeAlso)
            .sorted { ($0.section, $0.name) < ($1.section, $1.name) }
        page.macro("Sh", "SEE ALSO")
        for (index, reference) in references.enumerated() {
            page.macro("Xr", reference.name, "\(reference.section)" + (index < references.count - 1 ? " ," : ""))
        }
    }

    // MARK: Taking the help apart

    /// The exit-code table of the program's help.
    func exitCodeRows() throws(TemplateMismatch) -> [HelpBlock.Row] {
        for case .table(let heading, let rows) in HelpBlock.blocks(tool.discussion) where heading == template.exitCodesHeading {
            return rows
        }
        throw TemplateMismatch(description: "the help of \(tool.commandName) has no table headed '\(template.exitCodesHeading)'")
    }

    /// The program's help without its exit-code table, which EXIT STATUS shows.
    func withoutExitCodes(_ discussion: String) -> String {
        HelpBlock.paragraphs(discussion)
            .filter { $0.first != template.exitCodesHeading }
            .map { $0.joined(separator: "\n") }
            .joined(separator: "\n\n")
    }

    /// A command's help without the key table, which KEYS shows.
    func withoutKeys(_ command: CommandInfo) throws(TemplateMismatch) -> String {
        guard let keys = template.keys, keys.command == command.subpath else { return command.discussion }
        guard let range = command.discussion.firstRange(of: keys.text) else {
            throw TemplateMismatch(description: "the help of '\(command.path.joined(separator: " "))' does not hold the key table")
        }
        var discussion = command.discussion
        discussion.removeSubrange(range)
        return discussion
    }

    // MARK: Text

    /// "2026-11-25" as mdoc dates are written: "November 25, 2026".
    static func mdocDate(_ date: String) -> String {
        let parts = date.split(separator: "-").compactMap { Int($0) }
        let months = ["January", "February", "March", "April", "May", "June", "July", "August", "September",
                      "October", "November", "December"]
        guard parts.count == 3, (1...12).contains(parts[1]) else { return date }
        return "\(months[parts[1] - 1]) \(parts[2]), \(parts[0])"
    }

    /// An abstract as a NAME line's description: no full stop, and a capital that only starts
    /// the sentence made lower case ("the referral pathway", but "FHIR").
    static func description(_ abstract: String) -> String {
        var text = abstract.hasSuffix(".") ? String(abstract.dropLast()) : abstract
        if let first = text.first, first.isUppercase, text.dropFirst().first?.isLowercase ?? false {
            text = first.lowercased() + text.dropFirst()
        }
        return text
    }
}
