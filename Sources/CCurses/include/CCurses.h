#ifndef CCURSES_H
#define CCURSES_H
// The ncursesw calls discpath makes, as plain C functions: Swift cannot import curses'
// attribute and line-drawing macros, stdscr, or keep a signal flag itself.
#include <stddef.h>
#include <wchar.h>

/// Keys, already told apart from the terminal's codes.
enum dp_key {
    DP_KEY_NONE = 0, DP_KEY_CHAR, DP_KEY_UP, DP_KEY_DOWN, DP_KEY_LEFT, DP_KEY_RIGHT, DP_KEY_ENTER,
    DP_KEY_SPACE, DP_KEY_BACKSPACE, DP_KEY_ESCAPE, DP_KEY_TAB, DP_KEY_PAGE_UP, DP_KEY_PAGE_DOWN,
    DP_KEY_HOME, DP_KEY_END, DP_KEY_F1, DP_KEY_CTRL_L, DP_KEY_RESIZE,
    /// The terminal is gone: end of input, a read error, or a hangup reported by poll.
    DP_KEY_HANGUP,
    /// The kiosk attendant's keys.
    DP_KEY_F10, DP_KEY_CTRL_X, DP_KEY_CTRL_U
};

/// How a run of text looks; Swift's Style maps onto these by name (TerminalUI's styleNumber).
enum dp_style {
    DP_STYLE_NORMAL = 0, DP_STYLE_TITLE_BAR, DP_STYLE_HEADING, DP_STYLE_PROMPT, DP_STYLE_SELECTED, DP_STYLE_DIM,
    DP_STYLE_BANNER, DP_STYLE_URGENT, DP_STYLE_WARNING, DP_STYLE_GOOD, DP_STYLE_HINT_BAR, DP_STYLE_FIELD,
    DP_STYLE_BORDER, DP_STYLE_POINTER, DP_STYLE_COUNT
};

/// Attributes of a look (dp_set_look), to combine.
enum dp_attribute { DP_ATTR_BOLD = 1, DP_ATTR_DIM = 2, DP_ATTR_REVERSE = 4, DP_ATTR_UNDERLINE = 8 };

/// Line-drawing pieces, in the order of Swift's LinePiece.
enum dp_line { DP_LINE_H = 0, DP_LINE_V, DP_LINE_TL, DP_LINE_TR, DP_LINE_BL, DP_LINE_BR };

/// Starts curses on the terminal named `term` over stdin/stdout. 0 on success, -1 when the
/// terminal type is unknown (newterm, unlike initscr, returns instead of exiting), -2 when the
/// type is known but curses could not start on it (out of memory).
int dp_start(const char *term, int use_color);
/// The wait after Esc for the rest of a key's sequence that dp_start sets, in milliseconds,
/// given the environment's ESCDELAY: 25 when it is unset or empty; -1 (leave ncurses' reading
/// of it alone) when the user set it.
int dp_escape_delay(const char *setting);
/// After dp_start, for a kiosk: raw mode, where Ctrl-C, Ctrl-\ and Ctrl-Z are keys (read as
/// nothing) instead of signals, and Ctrl-S cannot freeze the output.
void dp_use_raw_keys(void);
/// Restores the terminal; with `clear`, blanks the screen first so nothing is left behind.
/// Keys typed ahead are discarded, so they never reach the shell. Safe to call more than once,
/// and when dp_start failed.
void dp_stop(int clear);
int dp_rows(void);
int dp_cols(void);
/// Whether the terminal can draw box lines (it has an alternate character set).
int dp_can_draw_lines(void);
/// Whether colours were set up (the terminal has them and they were asked for).
int dp_has_color(void);
/// How `style` looks from now on (Swift's Theme): DP_ATTR_ bits, and curses' colour numbers
/// (COLOR_BLACK ... COLOR_WHITE), -1 for the terminal's own; the colours only after dp_start,
/// and only where colours were set up. Until then every style is plain text.
void dp_set_look(int style, int attributes, int foreground, int background);
/// Rings the terminal's bell (or flashes it, where it has no bell).
void dp_beep(void);
/// Writes `length` bytes of a control sequence (OSC 52) to the terminal between frames, after
/// what curses has buffered; 1 when all were written.
int dp_send_control(const char *bytes, int length);
void dp_erase(void);
/// Blanks row `y` (before it is written anew, the rest of the screen kept).
void dp_clear_row(int y);
void dp_put_text(int y, int x, const wchar_t *text, int length, int style);
void dp_put_line(int y, int x, int piece, int style);
/// Draws what changed; with `full`, repaints the whole screen (Ctrl-L).
void dp_refresh(int full);
/// Waits up to `timeout_ms` for a key (a negative one: as long as it takes, ended at once by a
/// caught signal, Ctrl-Z or a resize); DP_KEY_NONE on timeout, interruption, or an escape
/// sequence that is not a key the program knows (it is dropped whole, never read as Esc);
/// DP_KEY_HANGUP once the terminal is gone.
int dp_read_key(int timeout_ms, unsigned int *codepoint);

/// How one more character read after ESC relates to an escape sequence (CSI `ESC [`,
/// SS3 `ESC O`) or an Alt key (`ESC` and a printable character, which is one key):
/// pure, so the rules can be tested without a terminal.
enum dp_escape_step {
    DP_ESCAPE_MORE = 0,  ///< part of the sequence; read the next character
    DP_ESCAPE_DONE,      ///< the sequence's last character
    DP_ESCAPE_STRAY      ///< not part of it: leave the character to be read as a key
};
/// Where a scan is; start with all zeros, right after the ESC.
struct dp_escape_scan { int state; int length; };
/// Feeds the next character after ESC (a code point) to the scan.
int dp_escape_next(struct dp_escape_scan *scan, unsigned int ch);

/// Catches every signal whose default action ends the process, so that the terminal is
/// restored and the screen cleared before the program ends with 128 + its number:
/// - SIGHUP, SIGINT, SIGQUIT, SIGTERM, SIGUSR1, SIGUSR2, SIGALRM, SIGVTALRM, SIGPROF, SIGXCPU,
///   SIGXFSZ, SIGIO, SIGPWR, SIGSTKFLT and the real-time signals set a flag that the key loop
///   reads (dp_pending_signal); it restores the terminal and calls dp_reraise;
/// - with `terminal`, also SIGPIPE; the faults (SIGILL, SIGTRAP, SIGABRT, SIGBUS, SIGFPE,
///   SIGSEGV, SIGSYS) when another process sends them, like the others; a real fault restores
///   the terminal in the handler and goes on to the handler there was (the Swift runtime's crash
///   report); SIGTSTP (Ctrl-Z) sets another flag, so the screen is cleared before the process
///   stops; SIGWINCH is taken from curses, so a new size is clamped before curses lays it out.
/// Without `terminal` (the line mode) SIGPIPE keeps its quiet default, and a signal also puts
/// /dev/null on standard input, so that the input ends even for a read that starts after it. A signal ignored on entry
/// stays ignored (nohup, `trap '' XFSZ`, a kiosk launcher that forbids suspending). The handled
/// signals are unblocked, should the parent have left them blocked. Call before dp_start.
void dp_catch_signals(int terminal);
/// The last signal caught, or 0.
int dp_pending_signal(void);
/// The terminal went away: recorded as SIGHUP, even when SIGHUP itself is ignored.
void dp_note_hangup(void);
/// Restores the default action of `sig` and raises it, so the shell sees how we ended. Returns
/// without raising a signal that was ignored on entry: the caller then exits with 128 + sig.
void dp_reraise(int sig);
/// Whether Ctrl-Z asked to suspend since the last call.
int dp_take_stop_request(void);
/// Whether the window changed size since the last call.
int dp_take_resize_request(void);
/// Clears the screen (terminals without an alternate screen would show it to whoever is next),
/// discards typed-ahead keys, restores the terminal and stops; returns once continued (fg), with
/// curses resumed: the caller repaints everything.
void dp_suspend(void);
/// Turns core dumps off for the rest of the process (RLIMIT_CORE 0 and not dumpable), so no
/// core file holds what was in memory (a kiosk's PIN, a patient's answers). 0 when both held.
int dp_forbid_core_dumps(void);

/// The largest window laid out: a terminal (or a stale LINES/COLUMNS) claiming more is drawn
/// at this size, so memory stays bounded.
enum { DP_LARGEST_ROWS = 1000, DP_LARGEST_COLUMNS = 1000 };
/// `size` within 1...largest.
int dp_clamp_size(int size, int largest);

/// Sets the locale from the environment; 1 when its character set is UTF-8.
int dp_setup_locale(void);
/// Monotonic milliseconds, for the idle timeout.
long long dp_now_ms(void);

#endif
