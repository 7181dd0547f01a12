import Foundation
import TestSupport
import Testing

/// Quizzes in the built binary in a real terminal, at 80×24 and 120×40: exercise 5 (the shape
/// question shows the picture, the erratum waits for its cell) and a lesson with two input and
/// two output channels (no channel's partial sum is on screen while its cell is asked).
@Suite(.serialized, .enabled(if: Tmux.isAvailable, "needs tmux"))
struct QuizScreenTmuxTests {
  /// A lesson file with two input and two output channels, in a new temporary folder.
  static func twoChannelLesson() throws -> URL {
    let folder = FileManager.default.temporaryDirectory
      .appendingPathComponent("convtutor-two-channels-\(UUID().uuidString)")
    try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
    let file = folder.appendingPathComponent("two-channels.yaml")
    try """
    format: 2
    id: two-channels
    title: Two channels in, two out
    summary: A convolution that reads two input channels and writes two.
    steps:
      - quiz:
          layer: nn.Conv2d(2, 2, kernel_size=2)
          input:
            - |
              1 2 0
              3 1 2
              0 4 1
            - |
              2 0 1
              1 3 0
              4 1 2
          weight:
            - - |
                1 0
                2 1
              - |
                0 1
                1 2
            - - |
                1 1
                0 1
              - |
                2 0
                0 1
          bias: [3, -1]
    """.write(to: file, atomically: true, encoding: .utf8)
    return file
  }

  static func data() -> URL {
    FileManager.default.temporaryDirectory
      .appendingPathComponent("convtutor-xdg-\(UUID().uuidString)")
  }

  @Test(arguments: [(24, 80), (40, 120)])
  func aTwoChannelQuizShowsNoPartialSum(rows: Int, columns: Int) throws {
    let lesson = try Self.twoChannelLesson()
    defer { try? FileManager.default.removeItem(at: lesson.deletingLastPathComponent()) }
    let data = Self.data()
    defer { try? FileManager.default.removeItem(at: data) }
    let (tmux, settings) = try WorkspaceTmuxTests.start(
      "open \(lesson.path)", rows: rows, columns: columns,
      environment: ["XDG_DATA_HOME": data.path])
    defer { tmux.kill() }
    let asking = try tmux.waitFor("What is the shape of the output?")
    // The picture is there, the output's size is not.
    #expect(asking.contains("output ?") && asking.contains("weight[0, 1]"), "\(asking)")
    #expect(!asking.contains("2×2") && !asking.contains("of 8"), "\(asking)")
    try tmux.type("(2, 2, 2)")
    try tmux.sendKeys("Enter")
    let cell = try tmux.waitFor("sum ?")
    // Output channel 0's first cell: channel sums 8 and 7, bias 3, the cell 18.
    for giveaway in ["sum 8", "sum 7", "= 18"] {
      #expect(!cell.contains(giveaway), "\(giveaway):\n\(cell)")
    }
    #expect(cell.contains("bias 3"), "\(cell)")
    try tmux.type("18")
    try tmux.sendKeys("Enter")
    try tmux.waitFor("Right: 18")
    // PyTorch's output: [[18, 13], [19, 18]] and [[10, 3], [10, 11]].
    for answer in ["13", "19 18", "10 3", "10 11"] {
      try tmux.type(answer)
      try tmux.sendKeys("Enter")
    }
    try tmux.waitFor("of 9 right at the first try")
    try tmux.sendKeys("Tab", "q")
    let after = try WorkspaceTmuxTests.settingsAfterExit(settings)
    try WorkspaceTmuxTests.expectRestored(tmux, after)
  }

  @Test(arguments: [(24, 80), (40, 120)])
  func exerciseFivesQuizAsksWithThePictureAndItsErratumWaits(rows: Int, columns: Int) throws {
    let data = Self.data()
    defer { try? FileManager.default.removeItem(at: data) }
    let (tmux, settings) = try WorkspaceTmuxTests.start(
      "open 5", rows: rows, columns: columns, environment: ["XDG_DATA_HOME": data.path])
    defer { tmux.kill() }
    try tmux.waitFor("Exercise 5")
    let asking = try LessonTmuxTests.pressNext(until: "What is the shape of the output?", in: tmux)
    #expect(asking.contains("input 7×7") && asking.contains("kernel 3×3"), "\(asking)")
    #expect(!asking.contains("5×5") && !asking.contains("Erratum"), "\(asking)")
    try tmux.type("5x5")
    try tmux.sendKeys("Enter")
    let first = try tmux.waitFor("Row 0, column 0 = ?")
    #expect(first.contains("output 5×5"), "\(first)")
    // The slide's wrong grid is not named before its cells are answered.
    #expect(!first.contains("Erratum"), "\(first)")
    try tmux.type("give up")
    try tmux.sendKeys("Enter")
    try tmux.waitFor("Row 0, column 1 = ?")
    try tmux.sendKeys("Tab", "q")
    let after = try WorkspaceTmuxTests.settingsAfterExit(settings)
    try WorkspaceTmuxTests.expectRestored(tmux, after)
  }
}
