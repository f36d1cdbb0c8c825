import PathwayCore

/// The screens outside the intake's questions, as the configuration lists them (`Flow`): where
/// the current one stands among them, and going on and back through them.
extension Session {
    /// The screens this session shows before the first question, in order.
    var beforeScreens: [any FlowScreen.Type] { configuration.before.filter { $0.isShown(in: configuration) } }

    /// The screens it shows after the result, in order.
    var afterScreens: [any FlowScreen.Type] { configuration.after.filter { $0.isShown(in: configuration) } }

    /// Where a screen of the flow stands: before the intake, or after the result, at an index.
    enum FlowPlace: Equatable {
        case before(Int)
        case after(Int)
    }

    /// Where the screen shown stands in the flow; nil for the intake's own screens (and the
    /// rehearsal's).
    var flowPlace: FlowPlace? {
        let shown = ObjectIdentifier(type(of: screen.current))
        if !behind.isEmpty, let index = afterScreens.firstIndex(where: { ObjectIdentifier($0) == shown }) { return .after(index) }
        if let index = beforeScreens.firstIndex(where: { ObjectIdentifier($0) == shown }) { return .before(index) }
        return nil
    }

    /// There is a screen to go back to: the one before in the flow; from the first question,
    /// a screen before it.
    var hasScreenBefore: Bool {
        switch flowPlace {
        case .before(let index)?: return index > 0
        case .after?: return true
        case nil: return !beforeScreens.isEmpty
        }
    }

    /// A screen follows this one in the flow: after the result (but a practice case's), the
    /// screens after it.
    var canGoOn: Bool {
        switch flowPlace {
        case .after(let index)?: return index + 1 < afterScreens.count
        case .before?: return false
        // An urgent result held for the staff is not the patient's to finish.
        case nil: return screen.as(ResultScreen.self).map { !$0.practice } == true && !afterScreens.isEmpty && !kiosk.holdingUrgentResult
        }
    }

    /// On to the next screen of the flow: before the intake, the next one or the first question;
    /// from the result, the first screen after it, then the next.
    mutating func goOn(_ pathway: Pathway) {
        switch flowPlace {
        case .before(let index)?:
            if index + 1 < beforeScreens.count {
                screen = beforeScreens[index + 1].entered(self)
            } else {
                enterIntakeStep(pathway, changed: nil)
            }
        case .after(let index)?:
            guard index + 1 < afterScreens.count else { return }
            behind.append(screen)
            screen = afterScreens[index + 1].entered(self)
        case nil:
            guard canGoOn, let first = afterScreens.first else { return }
            behind.append(screen)
            screen = first.entered(self)
        }
    }
}
