import CCurses
import Testing

/// What dp_escape_next says for each character after an ESC, as letters: m(ore), d(one), s(tray).
private func steps(_ afterEscape: String) -> String {
    var scan = dp_escape_scan(state: 0, length: 0)
    var result = ""
    for scalar in afterEscape.unicodeScalars {
        switch dp_escape_next(&scan, scalar.value) {
        case Int32(DP_ESCAPE_MORE.rawValue): result += "m"
        case Int32(DP_ESCAPE_DONE.rawValue): result += "d"
        case Int32(DP_ESCAPE_STRAY.rawValue): result += "s"
        default: result += "?"
        }
        if result.last != "m" { break }
    }
    return result
}

@Suite("Escape sequences the terminal type does not describe")
struct EscapeSequenceTests {
    @Test("CSI and SS3 sequences end on their final byte", arguments: [
        ("[1~", "mmd"),          // Home from tmux under TERM=xterm
        ("[25~", "mmmd"),        // F13
        ("[H", "md"),
        ("OF", "md"),            // End in application cursor mode
        ("[1;5C", "mmmmd"),      // Ctrl-Right
        ("[?1;2c", "mmmmmd"),    // a device attributes reply
        ("[<0;12;5M", "mmmmmmmmd"),  // an SGR mouse report
        ("[200~", "mmmmd"),      // bracketed paste starting
        ("[[A", "mmd"),          // F1 on the Linux console
        ("O1;2P", "mmmmd"),      // Shift-F1 from some terminals
    ])
    func sequences(text: String, expected: String) {
        #expect(steps(text) == expected, "ESC \(text)")
    }

    @Test("ESC before a control character is the Esc key: the character is left to be read", arguments: ["\u{1B}", "\r", "\u{7F}", "\u{3}"])
    func lone(next: String) {
        #expect(steps(next) == "s")
    }

    @Test("ESC and a printable character are one Alt key, dropped whole: Alt-q and Alt-y never quit",
          arguments: ["q", "y", " ", "x", "Q", "1", "é"])
    func altKey(next: String) {
        #expect(steps(next) == "d")
    }

    @Test("a character that cannot be in a sequence ends it there and is left to be read")
    func broken() {
        #expect(steps("[1\u{7}") == "mms")
        #expect(steps("[12\u{1B}") == "mmms")
        #expect(steps("O\u{1B}") == "ms")
    }

    @Test("a runaway sequence is cut off, not read forever")
    func runaway() {
        let text = "[" + String(repeating: "1", count: 100)
        let result = steps(text)
        #expect(result.last == "d")
        #expect(result.count <= 32)
    }
}

@Suite("The wait after Esc")
struct EscapeDelayTests {
    @Test("25 ms unless the user set ESCDELAY, which ncurses then reads as given")
    func userSetting() {
        #expect(dp_escape_delay(nil) == 25)
        #expect(dp_escape_delay("") == 25)
        #expect(dp_escape_delay("200") == -1)
        #expect(dp_escape_delay("0") == -1)
    }
}
