import Foundation
import TestSupport
import Testing

/// `convtutor drill` on a terminal: the workspace, at 80×24 and 120×40. An item is answered at
/// the prompt (here given up, cell by cell), its answer animates, `n` brings the next item, and
/// the item is in the review log with its seed, number, skill and level.
@Suite(.serialized, .enabled(if: Tmux.isAvailable, "needs tmux"))
struct DrillWorkspaceTmuxTests {
  /// The prompt's line of `screen`: the one above the key help, at the bottom.
  static func promptLine(of screen: String) -> Substring {
    let lines = screen.split(separator: "\n", omittingEmptySubsequences: false)
      .filter { !$0.isEmpty }
    return lines.count >= 2 ? lines[lines.count - 2] : ""
  }

  @Test(arguments: [(24, 80), (40, 120)])
  func aDrillItemAnsweredThenTheNext(rows: Int, columns: Int) throws {
    let session = try TutorInTmux.start(
      "drill --skill conv --seed 4", rows: rows, columns: columns)
    defer { session.finish() }
    let tmux = session.tmux
    try tmux.waitFor("Drill 1 · conv · level 1 of 5 · new")
    let first = try tmux.capture()
    #expect(first.contains("Row 0, column 0 = ?"))
    #expect(first.contains("kernel"))
    // Nothing of the output before it is answered.
    #expect(first.contains("0 [?]·"))
    for _ in 0..<8 {
      if try tmux.capture().contains("The animation shows how each cell") { break }
      try tmux.type("give up")
      _ = try tmux.waitUntil { Self.promptLine(of: $0).contains("give up") }
      try tmux.sendKeys("Enter")
      // Taken: the prompt is empty again.
      _ = try tmux.waitUntil { !Self.promptLine(of: $0).contains("give up") }
    }
    // All given up: Again, due again tomorrow.
    try tmux.waitFor("The animation shows how each cell")
    try tmux.waitFor("Drill 1 · conv · level 1 of 5 · due tomorrow")
    #expect(try tmux.capture().contains("▶"))
    try tmux.type("n")
    try tmux.sendKeys("Enter")
    try tmux.waitFor("Drill 2 · conv")
    try tmux.sendKeys("C-d")
    try session.expectRestored(status: 0)
    let reviews = try session.reviews()
    #expect(reviews.count == 1)
    let review = try #require(reviews.first)
    #expect(review["exercise"] as? String == "drill")
    #expect(review["drillSeed"] as? String == "4" || review["drillSeed"] as? Int == 4)
    #expect(review["drillNumber"] as? Int == 1)
    #expect(review["skill"] as? String == "conv" && review["level"] as? Int == 1)
    #expect(review["grade"] as? String == "Again" || review["grade"] as? Int == 1)
  }
}
