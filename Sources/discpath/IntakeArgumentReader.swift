import PathwayCore

/// The intake's own options read without swift-argument-parser, whose command tree costs more at
/// start than the whole first screen. It reads only what it is sure of: the intake's options,
/// with `intake` named or not, as swift-argument-parser reads them (`--name value` or
/// `--name=value`, the last of a repeated option winning; `FastOptions`), with values that pass
/// the intake's checks. Anything else (help, `--version`, another command, an unknown option, a
/// value to refuse, `--`) gets nil, and goes to swift-argument-parser as before, so help, errors
/// and completions are its. A test holds both readers to the same runs over generated lists.
enum IntakeArgumentReader {
    static let valued: [Substring] = ["--audience", "--idle-timeout", "--urgent-hold", "--pathway", "--answers", "--note"]

    /// The run `arguments` ask for, or nil to leave them to swift-argument-parser.
    static func read(_ arguments: [String]) -> IntakeRun? {
        var rest = arguments[...]
        if rest.first == "intake" { rest = rest.dropFirst() }
        guard let options = FastOptions.scan(rest, valued: valued) else { return nil }
        var run = IntakeRun()
        for option in options {
            switch (option.name, option.value) {
            case ("--ascii", nil): run.ascii = true
            case ("--plain", nil): run.plain = true
            case ("--quiet", nil): run.quiet = true
            case ("--kiosk", nil): run.kiosk = true
            case ("--audience", let text?):
                guard let audience = Audience(rawValue: text) else { return nil }
                run.audience = audience
            case ("--idle-timeout", let text?):
                guard let seconds = Int(text) else { return nil }
                run.idleTimeout = seconds
            case ("--urgent-hold", let text?):
                guard let seconds = Int(text) else { return nil }
                run.urgentHold = seconds
            case ("--pathway", let file?): run.pathway = file
            case ("--answers", let file?): run.answers = file
            case ("--note", let file?): run.note = file
            default: return nil
            }
        }
        return run.problem == nil ? run : nil
    }
}
