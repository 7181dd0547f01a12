import ConvPrompt
import Foundation
import Testing

@testable import Lessons

/// A lesson file can only describe data (`Fixtures/sharing/`): YAML tags are refused, values
/// that look like paths are text, `previous` stays inside its file, and the one piece of code
/// a lesson holds, `layer:`, is a single layer call of plain values in a prompt language that
/// has no way to reach a file.
@Suite struct LessonSharingTests {
  func check(_ name: String) throws -> LessonFileResult {
    LessonReader.read(text: try Fixture.text("sharing/\(name)"), fileName: name)
  }

  @Test func yamlTagsAreRefusedAtTheirPlaces() throws {
    let result = try check("tags.yaml")
    #expect(result.lesson == nil)
    let tags = [
      ("5:8", "!include"), ("6:10", "!!binary"), ("8:10", "!!python/object/apply:os.system"),
      ("11:14", "!file"), ("12:10", "!!python/name:os.system"),
    ]
    #expect(
      result.diagnostics.map(\.rendered)
        == tags.map { place, tag in
          "tags.yaml:\(place): error: YAML tags such as `\(tag)` are not part of a lesson: a "
            + "lesson file only describes data, so nothing in it is included, decoded or run; "
            + "remove the tag"
        })
    // `!!python/object/apply:os.system ["touch convtutor-was-here"]` ran nothing.
    #expect(!FileManager.default.fileExists(atPath: "convtutor-was-here"))
  }

  @Test func aTagOnAnyKindOfNodeIsRefused() {
    for (text, tag) in [
      ("steps: !!seq\n  - say: hi\n", "!!seq"), ("steps:\n  - !!map\n    say: hi\n", "!!map"),
      ("steps:\n  - say: ! hi\n", "!"), ("steps:\n  - !!str say: hi\n", "!!str"),
    ] {
      let result = LessonReader.read(
        text: "format: 1\nid: t\ntitle: t\nsummary: s\n" + text, fileName: "t.yaml")
      #expect(result.diagnostics.map(\.message).contains { $0.contains("`\(tag)`") }, "\(text)")
      #expect(result.lesson == nil)
    }
    // Quoted and block texts carry YAML's text tag of their own: that is no tag written.
    let quoted = LessonReader.read(
      text: "format: 1\nid: t\ntitle: \"t\"\nsummary: |\n  s\nsteps:\n  - say: 'hi'\n",
      fileName: "t.yaml")
    #expect(quoted.diagnostics.isEmpty)
  }

  @Test func valuesThatLookLikePathsAreText() throws {
    let result = try check("paths.yaml")
    let lesson = try #require(result.lesson)
    #expect(lesson.title == "/etc/passwd")
    #expect(lesson.summary == "../secret.yaml")
    #expect(lesson.steps.compactMap(\.narration) == ["file:///etc/shadow", "~/.ssh/id_rsa"])
    let input = try check("path-input.yaml")
    #expect(
      input.diagnostics.map(\.rendered) == [
        "path-input.yaml:9:14: error: `/etc/passwd` in the input is not a number",
        "path-input.yaml:12:14: error: `../secret.yaml` in the input is not a number",
      ])
  }

  @Test func previousIsTheOperationBeforeInTheSameFile() {
    let catalog = LessonLibrary.check(paths: [Fixture.path("sharing/previous")])
    #expect(catalog.lessons.map(\.id) == ["a-first"])
    #expect(
      catalog.diagnostics.map(\.rendered) == [
        Fixture.path("sharing/previous/b-second.yaml") + ":9:14: error: `input: previous` takes "
          + "the output of the operation before, but no `show:` or `quiz:` comes before this one"
      ])
    // Nor do the shipped lessons loaded before a teacher's folder count.
    let withShipped = LessonLibrary.catalog(addingFolder: Fixture.path("sharing/previous"))
    #expect(withShipped.failedFiles == [Fixture.path("sharing/previous/b-second.yaml")])
  }

  /// Layer texts that try to run Python rather than describe a layer, and the place and the
  /// start of each refusal.
  static let code: [(layer: String, column: Int, message: String)] = [
    ("open('/etc/passwd')", 15, "`layer:` must call a layer of `nn`"),
    ("__import__('os').system('touch x')", 15, "`layer:` must call a layer of `nn`"),
    ("exec('import os')", 15, "`layer:` must call a layer of `nn`"),
    ("eval('1')", 15, "`layer:` must call a layer of `nn`"),
    ("torch.load('x.pt')", 15, "`layer:` must call a layer of `nn`"),
    ("nn.ReLU.__class__()", 15, "`layer:` must call a layer of `nn`"),
    ("import os", 14, "`layer:` must be one layer call"),
    ("nn.ReLU(); open('x')", 14, "`layer:` must be one layer call"),
    ("layer = nn.ReLU()", 14, "`layer:` must be one layer call"),
    ("nn.Conv2d(open('/etc/passwd'), 1, 1)", 25, "a layer's arguments in a lesson are plain"),
    ("nn.MaxPool2d(kernel_size=eval('2'))", 40, "a layer's arguments in a lesson are plain"),
    ("nn.MaxPool2d(k)", 28, "a layer's arguments in a lesson are plain"),
    ("nn.ReLU(lambda: 1)", 23, "`layer:` is not valid Python: `lambda` functions are not"),
  ]

  @Test("a layer is one call of plain values, never other code", arguments: code.indices)
  func layerCodeIsRefused(_ index: Int) {
    let (layer, column, message) = Self.code[index]
    let text =
      "format: 1\nid: code\ntitle: t\nsummary: s\nsteps:\n  - show:\n"
      + "      layer: \"\(layer)\"\n      input: 1 2\n"
    let result = LessonReader.read(text: text, fileName: "code.yaml")
    #expect(result.lesson == nil)
    let first = result.diagnostics.first
    #expect(first?.location == SourceLocation(line: 7, column: column), "\(layer)")
    #expect(first?.message.hasPrefix(message) == true, "\(first?.message ?? "")")
  }

  @Test func thePromptLanguageHasNoWayToAFileOrToCode() throws {
    // What a lesson's layer could reach if it were not limited to one call: the interpreter
    // knows none of Python's ways to files, modules or code.
    let names = [
      "open", "__import__", "exec", "eval", "compile", "globals", "getattr", "input",
      "breakpoint",
    ]
    for name in names {
      let error = Interpreter().run("\(name)('/etc/passwd')").error
      #expect(
        error?.message.hasPrefix("name '\(name)' is not defined") == true,
        "\(error?.message ?? "\(name) exists")")
    }
    for module in ["os", "subprocess", "builtins"] {
      for line in ["import \(module)", "from \(module) import system"] {
        let error = Interpreter().run(line).error
        #expect(
          error?.message.hasPrefix("No module named '\(module)'") == true,
          "\(error?.message ?? "\(line) ran")")
      }
    }
    for attribute in ["load", "save", "from_file", "hub"] {
      let error = Interpreter().run("import torch\ntorch.\(attribute)('x')").error
      #expect(
        error?.message.hasPrefix("module 'torch' has no attribute '\(attribute)'") == true,
        "\(error?.message ?? "torch.\(attribute) exists")")
    }
  }
}
