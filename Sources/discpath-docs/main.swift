// discpath-docs: the manual pages and shell completions, made from discpath's own help (what
// `discpath --experimental-dump-help` prints) and ManualTemplate.discpath. Run by `make man
// completions`; not installed.
//
//   discpath-docs HELP_DUMP DATE MAN_FOLDER COMPLETIONS_FOLDER
//
// DATE (YYYY-MM-DD) dates the pages. The manual pages go to MAN_FOLDER as NAME.1; the
// completions to COMPLETIONS_FOLDER as discpath.bash, discpath.zsh and discpath.fish.
#if canImport(FoundationEssentials)
import FoundationEssentials
#else
import Foundation
#endif
import BuiltInContent
import CommandDocs
import Glibc
import IntakeUI
import PathwayCore
import SystemIO

func fail(_ message: String) -> Never {
    try? Descriptor.writeAll("discpath-docs: \(message)\n".utf8, to: STDERR_FILENO)
    exitProcess(1)
}

/// Writes `text` to `path` whole: to a temporary file beside it, then renamed over it.
func write(_ text: String, to path: String) {
    let partial = path + ".partial"
    do {
        try Data(text.utf8).write(to: URL(fileURLWithPath: partial))
        guard rename(partial, path) == 0 else { fail("cannot rename \(partial) to \(path): \(String(cString: strerror(errno)))") }
    } catch {
        fail("cannot write \(partial): \(error)")
    }
}

let arguments = CommandLine.arguments.dropFirst()
guard arguments.count == 4 else { fail("usage: discpath-docs HELP_DUMP DATE MAN_FOLDER COMPLETIONS_FOLDER") }
let (dumpPath, date, manFolder, completionsFolder) = (arguments[1], arguments[2], arguments[3], arguments[4])
guard date.wholeMatch(of: /[0-9]{4}-[0-9]{2}-[0-9]{2}/) != nil else { fail("the date must be YYYY-MM-DD, not '\(date)'") }

let tool: ToolInfo
do {
    tool = try ToolInfo.decode(Array(try Data(contentsOf: URL(fileURLWithPath: dumpPath))))
} catch {
    fail("cannot read the help dump \(dumpPath): \(error)")
}
let meta: PathwayDocument.Meta
do {
    meta = try Pathway.builtIn().meta
} catch {
    fail("the built-in content is invalid: \(error)")
}
let template = ManualTemplate.discpath(
    keys: KeyReference.text(), version: ProgramVersion.string,
    content: .init(title: meta.title, lastUpdated: meta.lastUpdated, reviewStatus: meta.reviewStatus, disclaimer: meta.disclaimer))

do {
    for folder in [manFolder, completionsFolder] {
        try FileManager.default.createDirectory(atPath: folder, withIntermediateDirectories: true)
    }
} catch {
    fail("cannot make the output folders: \(error)")
}
do throws(ManualPages.TemplateMismatch) {
    for page in try ManualPages(tool: tool, template: template, date: date).pages() {
        write(page.text, to: manFolder + "/" + page.fileName)
    }
} catch {
    fail(error.description)
}
let completions = Completions(tool: tool)
write(completions.bash(), to: completionsFolder + "/discpath.bash")
write(completions.zsh(), to: completionsFolder + "/discpath.zsh")
write(completions.fish(), to: completionsFolder + "/discpath.fish")
