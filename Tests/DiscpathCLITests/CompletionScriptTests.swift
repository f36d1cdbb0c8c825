import CommandDocs
import Testing

/// The completion scripts as made from the help: every command and option in each shell's.
@Suite("Completion scripts made from the commands' help")
struct CompletionScriptTests {
    @Test("bash, zsh and fish name every command, every option where it is taken, and each option's listed values")
    func everything() throws {
        let info = try dumpedHelp()
        let tool = info.command
        let completions = Completions(tool: info)
        let scripts = ["bash": completions.bash(), "zsh": completions.zsh(), "fish": completions.fish()]
        for (shell, script) in scripts {
            for command in tool.allCommands.dropFirst() {
                #expect(script.contains("'\(command.commandName)'"), "\(shell) does not complete the command \(command.commandName)")
                for option in command.shownOptions {
                    for name in option.names {
                        let written = shell == "fish" ? (name.kind == .long ? "-l \(name.name)" : "-s \(name.name)") : name.spelled
                        #expect(script.contains(written), "\(shell) does not complete \(name.spelled) of \(command.subpath)")
                    }
                    for value in option.allValues {
                        #expect(script.contains(value), "\(shell) does not complete \(value) for \(command.subpath) \(option.spelledNames)")
                    }
                }
            }
        }
        // A plain word (a positional argument) completes at its place, by its number.
        for command in tool.allCommands where !command.isHelpCommand {
            for (index, positional) in command.shownPositionals.enumerated() {
                let place = "'\(command.subpath):'" + (positional.isRepeating ? "*" : "\(index)")
                #expect(scripts["bash"]?.contains(place) == true, "bash does not complete \(command.subpath)'s argument \(index)")
                #expect(scripts["fish"]?.contains(place) == true, "fish does not complete \(command.subpath)'s argument \(index)")
                let spec = positional.isRepeating ? "'*:" : "'\(index + 1):"
                #expect(scripts["zsh"]?.contains(spec + (positional.valueName ?? "argument") + ":") == true,
                        "zsh does not complete \(command.subpath)'s argument \(index)")
            }
        }
        // With no command, the default command's options complete at the top.
        let bash = try #require(scripts["bash"])
        let top = try #require(bash.split(separator: "\n").first { $0.hasPrefix("    '') printf") })
        for option in tool.defaultCommand?.shownOptions ?? [] {
            #expect(top.contains("'\(option.spelledNames.last ?? "")'"), "bash does not complete \(option.spelledNames) at the top")
        }
    }

    @Test("no script starts with #!: completions are sourced, not run")
    func noShebang() throws {
        let completions = Completions(tool: try dumpedHelp())
        #expect(!completions.bash().hasPrefix("#!"))
        #expect(completions.zsh().hasPrefix("#compdef discpath\n"))
        #expect(!completions.fish().hasPrefix("#!"))
    }
}
