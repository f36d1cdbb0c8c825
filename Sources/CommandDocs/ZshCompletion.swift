extension Completions {
    /// The zsh completion: one function per command, each an `_arguments` over the help's
    /// options, for the completion system (compinit) to load from `$fpath` as `_discpath`.
    public func zsh() -> String {
        let name = tool.commandName
        let function = "_\(Self.identifier(name))"
        var script = """
            #compdef \(name)
            # zsh completion for \(name): its commands, its options and their values.
            # Made by discpath-docs from the program's own help; do not edit.


            """
        for context in contexts {
            script += zshFunction(context, base: function)
        }
        script += """
            # The commands 'help' can name after the ones already given.
            \(function)_help_targets() {
                local -a targets
                case "${(j: :)words[2,CURRENT-1]}" in

            """
        for path in helpPaths {
            let described = helpTargets(after: path).map { Self.zshQuoted(Self.describe($0.commandName, $0.abstract)) }
            script += "        \(Self.quoted(path))) targets=(\(described.joined(separator: " "))) ;;\n"
        }
        script += """
                esac
                _describe -t commands command targets
            }

            # What the program itself offers for an option (a completion written in its code): the
            # commands, --, and the option.
            \(function)_custom() {
                local -a values
                values=(${(f)"$("${\(function)_program}" ---completion "$@" $((CURRENT - 1)) ${#PREFIX} "${(@)words[2,CURRENT]}" 2>/dev/null)"})
                compadd -a values
            }

            # No command may follow an option of the default command.
            \(function)_first_command() {
                if (( ${#opt_args} )); then
                    _message 'no command after an option'
                else
                    \(function)_subcommands
                fi
            }

            if [[ $zsh_eval_context[-1] == loadautofunc ]]; then
                typeset -g \(function)_program=$words[1]
                \(function) "$@"
            else
                compdef \(function) \(name)
            fi

            """
        return script
    }

    /// `_discpath`, `_discpath_evaluate`, ...: the `_arguments` of one place, and the command
    /// that follows when there is one.
    func zshFunction(_ context: Context, base: String) -> String {
        let function = context.path.isEmpty ? base : base + "_" + context.path.split(separator: " ").map { Self.identifier(String($0)) }.joined(separator: "_")
        var specs = context.options.flatMap { zshSpecs($0, function: base) }
        for (index, positional) in context.positionals.enumerated() {
            let action = zshAction(Self.completion(of: positional),
                                   request: Self.customRequest(owner: context.command, argument: "positional@\(index)"))
            let name = Self.zshColonFree(positional.valueName ?? "argument")
            specs.append(Self.quoted((positional.isRepeating ? "*" : "\(index + 1)") + ":\(name):" + action))
        }
        if context.namesCommands {
            specs.append("'*: :\(base)_help_targets'")
        } else if !context.subcommands.isEmpty {
            let first = context.path.isEmpty && context.command.defaultCommand != nil ? "\(base)_first_command" : "\(function)_subcommands"
            // (-): once the command is given, the options here are over; its own follow.
            specs.append("'(-)1: :\(first)'")
            specs.append("'(-)*:: :->command'")
        }
        var text = "\(function)() {\n"
        if context.path.isEmpty { text += "    typeset -g \(base)_program=${\(base)_program:-$words[1]}\n" }
        text += "    local curcontext=$curcontext state state_descr line ret=1\n"
        text += "    typeset -A opt_args\n"
        text += "    _arguments -C -S \\\n" + specs.map { "        \($0)" }.joined(separator: " \\\n") + " && ret=0\n"
        if !context.subcommands.isEmpty && !context.namesCommands {
            text += "    if [[ $state == command ]]; then\n"
            text += "        curcontext=${curcontext%:*:*}:\(Self.identifier(tool.commandName))-$words[1]:\n"
            text += "        case $words[1] in\n"
            for sub in context.subcommands {
                let subFunction = function + "_" + Self.identifier(sub.commandName)
                text += "            \(Self.quoted(sub.commandName))) \(subFunction) && ret=0 ;;\n"
            }
            text += "        esac\n"
            text += "    fi\n"
        }
        text += "    return ret\n}\n\n"
        if !context.subcommands.isEmpty {
            let described = context.subcommands.map { Self.zshQuoted(Self.describe($0.commandName, $0.abstract)) }
            text += "\(function)_subcommands() {\n"
            text += "    local -a commands=(\(described.joined(separator: " ")))\n"
            text += "    _describe -t commands command commands\n}\n\n"
        }
        return text
    }

    /// The `_arguments` specs of one option: one per name, each excluding the others.
    func zshSpecs(_ option: Option, function: String) -> [String] {
        let names = option.names
        let description = "[" + Self.zshBracketed(Self.summary(option.argument.abstract)) + "]"
        let exclusive = option.argument.isStandard ? "(- *)" : (names.count > 1 ? "(" + names.joined(separator: " ") + ")" : "")
        let repeats = option.argument.isRepeating ? "*" : ""
        return names.map { name in
            var spec = repeats + exclusive + name
            if option.takesValue {
                // --name=value and --name value both; a one-letter option takes the next word.
                spec += name.hasPrefix("--") ? "=" : ""
                let action = option.argument.valueCompletion.map {
                    zshAction($0, request: Self.customRequest(owner: option.owner, argument: option.protocolName))
                } ?? " "
                spec += description + ":" + Self.zshColonFree(option.argument.valueName ?? "value") + ":" + action
            } else {
                spec += description
            }
            return Self.quoted(spec)
        }
    }

    /// The `_arguments` action that completes one value; `request` asks the program.
    func zshAction(_ completion: ArgumentInfo.Completion, request: [String]) -> String {
        switch completion {
        case .list(let values):
            return "(" + values.map(Self.zshWord).joined(separator: " ") + ")"
        case .file(let extensions):
            if extensions.isEmpty { return "_files" }
            // Patterns apart: "*.(json)" would read as a glob qualifier.
            return "_files -g \"" + extensions.map { "*." + Self.zshWord($0) }.joined(separator: " ") + "\""
        case .directory:
            return "_files -/"
        case .shellCommand(let command):
            return "{compadd -- ${(f)\"$(\(command))\"}}"
        case .custom:
            return "{_\(Self.identifier(tool.commandName))_custom " + request.map(Self.zshWord).joined(separator: " ") + "}"
        }
    }

    /// `name:description` for `_describe`.
    static func describe(_ name: String, _ abstract: String) -> String {
        name.replacing(":", with: "\\:") + ":" + summary(abstract)
    }

    /// A word as zsh reads it unquoted inside `(...)`.
    static func zshWord(_ word: String) -> String {
        String(word.flatMap { $0.isLetter || $0.isNumber || "-_./".contains($0) ? [$0] : ["\\", $0] })
    }

    /// Text inside an `_arguments` description: brackets and backslashes escaped.
    static func zshBracketed(_ text: String) -> String {
        text.replacing("\\", with: "\\\\").replacing("[", with: "\\[")
            .replacing("]", with: "\\]")
    }

    static func zshColonFree(_ text: String) -> String {
        text.replacing(":", with: " ")
    }

    /// `text` in single quotes for zsh's parser.
    static func zshQuoted(_ text: String) -> String { quoted(text) }
}
