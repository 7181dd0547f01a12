import Testing

@testable import TerminalUI

/// A small screen drawn the way the workspace will draw, checked as text and as styles.
@Suite struct SnapshotTests {
  static func sampleFrame() -> Frame {
    var frame = Frame(rows: 6, columns: 24)
    frame.put("Lesson 1 · step 3/16", row: 0, column: 0, style: .bold)
    let grid = Rect(row: 1, column: 0, rows: 5, columns: 11)
    frame.box(grid, title: "input")
    frame.within(grid.inset(rows: 1, columns: 1)) { inside in
      let values = [["0", "0", "0"], ["0", "2", "1"], ["0", "3", "7"]]
      for (row, line) in values.enumerated() {
        for (column, value) in line.enumerated() {
          let padding = row == 0 || column == 0
          let inWindow = row >= 1 && column >= 1
          let style: Style = inWindow ? .highlight : padding ? .padding : .plain
          inside.put(" \(value) ", row: row, column: column * 3, style: style)
        }
      }
    }
    frame.put("= 10", row: 3, column: 13, style: .result.adding(.bold))
    frame.put("?", row: 4, column: 13, style: .error)
    return frame
  }

  @Test func textSnapshot() {
    #expect(
      Self.sampleFrame().text == """
        Lesson 1 · step 3/16
        ┌ input ──┐
        │ 0  0  0 │
        │ 0  2  1 │  = 10
        │ 0  3  7 │  ?
        └─────────┘
        """)
  }

  @Test func styleSnapshot() {
    #expect(
      Self.sampleFrame().styleLines() == [
        "bbbbbbbbbbbbbbbbbbbb",
        "",
        ".PPPPPPPPP",
        ".PPPHHHHHH...****",
        ".PPPHHHHHH...E",
        "",
      ])
    #expect(Self.sampleFrame().styleText.hasPrefix("bbbbbbbbbbbbbbbbbbbb\n\n.PPP"))
  }

  @Test func customStyleCodes() {
    let codes = Self.sampleFrame().styleLines { style in
      style.role == .highlight ? "#" : " "
    }
    #expect(codes[3] == "    ######" + String(repeating: " ", count: 14))
  }

  @Test func styleCodes() {
    #expect(Style.plain.code == ".")
    #expect(Style.bold.code == "b" && Style.reverse.code == "r")
    #expect(Style.underline.code == "u" && Style.dim.code == "d")
    #expect(Style(.bold, role: nil).adding(.dim).code == "*")
    let roles = Style.Role.allCases.map { Style(role: $0).code }
    #expect(String(roles) == "HAPREM")
  }

  @Test func rolesReadWithoutColour() {
    #expect(Style.highlight.monochromeAttributes == .reverse)
    #expect(Style.result.monochromeAttributes == .bold)
    #expect(Style.padding.monochromeAttributes == .dim)
    #expect(Style.error.adding(.underline).monochromeAttributes == [.bold, .reverse, .underline])
    for role in Style.Role.allCases {
      #expect(!role.monochromeAttributes.isEmpty)
    }
  }
}
