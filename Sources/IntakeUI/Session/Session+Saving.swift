import PathwayCore
import TextLayout

/// Saving a chart note or the answers, as pure transitions: `s` or `a` opens a box and asks the
/// front end for the local time (`.readLocalTime`), which dates the default file name; Enter
/// asks it to write the file (`.writeFile`), and it answers with `.fileWritten`: saved (a notice
/// names the file), a file is there (asks whether to replace it), or it could not be written
/// (the reason, in the box, to change the name or cancel). A file is never replaced unless the
/// user says yes.
extension Session {
    /// The answers and decision of a whole path, as saved and as the result shows them; nil
    /// before the answers reach a tier.
    public func currentResult(_ pathway: Pathway) -> SessionResult? {
        guard case .complete = intake.step, let decision = intake.decision(pathway.rules) else { return nil }
        return SessionResult(audience: wording, answers: intake.effectiveAnswers(pathway.rules), decision: decision)
    }

    /// What a file of `kind` holds for `result`, dated `time` (a note only).
    public static func contents(_ kind: SaveKind, of result: SessionResult, pathway: Pathway, time: LocalTime?) -> String {
        switch kind {
        case .note:
            return ChartNote.render(decision: result.decision, answers: result.answers, pathway: pathway,
                                    audience: result.audience, recordedAt: time?.text ?? "time not known")
        case .answers:
            return AnswersJSON.encode(result.answers)
        }
    }

    mutating func startSave(_ kind: SaveKind, _ context: ViewContext) {
        // The keys are bound only where the answers reach a tier; this holds if that changes.
        guard currentResult(context.pathway) != nil else { return }
        overlay = .save(SavePrompt(kind: kind, recordedAt: nil, directory: configuration.saveDirectory))
        emit(.readLocalTime)
    }

    /// `c` on the result: the chart note, dated by the local time the front end reads, goes to
    /// the terminal's clipboard; nothing is written to disk.
    mutating func startCopy(_ context: ViewContext) {
        guard currentResult(context.pathway) != nil else { return }
        copyPending = true
        emit(.readLocalTime)
    }

    /// The front end's answer to the copy asked for.
    mutating func copied(_ done: Bool, _ pathway: Pathway) {
        notice = .copied(done)
        if done { kept = currentResult(pathway) }
    }

    /// Whether the result shown may be dropped without asking: it was saved or copied (as it
    /// stands), its note is written on leaving anyway, or it is not a clinician's result to keep
    /// (a kiosk's, a rehearsal's).
    func mayDropResult(_ action: LeaveAction, _ pathway: Pathway) -> Bool {
        guard configuration.mode == .standard, rehearsal == nil, let result = currentResult(pathway) else { return true }
        if action == .quit, configuration.writesNoteOnLeaving { return true }
        return kept == result
    }

    /// The local time the front end read for the save just started: the default name and the
    /// note are dated with it.
    mutating func dateSave(_ time: LocalTime, _ pathway: Pathway) {
        if copyPending {
            copyPending = false
            if let result = currentResult(pathway) { emit(.copyToClipboard(Self.contents(.note, of: result, pathway: pathway, time: time))) }
            return
        }
        guard case .save(var prompt)? = overlay, prompt.recordedAt == nil, !prompt.writing else { return }
        prompt.date(time)
        overlay = .save(prompt)
    }

    mutating func applySave(_ intent: Intent, _ prompt: SavePrompt, _ context: ViewContext) {
        // The front end answers a request before the next key; until then, keys wait on nothing.
        guard !prompt.writing else { return }
        var prompt = prompt
        switch prompt.stage {
        case .naming:
            switch intent {
            case .typeCharacter(let c): prompt.field.insert(c)
            case .deleteCharacter: prompt.field.deleteBackward()
            case .clearField: prompt.field.clear()
            case .cursorLeft: prompt.field.moveLeft()
            case .cursorRight: prompt.field.moveRight()
            case .top: prompt.field.moveToStart()
            case .bottom: prompt.field.moveToEnd()
            case .no:
                overlay = nil
                return
            case .confirm:
                guard let result = currentResult(context.pathway) else { overlay = nil; return }
                let name = prompt.field.text
                if name.allSatisfy(\.isWhitespace) {
                    prompt.problem = "Type a file name."
                } else {
                    prompt.problem = nil
                    prompt.writing = true
                    emit(.writeFile(FileRequest(kind: prompt.kind, path: name,
                                                contents: Self.contents(prompt.kind, of: result, pathway: context.pathway,
                                                                        time: prompt.recordedAt),
                                                overwrite: false)))
                }
            default:
                break
            }
        case .confirmingOverwrite:
            switch intent {
            case .yes:
                guard let result = currentResult(context.pathway) else { overlay = nil; return }
                prompt.writing = true
                emit(.writeFile(FileRequest(kind: prompt.kind, path: prompt.field.text,
                                            contents: Self.contents(prompt.kind, of: result, pathway: context.pathway,
                                                                    time: prompt.recordedAt),
                                            overwrite: true)))
            case .no:
                prompt.stage = .naming
            default:
                break
            }
        }
        overlay = .save(prompt)
    }

    /// The front end's answer to the file asked for; nothing when none was asked for.
    mutating func fileWritten(_ result: FileWriteResult, _ pathway: Pathway) {
        guard case .save(var prompt)? = overlay, prompt.writing else { return }
        prompt.writing = false
        switch result {
        case .written(let shownAs):
            overlay = nil
            kept = currentResult(pathway)
            notice = .saved(prompt.kind, path: TerminalSafe.escape(shownAs))
        case .exists:
            prompt.stage = .confirmingOverwrite
            overlay = .save(prompt)
        case .failed(let reason):
            prompt.stage = .naming
            prompt.problem = "Not saved: \(reason)."
            overlay = .save(prompt)
        }
    }
}
