import Foundation
import Testing
@testable import TerminalUI

@Suite("OSC 52: the chart note to the terminal's clipboard")
struct OSC52Tests {
    @Test("the sequence is ESC ] 52 ; c ; base64 BEL, the base64 as Foundation's")
    func sequence() {
        for text in ["", "a", "ab", "abc", "Referral tier: spine-surgeon\n• é ✓", String(repeating: "x", count: 5000)] {
            let bytes = OSC52.sequence(text)
            let expected = "\u{1B}]52;c;" + Data(text.utf8).base64EncodedString() + "\u{07}"
            #expect(bytes == Array(expected.utf8), "\(text.prefix(20))")
        }
    }

    @Test("the Linux console, which would print it, is refused; others are sent it")
    func refused() {
        #expect(OSC52.isRefused(term: "linux") && OSC52.isRefused(term: "linux-16color"))
        #expect(!OSC52.isRefused(term: "xterm-256color") && !OSC52.isRefused(term: "tmux-256color"))
    }
}
