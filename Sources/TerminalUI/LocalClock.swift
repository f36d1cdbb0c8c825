import IntakeUI
import Glibc

/// The local wall clock, read with `localtime_r` and formatted with `strftime`, which follow
/// `TZ` and the system's zone (FoundationEssentials' time zone is GMT here). The one place a
/// front end reads it; the session and the note only see the formatted text.
public enum LocalClock {
    /// The local time now.
    public static func now() -> LocalTime {
        var seconds = time(nil)
        var parts = tm()
        guard localtime_r(&seconds, &parts) != nil else { return LocalTime(stamp: "00000000-000000", text: "time not known") }
        return format(parts)
    }

    /// The local time now as FHIR writes an instant, to the second, with the zone's offset:
    /// "2026-03-05T14:07:09+01:00".
    public static func instantNow() -> String {
        var seconds = time(nil)
        var parts = tm()
        guard localtime_r(&seconds, &parts) != nil else { return "1970-01-01T00:00:00Z" }
        return instant(parts)
    }

    /// `parts` as FHIR writes an instant (`strftime` gives the offset as +0100; FHIR wants +01:00).
    public static func instant(_ parts: tm) -> String {
        let text = strftime("%Y-%m-%dT%H:%M:%S%z", parts)
        guard text.count >= 5 else { return text }
        return String(text.dropLast(2)) + ":" + String(text.suffix(2))
    }

    /// `parts` as a file-name stamp to the second, so two saves a minute apart never collide
    /// ("20260305-140709") and as a note states it
    /// ("2026-03-05 14:07 CET (UTC+0100)"): the zone's abbreviation and offset from `tm_zone`
    /// and `tm_gmtoff`.
    public static func format(_ parts: tm) -> LocalTime {
        LocalTime(stamp: strftime("%Y%m%d-%H%M%S", parts), text: strftime("%Y-%m-%d %H:%M %Z (UTC%z)", parts))
    }

    static func strftime(_ format: String, _ parts: tm) -> String {
        var parts = parts
        var buffer = [CChar](repeating: 0, count: 128)
        let count = Glibc.strftime(&buffer, buffer.count, format, &parts)
        return String(decoding: buffer.prefix(count).map { UInt8(bitPattern: $0) }, as: UTF8.self)
    }
}
