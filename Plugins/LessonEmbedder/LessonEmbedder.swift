import Foundation
import PackagePlugin

/// Embeds the shipped lessons in the `Lessons` target: every `Lessons/*.yaml` of the package
/// becomes a string literal of a generated Swift file, so that the lessons travel inside the
/// binary and `Lessons/` stays their single source.
///
/// The folder itself is an input of the command (adding or removing a file changes it) and the
/// tool lists the folder each time it runs, so a lesson added or removed is picked up by the
/// next build even when SwiftPM reuses the build plan of an earlier build. Edits are tracked
/// for the files the plan knows; SwiftPM plans anew when `Package.swift` changes.
@main
struct LessonEmbedder: BuildToolPlugin {
  func createBuildCommands(context: PluginContext, target: Target) throws -> [Command] {
    let folder = context.package.directoryURL.appending(path: "Lessons")
    let entries =
      (try? FileManager.default.contentsOfDirectory(
        at: folder, includingPropertiesForKeys: nil)) ?? []
    let lessons = entries.filter { $0.pathExtension == "yaml" }
    let output = context.pluginWorkDirectoryURL.appending(path: "EmbeddedLessonFiles.swift")
    let tool = try context.tool(named: "lesson-embedder")
    return [
      .buildCommand(
        displayName: "Embedding the lessons of Lessons/",
        executable: tool.url,
        arguments: [output.path, folder.path],
        inputFiles: [folder] + lessons,
        outputFiles: [output])
    ]
  }
}
