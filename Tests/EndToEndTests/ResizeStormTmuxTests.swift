import Foundation
import TestSupport
import Testing

/// Storms of SIGWINCH: the window resized 40 times in quick bursts, between 20×10 and 200×60
/// (well below the workspace's 80×24 too), while the animation plays, while a quiz question
/// waits and while a line is half typed. Then the frame is the one for the final size: the
/// "too small" message alone below 80×24, and above it exactly the screen of the same program
/// started at that size and never resized.
@Suite(.serialized, .enabled(if: Tmux.isAvailable, "needs tmux"))
struct ResizeStormTmuxTests {
  /// 40 sizes (rows, columns) from a fixed sequence, so a failure can be replayed.
  static let storm: [(rows: Int, columns: Int)] = {
    var state: UInt64 = 0x5DEE_CE66
    func next(_ range: ClosedRange<Int>) -> Int {
      state = state &* 6_364_136_223_846_793_005 &+ 1_442_695_040_888_963_407
      return range.lowerBound + Int((state >> 33) % UInt64(range.count))
    }
    return (0..<40).map { _ in (next(10...60), next(20...200)) }
  }()

  @Test(arguments: TutorSituation.allCases)
  func theLastSizeGetsTheRightFrame(_ situation: TutorSituation) throws {
    let session = try TutorInTmux.start(situation.arguments)
    defer { session.finish() }
    let tmux = session.tmux
    try situation.reach(in: tmux)
    for burst in stride(from: 0, to: Self.storm.count, by: 10) {
      try tmux.resize(through: Array(Self.storm[burst..<burst + 10]))
    }
    // Too small: the message, centred, and nothing else.
    try tmux.resize(rows: 20, columns: 70)
    let small = try tmux.waitFor("terminal too small: need 80×24, have 70×20")
    let lines = small.split(separator: "\n").map { $0.trimmingCharacters(in: .whitespaces) }
    #expect(lines.filter { !$0.isEmpty } == ["terminal too small: need 80×24, have 70×20"])
    // Another burst, then the final size.
    try tmux.resize(through: Array(Self.storm.reversed().prefix(10)))
    try tmux.resize(rows: 31, columns: 97)
    try ScreenChecks.settle(situation, in: tmux)
    let expected = try ScreenChecks.twinScreen(situation, rows: 31, columns: 97)
    #expect(expected.split(separator: "\n").first?.hasPrefix(" convtutor │ ") == true)
    ScreenChecks.expectScreen(tmux, equals: expected)
    try SuspendTmuxTests.expectKeysWork(situation, in: tmux)
    try session.expectRestored(status: 0)
  }
}
