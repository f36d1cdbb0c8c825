// swift-tools-version:6.0
import PackageDescription

// Linux only: the program calls Glibc (SystemIO) and links ncursesw; no Apple platform is declared.

// The shipped modules in a release build: generic type metadata passed as direct references rather
// than as mangled names the runtime demangles at first use (each of which can scan every protocol
// conformance record of the static binary; about a third of the first screen's instructions), and
// each function in a section of its own, so the link can put the ones the start runs together
// (bench/link-order.txt, see the Makefile).
let releaseSwiftSettings: [SwiftSetting] = [
    .unsafeFlags(["-Xfrontend", "-disable-concrete-type-metadata-mangled-name-accessors", "-Xfrontend", "-function-sections"],
                 .when(configuration: .release)),
]
let package = Package(
    name: "discpath",
    products: [
        .executable(name: "discpath", targets: ["discpath"]),
    ],
    dependencies: [
        .package(url: "https://github.com/apple/swift-argument-parser", from: "1.8.2"),
    ],
    targets: [
        // The pathway content (Resources/pathway.json) compiled into the binary with C23 #embed:
        // seconds to build, where SwiftPM's .embedInCode takes minutes for a file this size.
        .target(name: "CPathwayContent"),
        // Display width, wrapping and clipping of text, independent of the process locale.
        .target(name: "TextLayout", swiftSettings: releaseSwiftSettings),
        // The POSIX I/O every command and front end uses: whole reads and writes, lines, stdout,
        // the terminal's environment. The one module that reads and writes file descriptors.
        .target(name: "SystemIO", swiftSettings: releaseSwiftSettings),
        // The pure core: content model, decision, state machine, lint, reports. No I/O.
        .target(name: "PathwayCore", dependencies: ["TextLayout"], swiftSettings: releaseSwiftSettings),
        // Reads and lints the built-in content and cases, and writes them as Swift values; run
        // at build time by the CompileContent plugin, never shipped.
        .executableTarget(name: "discpath-content-compiler", dependencies: ["PathwayCore", "SystemIO"]),
        .plugin(name: "CompileContent", capability: .buildTool(), dependencies: ["discpath-content-compiler"]),
        // The built-in content and cases, compiled at build time (nothing decoded at start), and
        // their JSON for `discpath lint` and the tests.
        .target(name: "BuiltInContent", dependencies: ["PathwayCore", "CPathwayContent"], swiftSettings: releaseSwiftSettings,
                plugins: ["CompileContent"]),
        // The front end as pure values: key table, screen state, views to a grid of cells.
        .target(name: "IntakeUI", dependencies: ["PathwayCore", "TextLayout"], swiftSettings: releaseSwiftSettings),
        // The ncursesw calls, as plain C: the macros Swift cannot import, and the signal flag.
        .target(name: "CCurses", linkerSettings: [.linkedLibrary("ncursesw")]),
        // The one module that talks to the terminal: draws grids, reads keys, restores on exit.
        .target(name: "TerminalUI", dependencies: ["CCurses", "IntakeUI", "PathwayCore", "SystemIO"], swiftSettings: releaseSwiftSettings),
        // The line mode's input and output: the intake for screen readers and pipes.
        .target(name: "LineMode", dependencies: ["IntakeUI", "PathwayCore", "SystemIO"], swiftSettings: releaseSwiftSettings),
        // The executable wires flags to modes.
        .executableTarget(
            name: "discpath",
            dependencies: [
                "BuiltInContent",
                "PathwayCore",
                "TerminalUI",
                "LineMode",
                "SystemIO",
                "TextLayout",
                .product(name: "ArgumentParser", package: "swift-argument-parser"),
            ],
            swiftSettings: releaseSwiftSettings),
        // The manual pages and shell completions, made from the commands' own help; no I/O.
        .target(name: "CommandDocs"),
        // Writes them for `make man completions`; not part of the shipped program.
        .executableTarget(name: "discpath-docs", dependencies: ["BuiltInContent", "CommandDocs", "IntakeUI", "PathwayCore", "SystemIO"]),
        // Throughput of the pure core for `make bench`; not part of the shipped program.
        .executableTarget(name: "discpath-bench", dependencies: ["BuiltInContent", "PathwayCore"]),
        // What the test suites share: a seeded generator and the text snapshot helper.
        .target(name: "TestSupport", dependencies: ["PathwayCore"], path: "Tests/TestSupport"),
        .testTarget(name: "PathwayCoreTests", dependencies: ["BuiltInContent", "PathwayCore", "TextLayout", "TestSupport"], exclude: ["Snapshots"]),
        .testTarget(name: "DiscpathCLITests", dependencies: ["discpath", "discpath-content-compiler", "BuiltInContent", "IntakeUI", "PathwayCore", "CommandDocs"]),
        .testTarget(name: "LineModeTests", dependencies: ["BuiltInContent", "LineMode", "IntakeUI", "PathwayCore", "SystemIO"]),
        .testTarget(name: "SystemIOTests", dependencies: ["SystemIO"]),
        .testTarget(name: "TerminalUITests", dependencies: ["TerminalUI", "CCurses", "SystemIO"]),
        .testTarget(name: "IntakeUITests", dependencies: ["BuiltInContent", "IntakeUI", "PathwayCore", "TextLayout", "TestSupport"], exclude: ["Snapshots"]),
    ],
    cLanguageStandard: .c2x
)
