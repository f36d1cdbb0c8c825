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
    DP_KEY_F10, DP_KEY_CTRL_X
};

/// How a run of text looks; Swift's Style maps onto these by name (TerminalUI's styleNumber).
enum dp_style {
    DP_STYLE_NORMAL = 0, DP_STYLE_TITLE_BAR, DP_STYLE_HEADING, DP_STYLE_PROMPT, DP_STYLE_SELECTED, DP_STYLE_DIM,
    DP_STYLE_BANNER, DP_STYLE_URGENT, DP_STYLE_WARNING, DP_STYLE_GOOD, DP_STYLE_HINT_BAR, DP_STYLE_FIELD,
    DP_STYLE_BORDER, DP_STYLE_COUNT
};

/// Line-drawing pieces, in the order of Swift's LinePiece.
enum dp_line { DP_LINE_H = 0, DP_LINE_V, DP_LINE_TL, DP_LINE_TR, DP_LINE_BL, DP_LINE_BR };

/// Starts curses on the terminal named `term` over stdin/stdout. 0 on success, -1 when the
/// terminal type is unknown (newterm, unlike initscr, returns instead of exiting).
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
int dp_is_started(void);
int dp_rows(void);
int dp_cols(void);
/// Whether the terminal can draw box lines (it has an alternate character set).
int dp_can_draw_lines(void);
/// Whether colours were set up (the terminal has them and they were asked for).
int dp_has_color(void);
void dp_erase(void);
void dp_put_text(int y, int x, const wchar_t *text, int length, int style);
void dp_put_line(int y, int x, int piece, int style);
/// Draws what changed; with `full`, repaints the whole screen (Ctrl-L).
void dp_refresh(int full);
/// Waits up to `timeout_ms` for a key; DP_KEY_NONE on timeout, interruption, or an escape
/// sequence that is not a key the program knows (it is dropped whole, never read as Esc);
/// DP_KEY_HANGUP once the terminal is gone.
int dp_read_key(int timeout_ms, unsigned int *codepoint);

/// How one more character read after ESC relates to an escape sequence (CSI `ESC [`,
/// SS3 `ESC O`): pure, so the rules can be tested without a terminal.
enum dp_escape_step {
    DP_ESCAPE_MORE = 0,  ///< part of the sequence; read the next character
    DP_ESCAPE_DONE,      ///< the sequence's last character
    DP_ESCAPE_STRAY      ///< not part of it: leave the character to be read as a key
};
/// Where a scan is; start with all zeros, right after the ESC.
struct dp_escape_scan { int state; int length; };
/// Feeds the next character after ESC (a code point) to the scan.
int dp_escape_next(struct dp_escape_scan *scan, unsigned int ch);

/// SIGINT, SIGTERM, SIGHUP and SIGQUIT set a flag instead of killing the process, so the
/// terminal is restored first; SIGTSTP (Ctrl-Z) sets another, so the screen is cleared before
/// the process stops. SIGHUP and SIGTSTP stay ignored if they were ignored on entry (nohup, a
/// kiosk launcher that forbids suspending). The handled signals are unblocked, should the parent
/// have left them blocked. Install before dp_start so curses keeps these.
void dp_install_signal_handlers(void);
int dp_pending_signal(void);
/// Restores the default action of `sig` and raises it, so the shell sees how we ended. Returns
/// without raising SIGHUP when it was ignored on entry: the caller then exits with 128 + sig.
void dp_reraise(int sig);
/// Whether Ctrl-Z asked to suspend since the last call.
int dp_take_stop_request(void);
/// Clears the screen (terminals without an alternate screen would show it to whoever is next),
/// discards typed-ahead keys, restores the terminal and stops; returns once continued (fg), with
/// curses resumed: the caller repaints everything.
void dp_suspend(void);

/// Sets the locale from the environment; 1 when its character set is UTF-8.
int dp_setup_locale(void);
/// Monotonic milliseconds, for the idle timeout.
long long dp_now_ms(void);

#endif
