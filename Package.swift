// swift-tools-version: 6.0
import PackageDescription

/// How the release executables are linked, so that they start as native tools do (benchmark
/// (i)): they export none of their own symbols, as nothing loads them as a library. SwiftPM
/// exports them all by default, which gives the dynamic loader a table of some 9,000 more
/// symbols to search at every start (6% of `convtutor --version`'s time).
let nativeStart: [LinkerSetting] = [
  .unsafeFlags(
    ["-Xlinker", "--no-export-dynamic"], .when(platforms: [.linux], configuration: .release))
]

let package = Package(
  name: "convtutor",
  platforms: [.macOS(.v15)],
  products: [
    .executable(name: "convtutor", targets: ["convtutor"])
  ],
  dependencies: [
    .package(url: "https://github.com/apple/swift-argument-parser", from: "1.5.0"),
    .package(url: "https://github.com/jpsim/Yams", from: "5.0.0"),
    .package(url: "https://github.com/groue/GRDB.swift", from: "7.0.0"),
  ],
  targets: [
    // The pure core: tensors, layers with PyTorch's semantics, steps of a call, shape formulas.
    .target(name: "ConvCore"),
    // The domain's words and numbers: numbers as a tensor's cells are written, the arithmetic
    // of a step as parts, a cell's name and position (counted from 0), a shape's text.
    .target(name: "ConvText", dependencies: ["ConvCore", "TerminalText"]),
    // Text as a terminal shows it: the one escaping rule, display width by grapheme cluster,
    // cutting, padding and word wrapping by columns. Below everything that prints.
    .target(name: "TerminalText"),
    // The prompt language: the slides' Python subset, parsed and run on top of the core.
    .target(name: "ConvPrompt", dependencies: ["ConvCore", "TerminalText"]),
    // The terminal layer: frames of cells, keys and events, a runner, ncurses and test backends.
    .systemLibrary(name: "CNcurses"),
    .target(name: "CTerminalGuard", linkerSettings: [.linkedLibrary("ncursesw")]),
    .target(name: "TerminalUI", dependencies: ["CNcurses", "CTerminalGuard", "TerminalText"]),
    // The workspace: the animation and the prompt as pure state + event -> state, state -> frame.
    .target(
      name: "Workspace",
      dependencies: [
        "ConvCore", "ConvText", "ConvPrompt", "Lessons", "Quiz", "TerminalText", "TerminalUI",
      ]),
    // The lesson engine: lesson files (YAML) read and checked, the shipped lessons embedded.
    .target(
      name: "Lessons",
      dependencies: [
        "ConvCore", "ConvText", "ConvPrompt", "TerminalText",
        .product(name: "Yams", package: "Yams"),
      ],
      plugins: ["LessonEmbedder"]
    ),
    // Turns every `Lessons/*.yaml` into Swift string literals compiled into `Lessons`.
    .executableTarget(name: "lesson-embedder"),
    .plugin(name: "LessonEmbedder", capability: .buildTool(), dependencies: ["lesson-embedder"]),
    // The self-quiz: answers read, mistakes named, quiz sessions, the review log's records, drills.
    .target(name: "Quiz", dependencies: ["ConvCore", "ConvText", "Lessons"]),
    // The learner's progress: the review log in SQLite (GRDB), shared by every convtutor process.
    .target(
      name: "ProgressStorage",
      dependencies: [
        "Quiz",
        .product(name: "GRDB", package: "GRDB.swift"),
        .product(name: "GRDBSQLite", package: "GRDB.swift"),
      ]),
    // Records reviews in a loop, for the tests of processes saving at once and of SIGKILL.
    .executableTarget(name: "quiz-progress-writer", dependencies: ["ProgressStorage", "Quiz"]),
    // The command line: subcommands wired to the libraries.
    .target(
      name: "ConvTutorCLI",
      dependencies: [
        "ConvCore", "ConvPrompt", "TerminalText", "TerminalUI", "Workspace", "Lessons", "Quiz",
        "ProgressStorage", .product(name: "ArgumentParser", package: "swift-argument-parser"),
      ]
    ),
    .executableTarget(
      name: "convtutor", dependencies: ["ConvTutorCLI"], linkerSettings: nativeStart),
    // Benchmarks (not tests): `swift build -c release && .build/release/convtutor-bench`.
    .executableTarget(
      name: "convtutor-bench",
      dependencies: [
        "ConvCore", "ConvPrompt", "TerminalUI", "Workspace", "Quiz", "ProgressStorage",
      ]),
    // A Swift hello world with Foundation: the yardstick of the start-up benchmark (i), built
    // with the benchmarks (and so in the same way as convtutor).
    .executableTarget(name: "bench-hello", linkerSettings: nativeStart),
    // Test data lives in each target's Fixtures/ folder and is read by path, beside the tests.
    .testTarget(name: "TerminalTextTests", dependencies: ["TerminalText"]),
    .testTarget(name: "ConvCoreTests", dependencies: ["ConvCore"], exclude: ["Fixtures"]),
    .testTarget(name: "ConvTextTests", dependencies: ["ConvText", "ConvCore"]),
    .testTarget(name: "ConvPromptTests", dependencies: ["ConvPrompt"], exclude: ["Fixtures"]),
    .testTarget(
      name: "LessonsTests", dependencies: ["Lessons", "ConvCore", "ConvPrompt"],
      exclude: ["Fixtures"]),
    // Test helpers shared by the test targets: tmux sessions and process spawning.
    .target(name: "TestSupport", path: "Tests/TestSupport"),
    .testTarget(
      name: "TerminalUITests", dependencies: ["TerminalUI", "TerminalText", "TestSupport"]),
    .testTarget(
      name: "WorkspaceTests",
      dependencies: [
        "Workspace", "ConvText", "Lessons", "Quiz", "TerminalText", "TerminalUI",
      ],
      exclude: ["Snapshots", "Fixtures"]),
    .testTarget(
      name: "QuizTests",
      dependencies: ["Quiz", "Lessons", "ConvCore", "ConvText", "TerminalText"],
      exclude: ["Transcripts", "Fixtures"]),
    // The progress database: faults, hand-edited values, the import, processes saving at once.
    .testTarget(
      name: "ProgressStorageTests",
      dependencies: [
        "ProgressStorage", "Quiz", "TestSupport", "quiz-progress-writer",
        .product(name: "GRDB", package: "GRDB.swift"),
      ]),
    // The command line's own parts: the workspace's effects carried out on the database.
    .testTarget(
      name: "ConvTutorCLITests",
      dependencies: ["ConvTutorCLI", "ProgressStorage", "Quiz", "Workspace"]),
    // Drives the built `convtutor` binary as a user would.
    .testTarget(
      name: "EndToEndTests",
      dependencies: [
        "convtutor", "TerminalText", "TestSupport", .product(name: "GRDB", package: "GRDB.swift"),
      ]),
  ]
)
