import Testing

@testable import TerminalUI

/// A grapheme cluster of several scalars is one cell (two for a wide one) of the frame, drawn
/// whole: seen in the workspace, 👍🏽 showed as 👍, 🇻🇳 as 🇻, and stacked marks were cut.
@Suite struct GraphemeClusterFrameTests {
  static let clusters: [(Character, Int)] = [
    ("👍🏽", 2), ("🇻🇳", 2), ("👨‍👩‍👧", 2), ("❤️", 2), ("e\u{301}\u{302}\u{303}\u{304}\u{305}\u{306}", 1),
    ("か\u{3099}", 2),
  ]

  @Test func eachClusterIsOneCellWithItsWidth() {
    for (cluster, width) in Self.clusters {
      var frame = Frame(rows: 1, columns: 8)
      let next = frame.put("a" + String(cluster) + "b", row: 0, column: 0)
      #expect(next == 2 + width)
      #expect(frame[0, 1].character == cluster, "\(cluster)")
      #expect(frame[0, 1].width == width)
      if width == 2 { #expect(frame[0, 2].isContinuation) }
      #expect(frame[0, 1 + width].character == "b")
      #expect(frame.lines() == ["a" + String(cluster) + "b"])
    }
  }

  @Test func aWideClusterCutByTheEdgeIsNotHalved() {
    var frame = Frame(rows: 1, columns: 3)
    frame.put("ab👍🏽", row: 0, column: 0)
    #expect(frame.lines(trimmingTrailingSpaces: false) == ["ab "])
    frame.within(Rect(row: 0, column: 0, rows: 1, columns: 2)) { region in
      region.put("🇻🇳🇻🇳", row: 0, column: 1)
    }
    #expect(frame.lines(trimmingTrailingSpaces: false) == ["a  "])
  }

  @Test func cutTextKeepsItsClustersWhole() {
    var frame = Frame(rows: 1, columns: 6)
    frame.put("👍🏽🇻🇳👨‍👩‍👧", row: 0, column: 0, width: 5, alignment: .leading)
    #expect(frame.lines() == ["👍🏽🇻🇳…"])
  }
}
