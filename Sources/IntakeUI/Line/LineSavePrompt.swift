/// The save box in line mode: the same prompt as the screens, as a question on a line of its
/// own, and the line typed back turned into the keys the box takes.
extension LineFrontEnd {
    /// What to type to save from the result or the review, added to their prompts.
    static func saveCommands(onResult: Bool) -> String {
        onResult ? "Type s to save a chart note, or a to save the answers." : "Type a to save the answers."
    }

    /// What to say once the box closes: the screen again, or on the result only what it takes
    /// (the whole report again would be a long read for a screen reader).
    public static func afterSave(_ model: ScreenModel) -> [String] {
        if case .document = model.content { return [resultCommands, saveCommands(onResult: true), ""] }
        return prompt(model, saving: true) + [""]
    }

    /// The question the save box asks now.
    public static func savePrompt(_ prompt: SavePrompt) -> [String] {
        switch prompt.stage {
        case .naming:
            let what = prompt.kind == .note ? "the chart note" : "the answers"
            // After a refusal the name is the one refused: offered to try again, not as the default.
            if let problem = prompt.problem {
                return [problem, "Save \(what) to which file? Type another name, press Enter to try \(prompt.field.text) again, or type cancel."]
            }
            return ["Save \(what) to which file? Press Enter for \(prompt.field.text), type another name, or type cancel."]
        case .confirmingOverwrite:
            return ["\(prompt.field.text) is there already. Type y to replace it, or n to choose another name."]
        }
    }

    /// The keys for `line` typed at the save box: Enter keeps the name shown, a name replaces
    /// it, "cancel" closes the box; when asked to replace a file, only "y" or "yes" replaces it.
    public static func saveKeys(_ line: String, _ prompt: SavePrompt) -> [KeyPress] {
        let text = line.trimmingWhitespace()
        switch prompt.stage {
        case .naming:
            if text.isEmpty { return [.enter] }
            if text.lowercased() == "cancel" { return [.escape] }
            let clear = [KeyPress.end] + Array(repeating: .backspace, count: prompt.field.characters.count)
            return clear + text.map { $0 == " " ? KeyPress.space : .character($0) } + [.enter]
        case .confirmingOverwrite:
            return ["y", "yes"].contains(text.lowercased()) ? [.character("y")] : [.character("n")]
        }
    }
}
