extension Completions {
    /// The bash completion: a function over tables made from the help. It needs no other
    /// completion package; bash-completion loads it when `discpath` is first completed.
    public func bash() -> String {
        let name = tool.commandName
        let prefix = "__\(Self.identifier(name))"
        let contexts = self.contexts
        var script = """
            # bash completion for \(name): its commands, its options and their values.
            # Made by discpath-docs from the program's own help; do not edit.

            # The options at a place: $1 is the commands given ('' at the top, 'export questionnaire').
            \(prefix)_options() {
                case $1 in

            """
        for context in contexts {
            let names = context.options.flatMap(\.names)
            script += "    \(Self.quoted(context.path))) printf '%s\\n' \(names.map(Self.quoted).joined(separator: " ")) ;;\n"
        }
        script += """
                esac
            }

            # Whether option $2 at place $1 takes a value.
            \(prefix)_takes_value() {
                case "$1:$2" in

            """
        let valued = placedNames(of: contexts) { $0.takesValue }
        if !valued.isEmpty { script += "    \(valued.joined(separator: "|"))) return 0 ;;\n" }
        script += """
                esac
                return 1
            }

            # Whether option $2 at place $1 may be given again.
            \(prefix)_repeats() {
                case "$1:$2" in

            """
        let repeating = placedNames(of: contexts) { $0.argument.isRepeating }
        if !repeating.isEmpty { script += "    \(repeating.joined(separator: "|"))) return 0 ;;\n" }
        script += """
                esac
                return 1
            }

            # The commands that can follow the commands $1.
            \(prefix)_subcommands() {
                case $1 in

            """
        for context in contexts where !context.subcommands.isEmpty {
            script += "    \(Self.quoted(context.path))) printf '%s\\n' \(context.subcommands.map { Self.quoted($0.commandName) }.joined(separator: " ")) ;;\n"
        }
        script += """
                esac
            }

            # The commands 'help' can name after the words $1.
            \(prefix)_help_targets() {
                case $1 in

            """
        for path in helpPaths {
            script += "    \(Self.quoted(path))) printf '%s\\n' \(helpTargets(after: path).map { Self.quoted($0.commandName) }.joined(separator: " ")) ;;\n"
        }
        script += """
                esac
            }

            # The values of option $2 at place $1 that start with $3.
            \(prefix)_values() {
                case "$1:$2" in

            """
        for context in contexts {
            for option in context.options {
                guard let completion = option.argument.valueCompletion else { continue }
                let cases = option.names.map { Self.quoted("\(context.path):\($0)") }.joined(separator: "|")
                script += "    \(cases)) \(bashValues(completion, request: Self.customRequest(owner: option.owner, argument: option.protocolName), prefix: prefix)) ;;\n"
            }
        }
        script += """
                esac
            }

            # Completes the plain word number $2 (from 0) at place $1, that starts with $3; fails
            # where the place takes no such word.
            \(prefix)_positional() {
                case "$1:$2" in

            """
        for (pattern, completion, request) in positionalCases(of: contexts) {
            script += "    \(pattern)) \(bashValues(completion, request: request, prefix: prefix)); return 0 ;;\n"
        }
        script += """
                esac
                return 1
            }

            # The words after $1 that start with it.
            \(prefix)_words() {
                local start=$1 IFS=$'\\n'
                shift
                COMPREPLY+=($(compgen -W "$*" -- "$start"))
            }

            # Files that start with $1 and have one of the extensions after it (any file when none),
            # and folders.
            \(prefix)_files() {
                local start=$1 extension IFS=$'\\n'
                shift
                compopt -o filenames 2>/dev/null
                if (($# == 0)); then
                    COMPREPLY+=($(compgen -f -- "$start"))
                    return
                fi
                COMPREPLY+=($(compgen -d -- "$start"))
                for extension in "$@"; do
                    COMPREPLY+=($(compgen -f -X "!*.$extension" -- "$start"))
                done
            }

            # What the program itself offers for an option (a completion written in its code):
            # $1 the start of the word, then the commands, --, and the option.
            \(prefix)_custom() {
                local start=$1 IFS=$'\\n'
                shift
                COMPREPLY+=($(compgen -W "$("${\(prefix)_line[0]}" ---completion "$@" \\
                    "$((${#\(prefix)_line[@]} - 2))" "${#start}" "${\(prefix)_line[@]:1}" 2>/dev/null)" -- "$start"))
            }

            \(prefix)_contains() {
                local word=$1 item
                shift
                for item in "$@"; do [[ $item == "$word" ]] && return 0; done
                return 1
            }

            _\(Self.identifier(name))() {
                # The words up to the cursor, with "--option" "=" "value" (bash splits words at =)
                # joined again.
                local -a \(prefix)_line=()
                local i word
                for ((i = 0; i <= COMP_CWORD; i++)); do
                    word=${COMP_WORDS[i]}
                    if ((${#\(prefix)_line[@]} > 1)) && [[ ${\(prefix)_line[-1]} == --* ]] &&
                        [[ $word == = || ${COMP_WORDS[i - 1]} == = ]]; then
                        \(prefix)_line[-1]+=$word
                    else
                        \(prefix)_line+=("$word")
                    fi
                done
                local cur=${\(prefix)_line[-1]} path='' value_of='' ended=0 options_seen=0
                local -a positionals=() used=()
                for ((i = 1; i < ${#\(prefix)_line[@]} - 1; i++)); do
                    word=${\(prefix)_line[i]}
                    if [[ -n $value_of ]]; then
                        value_of=''
                    elif ((!ended)) && [[ $word == -- ]]; then
                        ended=1
                    elif ((!ended)) && [[ $word == -?* ]]; then
                        options_seen=1
                        used+=("${word%%=*}")
                        if [[ $word != *=* ]] && \(prefix)_takes_value "$path" "$word"; then value_of=$word; fi
                    elif ((!options_seen && ${#positionals[@]} == 0)) && [[ $path != help ]] &&
                        \(prefix)_contains "$word" $(\(prefix)_subcommands "$path"); then
                        path=${path:+$path }$word
                    else
                        positionals+=("$word")
                    fi
                done

                COMPREPLY=()
                if [[ -n $value_of ]]; then
                    \(prefix)_values "$path" "$value_of" "$cur"
                elif ((!ended)) && [[ $cur == --*=* ]]; then
                    \(prefix)_values "$path" "${cur%%=*}" "${cur#*=}"
                    # Where = does not split words, a reply replaces the whole word: keep the option.
                    [[ $COMP_WORDBREAKS == *=* ]] || COMPREPLY=("${COMPREPLY[@]/#/${cur%%=*}=}")
                elif [[ $path == help ]]; then
                    \(prefix)_words "$cur" $(\(prefix)_help_targets "${positionals[*]}")
                elif [[ $cur != -* || $ended == 1 ]] && \(prefix)_positional "$path" "${#positionals[@]}" "$cur"; then
                    :
                elif ((!ended)) && [[ $cur == -* || -z $(\(prefix)_subcommands "$path") ]]; then
                    local option
                    for option in $(\(prefix)_options "$path"); do
                        if \(prefix)_repeats "$path" "$option" || ! \(prefix)_contains "$option" "${used[@]}"; then
                            [[ $option == "$cur"* ]] && COMPREPLY+=("$option")
                        fi
                    done
                elif ((!options_seen && ${#positionals[@]} == 0)); then
                    \(prefix)_words "$cur" $(\(prefix)_subcommands "$path")
                fi
                return 0
            }

            complete -F _\(Self.identifier(name)) \(name)

            """
        return script
    }

    /// The bash that completes one value, the word's start in $3; `request` asks the program.
    func bashValues(_ completion: ArgumentInfo.Completion, request: [String], prefix: String) -> String {
        switch completion {
        case .list(let values):
            return "\(prefix)_words \"$3\" " + values.map(Self.quoted).joined(separator: " ")
        case .file(let extensions):
            return "\(prefix)_files \"$3\"" + extensions.map { " " + Self.quoted($0) }.joined()
        case .directory:
            return "compopt -o filenames 2>/dev/null; COMPREPLY+=($(compgen -d -- \"$3\"))"
        case .shellCommand(let command):
            return "\(prefix)_words \"$3\" $(\(command))"
        case .custom:
            return "\(prefix)_custom \"$3\" " + request.map(Self.quoted).joined(separator: " ")
        }
    }

    /// `text` in single quotes, for any shell here.
    static func quoted(_ text: String) -> String {
        "'" + text.replacing("'", with: "'\\''") + "'"
    }

    /// The program's name as a shell function name: letters, digits and underscores.
    static func identifier(_ name: String) -> String {
        String(name.map { $0.isLetter || $0.isNumber ? $0 : "_" })
    }
}
