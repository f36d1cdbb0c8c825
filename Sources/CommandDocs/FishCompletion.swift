extension Completions {
    /// The fish completion: `complete` lines over the help's options, each for the place it is
    /// valid at, as a helper function reads the command line.
    public func fish() -> String {
        let name = tool.commandName
        let prefix = "__\(Self.identifier(name))"
        let contexts = self.contexts
        var script = """
            # fish completion for \(name): its commands, its options and their values.
            # Made by discpath-docs from the program's own help; do not edit.

            # The options that take a value at a place ('' at the top, 'export questionnaire').
            function \(prefix)_takes_value --argument-names place option
                switch "$place:$option"

            """
        let valued = placedNames(of: contexts) { $0.takesValue }
        if !valued.isEmpty { script += "        case \(valued.joined(separator: " "))\n            return 0\n" }
        script += """
                end
                return 1
            end

            # The commands that can follow the ones given.
            function \(prefix)_subcommands --argument-names place
                switch "$place"

            """
        for context in contexts where !context.subcommands.isEmpty {
            script += "        case \(Self.quoted(context.path))\n"
            script += "            printf '%s\\n' \(context.subcommands.map { Self.quoted($0.commandName) }.joined(separator: " "))\n"
        }
        script += """
                end
            end

            # Reads the command line up to the cursor. Prints, one a line: the commands given (the
            # place), whether an option came before any command (yes or no), then the words after
            # the commands that are neither options nor their values.
            function \(prefix)_line
                set -l words (commandline -opc)
                set -e words[1]
                set -l place ''
                set -l option_seen no
                set -l value_next no
                set -l ended no
                set -l rest
                for word in $words
                    if test $value_next = yes
                        set value_next no
                    else if test $ended = no; and test "$word" = --
                        set ended yes
                    else if test $ended = no; and string match -qr -- '^-.' $word
                        set option_seen yes
                        if not string match -q -- '*=*' $word; and \(prefix)_takes_value "$place" $word
                            set value_next yes
                        end
                    else if test $option_seen = no; and test (count $rest) = 0; and test "$place" != help; and contains -- $word (\(prefix)_subcommands "$place")
                        set place (string trim -- "$place $word")
                    else
                        set -a rest $word
                    end
                end
                printf '%s\\n' "$place" $option_seen $rest
            end

            # Whether an option that may be given once is offered: it is not on the line yet, or its
            # value is what is being completed. $argv: its names (--audience).
            function \(prefix)_offer
                set -l words (commandline -opc)
                set -l token (commandline -ct)
                for name in $argv
                    if test "$words[-1]" = $name; or string match -q -- "$name=*" $token
                        return 0
                    end
                end
                for word in $words[2..-1]
                    for name in $argv
                        if test "$word" = $name; or string match -q -- "$name=*" $word
                            return 1
                        end
                    end
                end
                return 0
            end

            # Whether the cursor is at place $argv[1].
            function \(prefix)_at --argument-names place
                test (\(prefix)_line)[1] = "$place"
            end

            # Whether a command can come next at the top: no option before it, no word yet.
            function \(prefix)_command_next --argument-names place
                set -l line (\(prefix)_line)
                test "$line[1]" = "$place"; and test "$line[2]" = no; and test (count $line) -le 2
            end

            # Files with one of these extensions (any file when none), and folders. In --option=value,
            # fish completes what follows the = itself.
            function \(prefix)_files
                set -l token (string replace -r -- '^--[^=]*=' '' (commandline -ct))
                for file in (complete -C"__fish_command_without_completions $token")
                    set file (string split -f1 \\t -- $file)
                    if test (count $argv) = 0; or string match -q -- '*/' $file; or contains -- (string replace -r -- '.*\\.' '' $file) $argv
                        printf '%s\\n' $file
                    end
                end
            end

            # Completes the plain word the cursor is on, by its place and its number (from 0).
            function \(prefix)_positional
                set -l line (\(prefix)_line)
                set -l place $line[1]
                set -e line[1..2]
                switch "$place:"(count $line)

            """
        for (pattern, completion, request) in positionalCases(of: contexts) {
            script += "        case \(pattern)\n            \(fishValues(completion, request: request, prefix: prefix))\n"
        }
        script += """
                end
            end

            # The commands 'help' can name after the ones already given.
            function \(prefix)_help_targets
                set -l line (\(prefix)_line)
                set -e line[1..2]
                switch "$line"

            """
        for path in helpPaths {
            script += "        case \(Self.quoted(path))\n"
            for target in helpTargets(after: path) {
                script += "            printf '%s\\t%s\\n' \(Self.quoted(target.commandName)) \(Self.quoted(Self.summary(target.abstract)))\n"
            }
        }
        script += """
                end
            end

            # What the program itself offers for an option (a completion written in its code): the
            # commands, --, and the option.
            function \(prefix)_custom
                set -l words (commandline -opc) (commandline -ct)
                $words[1] ---completion $argv (math (count $words) - 2) (string length -- (commandline -ct)) $words[2..-1] 2>/dev/null
            end

            complete -c \(name) -f

            """
        for context in contexts {
            let at = "\(prefix)_at \(Self.quoted(context.path))"
            for option in context.options {
                script += fishLine(option, condition: at, program: name, prefix: prefix) + "\n"
            }
            let atPlace = Self.quoted(at)
            if !context.positionals.isEmpty {
                script += "complete -c \(name) -n \(atPlace) -a \(Self.quoted("(\(prefix)_positional)"))\n"
            }
            if context.namesCommands {
                script += "complete -c \(name) -n \(atPlace) -a \(Self.quoted("(\(prefix)_help_targets)"))\n"
            } else {
                let next = Self.quoted("\(prefix)_command_next \(Self.quoted(context.path))")
                for sub in context.subcommands {
                    script += "complete -c \(name) -n \(next) -a \(Self.quoted(sub.commandName)) -d \(Self.quoted(Self.summary(sub.abstract)))\n"
                }
            }
        }
        return script
    }

    /// One `complete` line: the option's names, its value, its description; an option that may
    /// be given once is not offered again.
    func fishLine(_ option: Option, condition: String, program: String, prefix: String) -> String {
        let names = option.argument.names.map { name in
            switch name.kind {
            case .long: return "-l \(name.name)"
            case .short: return "-s \(name.name)"
            case .longWithSingleDash: return "-o \(name.name)"
            }
        }.joined(separator: " ")
        let once = option.argument.isRepeating ? "" : "; and \(prefix)_offer " + option.names.joined(separator: " ")
        var line = "complete -c \(program) -n \(Self.quoted(condition + once)) \(names)"
        if option.takesValue {
            line += " -r -f"
            if let completion = option.argument.valueCompletion {
                let request = Self.customRequest(owner: option.owner, argument: option.protocolName)
                line += " -a " + Self.quoted("(" + fishValues(completion, request: request, prefix: prefix) + ")")
            }
        }
        return line + " -d " + Self.quoted(Self.summary(option.argument.abstract))
    }

    /// The fish that prints the completions of one value; `request` asks the program.
    func fishValues(_ completion: ArgumentInfo.Completion, request: [String], prefix: String) -> String {
        switch completion {
        case .list(let values): return "printf '%s\\n' " + values.map(Self.quoted).joined(separator: " ")
        case .file(let extensions): return "\(prefix)_files " + extensions.map(Self.quoted).joined(separator: " ")
        case .directory: return "__fish_complete_directories"
        case .shellCommand(let command): return command
        case .custom: return "\(prefix)_custom " + request.map(Self.quoted).joined(separator: " ")
        }
    }
}
