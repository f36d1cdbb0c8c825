import PathwayCore

/// The intake's own options read without swift-argument-parser, whose command tree costs more at
/// start than the whole first screen. It reads only what it is sure of: the intake's options,
/// with `intake` named or not, as swift-argument-parser reads them (`--name value` or
/// `--name=value`, the last of a repeated option winning), with values that pass the intake's
/// checks. Anything else (help, `--version`, another command, an unknown option, a value to
/// refuse, `--`) gets nil, and goes to swift-argument-parser as before, so help, errors and
/// completions are its. A test holds both readers to the same runs over generated lists.
enum IntakeArgumentReader {
    /// The run `arguments` ask for, or nil to leave them to swift-argument-parser.
    static func read(_ arguments: [String]) -> IntakeRun? {
        var rest = arguments[...]
        if rest.first == "intake" { rest = rest.dropFirst() }
        var run = IntakeRun()
        while let argument = rest.popFirst() {
            guard argument.hasPrefix("--") else { return nil }
            let name: Substring
            var attached: Substring?
            if let equals = argument.firstIndex(of: "=") {
                name = argument[..<equals]
                attached = argument[argument.index(after: equals)...]
            } else {
                name = argument[...]
            }
            // The value of an option: attached with = (whatever it is), or the next argument
            // unless it looks like an option ("-" alone is a value: standard output for --note).
            // swift-argument-parser takes one that looks like an option for --idle-timeout and
            // --urgent-hold (.unconditional) only to refuse it, so it is left to it; so are
            // empty values.
            func value() -> String? {
                if let attached { return attached.isEmpty ? nil : String(attached) }
                guard let next = rest.first, !next.isEmpty, next == "-" || !next.hasPrefix("-") else { return nil }
                rest = rest.dropFirst()
                return next
            }
            func flag() -> Bool { attached == nil }
            switch name {
            case "--ascii": guard flag() else { return nil }; run.ascii = true
            case "--plain": guard flag() else { return nil }; run.plain = true
            case "--quiet": guard flag() else { return nil }; run.quiet = true
            case "--kiosk": guard flag() else { return nil }; run.kiosk = true
            case "--audience":
                guard let text = value(), let audience = Audience(rawValue: text) else { return nil }
                run.audience = audience
            case "--idle-timeout":
                guard let text = value(), let seconds = Int(text) else { return nil }
                run.idleTimeout = seconds
            case "--urgent-hold":
                guard let text = value(), let seconds = Int(text) else { return nil }
                run.urgentHold = seconds
            case "--pathway":
                guard let file = value() else { return nil }
                run.pathway = file
            case "--answers":
                guard let file = value() else { return nil }
                run.answers = file
            case "--note":
                guard let file = value() else { return nil }
                run.note = file
            default:
                return nil
            }
        }
        return run.problem == nil ? run : nil
    }
}
