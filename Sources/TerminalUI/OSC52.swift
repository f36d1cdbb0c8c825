/// The terminal's clipboard, by OSC 52 (`ESC ] 52 ; c ; base64 BEL`): xterm (with
/// `disallowedWindowOps` allowing it), kitty, Windows Terminal, and tmux with `set-clipboard on`
/// put the text on the system clipboard; nothing is written to disk.
enum OSC52 {
    /// The sequence that sets the clipboard to `text`.
    static func sequence(_ text: String) -> [UInt8] {
        Array("\u{1B}]52;c;".utf8) + base64(Array(text.utf8)) + [0x07]
    }

    /// Whether a terminal of this type is known to print OSC 52 instead of taking it: the Linux
    /// console has no clipboard and would show the sequence's text.
    static func isRefused(term: String) -> Bool { term.hasPrefix("linux") }

    static func base64(_ bytes: [UInt8]) -> [UInt8] {
        let alphabet = Array("ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789+/".utf8)
        var out: [UInt8] = []
        out.reserveCapacity((bytes.count + 2) / 3 * 4)
        var index = 0
        while index < bytes.count {
            let b0 = bytes[index]
            let b1 = index + 1 < bytes.count ? bytes[index + 1] : 0
            let b2 = index + 2 < bytes.count ? bytes[index + 2] : 0
            out.append(alphabet[Int(b0 >> 2)])
            out.append(alphabet[Int((b0 & 0x03) << 4 | b1 >> 4)])
            out.append(index + 1 < bytes.count ? alphabet[Int((b1 & 0x0F) << 2 | b2 >> 6)] : UInt8(ascii: "="))
            out.append(index + 2 < bytes.count ? alphabet[Int(b2 & 0x3F)] : UInt8(ascii: "="))
            index += 3
        }
        return out
    }
}
