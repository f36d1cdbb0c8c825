import PathwayCore

extension Session {
    /// What a session is started with: everything a front end's flags set.
    public struct Configuration: Sendable, Equatable {
        /// Set by `--audience`: the audience screen is skipped and kept across restarts.
        public var audience: Audience?
        /// How keys are filtered; it also picks the screens before and after the intake.
        public let mode: Mode
        /// Seconds without a key after which every answer is wiped (kiosks).
        public var idleTimeout: Int?
        /// Answers to start with (opened at the review when they reach a tier).
        public var answers: Answers
        /// Practice cases: a rehearsal, each case's story, the intake, a prediction, feedback, a score.
        public var practice: [PracticeCase]?
        /// Kiosks: seconds an urgent result stays up at most (never less than the idle timeout);
        /// nil: until the attendant clears it with the PIN.
        public var urgentHold: Int?
        /// Kiosks: how an urgent result held calls the staff besides the log (`--alert`).
        public var urgentAlert = UrgentAlert.bell
        /// Kiosks: the PIN that lets the attendant end the program.
        public var attendantPIN: AttendantPIN?
        /// Plain ASCII for lines and symbols (`--ascii`), for the front end that draws.
        public var ascii = false
        /// The folder the save box offers files in (`--save-dir`, `DISCPATH_SAVE_DIR`); nil: the
        /// folder the program started in.
        public var saveDirectory: String?
        /// The chart note is written on leaving the result anyway (`--note FILE`): `q` there
        /// does not ask whether to drop an unsaved result.
        public var writesNoteOnLeaving = false
        /// The screens before the first question and after the result, in order: the mode's
        /// (`Flow`), unless set otherwise.
        var before: [any FlowScreen.Type]
        var after: [any FlowScreen.Type]

        /// The longest idle timeout (and urgent hold) accepted: one day. A kiosk left alone longer
        /// than that is not a kiosk, and any larger value could only be a typing mistake.
        public static let maximumIdleTimeout = 86_400

        public init(audience: Audience? = nil, mode: Mode = .standard, idleTimeout: Int? = nil, answers: Answers = Answers(),
                    urgentHold: Int? = nil, attendantPIN: AttendantPIN? = nil, ascii: Bool = false) {
            self.audience = audience
            self.mode = mode
            self.idleTimeout = idleTimeout
            self.answers = answers
            self.urgentHold = urgentHold
            self.attendantPIN = attendantPIN
            self.ascii = ascii
            before = Flow.before(mode)
            after = Flow.after(mode)
        }

        /// A rehearsal of `cases`, in trainee wording.
        public static func rehearsal(_ cases: [PracticeCase], ascii: Bool = false) -> Configuration {
            var configuration = Configuration(audience: .trainee, ascii: ascii)
            configuration.practice = cases
            return configuration
        }

        public static func == (lhs: Configuration, rhs: Configuration) -> Bool {
            func same(_ a: [any FlowScreen.Type], _ b: [any FlowScreen.Type]) -> Bool {
                a.map(ObjectIdentifier.init) == b.map(ObjectIdentifier.init)
            }
            return lhs.audience == rhs.audience && lhs.mode == rhs.mode && lhs.idleTimeout == rhs.idleTimeout
                && lhs.answers == rhs.answers && lhs.practice == rhs.practice && lhs.urgentHold == rhs.urgentHold
                && lhs.attendantPIN == rhs.attendantPIN && lhs.ascii == rhs.ascii && lhs.saveDirectory == rhs.saveDirectory
                && lhs.writesNoteOnLeaving == rhs.writesNoteOnLeaving && lhs.urgentAlert == rhs.urgentAlert && same(lhs.before, rhs.before)
                && same(lhs.after, rhs.after)
        }
    }
}
