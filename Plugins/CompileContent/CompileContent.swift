import PackagePlugin

/// Compiles the built-in content and practice cases (Resources/pathway.json and
/// Resources/cases.json) to Swift values for the target it is applied to, with
/// discpath-content-compiler, which reads and lints them first: invalid content fails the build.
/// Editing either file reruns it.
@main
struct CompileContent: BuildToolPlugin {
    func createBuildCommands(context: PluginContext, target: Target) throws -> [Command] {
        let compiler = try context.tool(named: "discpath-content-compiler")
        let resources = context.package.directoryURL.appending(path: "Resources")
        let pathway = resources.appending(path: "pathway.json")
        let cases = resources.appending(path: "cases.json")
        let output = context.pluginWorkDirectoryURL.appending(path: "CompiledContent.swift")
        return [.buildCommand(displayName: "Compiling the pathway content and practice cases",
                              executable: compiler.url,
                              arguments: [pathway.path(), cases.path(), output.path()],
                              inputFiles: [pathway, cases],
                              outputFiles: [output])]
    }
}
