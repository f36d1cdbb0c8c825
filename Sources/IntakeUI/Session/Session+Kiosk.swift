import PathwayCore

/// The kiosk's part of the session: the attendant's PIN prompt, the urgent result held for the
/// staff, and when the idle wipe has anything to wipe. Pure, like the rest of the session.
extension Session {
    /// The attendant opens the PIN prompt with either key, on any screen.
    static let attendantKeys: Set<KeyPress> = [.f10, .ctrlX]

    /// Whether the result on screen is the urgent tier, which the staff must see.
    public var isShowingUrgentResult: Bool {
        screen.as(ResultScreen.self)?.document.tier == .immediateSpineSurgeon
    }

    /// Seconds without a key before the wipe.
    var idleLimit: Int? { configuration.idleTimeout }

    /// Whether time changes anything on the session: only an idle limit (the kiosk's, or
    /// --idle-timeout) does; the kiosk's urgent hold and its bell run under the kiosk's limit.
    /// Without one, a front end can wait for the next key as long as it takes, with no wake-ups
    /// while the user reads.
    public var needsClock: Bool { idleLimit != nil }

    /// How long a front end may wait for a key before it must read the clock again, in
    /// milliseconds: nil for as long as it takes (no idle limit, or nothing the limit would
    /// wipe: the kiosk's first screen); a quarter second while something counts down on screen
    /// (the idle countdown, a wrong PIN's wait) or an urgent result is held for the staff;
    /// otherwise until the idle countdown is due. A kiosk left alone does not wake four times a
    /// second: ticks before that moment change nothing.
    public func clockWait(_ pathway: Pathway) -> Int? {
        guard let limit = idleLimit, limit > 0 else { return nil }
        guard let now, let last = lastActivity else { return Self.countingWait }
        if kiosk.urgentShownAt != nil || kiosk.lockout.secondsLeft(at: now) > 0 { return Self.countingWait }
        if case .idleWarning? = notice { return Self.countingWait }
        if hasNothingToWipe(pathway) { return nil }
        // The countdown shows once this long has passed since the last key (IdleTimeout.warning).
        let quiet = limit - IdleTimeout.warningSeconds(for: limit)
        guard quiet > 0 else { return Self.countingWait }
        guard let wait = IdleTimeout.millisecondsLeft(seconds: quiet, from: last, to: now) else { return Self.longestWait }
        return wait == 0 ? Self.countingWait : Int(min(wait, Int64(Self.longestWait)))
    }

    /// While something counts down on screen: four readings a second.
    static let countingWait = 250
    /// At most an hour between readings, however far off the countdown.
    static let longestWait = 3_600_000

    /// While an urgent result is held, the clock calls the staff (the bell every 30 s) and, with
    /// `--urgent-hold`, wipes it once that long (never less than the idle timeout) has passed
    /// since it was shown; nothing else wipes it. True while it is held.
    mutating func holdUrgentResult(at milliseconds: Int64, _ pathway: Pathway) -> Bool {
        guard let shown = kiosk.urgentShownAt else { return false }
        if let hold = configuration.urgentHold {
            let limit = max(hold, configuration.idleTimeout ?? hold)
            if IdleTimeout.hasPassed(seconds: limit, from: shown, to: milliseconds) {
                wipe(pathway, at: milliseconds)
                return true
            }
            if let warning = IdleTimeout.warning(seconds: limit, from: shown, to: milliseconds) { notice = warning }
        }
        if configuration.urgentAlert == .bell, let last = kiosk.lastAlertAt,
           IdleTimeout.hasPassed(seconds: Int(UrgentAlert.interval), from: last, to: milliseconds) {
            kiosk.lastAlertAt = milliseconds
            emit(.bell)
        }
        return true
    }

    /// After a key: an urgent result just shown in a kiosk is held for the staff from now, the
    /// staff called at once (the bell) and it is logged (the event only, never an answer).
    mutating func startUrgentHoldIfShown() {
        guard configuration.mode == .kiosk, isShowingUrgentResult, kiosk.urgentShownAt == nil else { return }
        kiosk.urgentShownAt = now ?? 0
        kiosk.lastAlertAt = now ?? 0
        emit(.log(.urgentResultShown))
        if configuration.urgentAlert == .bell { emit(.bell) }
    }

    /// Whether a wipe would change nothing: the first screen as it starts, nothing open or typed,
    /// no answer (not even one loaded with `--answers`). Then there is no countdown either.
    func hasNothingToWipe(_ pathway: Pathway) -> Bool {
        let fresh = Session(freshConfiguration, pathway: pathway)
        // A prompt kept open through a wrong PIN's wait, nothing typed, is the attendant's.
        let promptToWipe = kiosk.prompt.map { !$0.typed.isEmpty || kiosk.lockout.secondsLeft(at: now ?? 0) == 0 } ?? false
        return screen == fresh.screen && overlay == nil && !promptToWipe && intake == fresh.intake
            && audience == fresh.audience && drafts.isEmpty && ticks.isEmpty && behind.isEmpty
    }

    /// The end of a wrong PIN's wait, with the prompt open, counts as a key: the attendant who
    /// waited it out has the whole idle timeout to type the PIN.
    mutating func noteEndOfPINWait(from before: Int64?) {
        guard kiosk.prompt != nil, let before, let now, kiosk.lockout.secondsLeft(at: before) > 0,
              kiosk.lockout.secondsLeft(at: now) == 0 else { return }
        lastActivity = now
    }

    /// In a kiosk, the attendant's keys come before the key table: F10 or Ctrl-X opens the PIN
    /// prompt, and while it is open every key is the prompt's. True when the key was taken.
    mutating func attendantTakes(_ key: KeyPress, _ pathway: Pathway) -> Bool {
        guard configuration.mode == .kiosk else { return false }
        guard var prompt = kiosk.prompt else {
            guard Self.attendantKeys.contains(key) else { return false }
            kiosk.prompt = AttendantPrompt()
            return true
        }
        let clock = now ?? 0
        let waiting = kiosk.lockout.secondsLeft(at: clock) > 0
        switch key {
        case .escape:
            kiosk.prompt = nil
            return true
        case .enter:
            // An empty prompt is not a try: a stray Enter costs the attendant nothing.
            guard !waiting, !prompt.typed.isEmpty else { return true }
            if let pin = configuration.attendantPIN, pin.matches(prompt.typed) {
                kiosk.prompt = nil
                // An urgent result held: the PIN clears it for the next person; the kiosk goes on.
                if kiosk.holdingUrgentResult { wipe(pathway, at: now ?? 0) } else { emit(.finished(.endedByAttendant)) }
                return true
            }
            kiosk.lockout.recordFailure(at: clock)
            prompt.typed = ""
            prompt.refused = true
        case .backspace:
            if !prompt.typed.isEmpty { prompt.typed.removeLast() }
        case .ctrlU:
            prompt.typed = ""
        case .character(let character):
            guard !waiting, AttendantPIN.isAllowed(character), prompt.typed.utf8.count < AttendantPIN.maximumLength else { return true }
            prompt.typed.append(character)
            prompt.refused = false
        case .ctrlL:
            emit(.repaint)
        case .resize:
            return false
        case .up, .down, .left, .right, .space, .tab, .pageUp, .pageDown, .home, .end, .f1, .f10, .ctrlX:
            break
        }
        kiosk.prompt = prompt
        return true
    }
}
