/// A list cursor after a move; nil (nothing chosen yet) moves onto the list. PgUp and PgDn land
/// where the list as shown pages to.
func movedCursor(_ cursor: Int?, _ intent: Intent, count: Int, _ env: ScreenEnvironment) -> Int? {
    guard count > 0 else { return cursor }
    let at = cursor ?? -1
    switch intent {
    case .moveUp: return max(0, at - 1)
    case .moveDown: return min(count - 1, max(0, at + 1))
    case .pageUp: return env.shown.row(paging: false, from: at)
    case .pageDown: return env.shown.row(paging: true, from: at)
    case .top: return 0
    case .bottom: return count - 1
    default: return cursor
    }
}
