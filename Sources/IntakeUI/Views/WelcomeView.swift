import TextLayout

/// The kiosk's welcome: a heading, what the tool does, "Press Enter to start." and the plain
/// disclaimer. Where the window is too short for all of it, the way to start goes first.
enum WelcomeView {
    static func lines(_ welcome: WelcomeModel, _ context: ViewContext, height: Int? = nil) -> [BodyLine] {
        let width = context.bodyWidth
        var action: [BodyLine] = []
        action.paragraph(welcome.action, width: width - 2, style: .banner, indent: 1)
        var before: [BodyLine] = [.blank]
        before.paragraph(welcome.heading, width: width, style: .prompt)
        for paragraph in welcome.paragraphs {
            before.append(.blank)
            before.paragraph(paragraph, width: width)
        }
        var after: [BodyLine] = [.blank]
        after.paragraph(welcome.disclaimer, width: width, style: .dim)
        let whole = before + [.blank] + action + after
        if whole.count <= (height ?? context.bodyHeight) { return whole }
        return action + before + after
    }
}
