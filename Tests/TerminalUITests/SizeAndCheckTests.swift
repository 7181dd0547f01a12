import Testing

@testable import TerminalUI

@Suite struct MinimumSizeTests {
  @Test func theRule() {
    let size = MinimumSize.standard
    #expect(size.isSatisfied(rows: 24, columns: 80) && size.isSatisfied(rows: 50, columns: 200))
    #expect(!size.isSatisfied(rows: 23, columns: 80) && !size.isSatisfied(rows: 24, columns: 79))
    #expect(size.message(rows: 20, columns: 60) == "terminal too small: need 80×24, have 60×20")
  }

  @Test func theMessageIsCentred() {
    var frame = Frame(rows: 3, columns: 44)
    MinimumSize.standard.render(into: &frame)
    #expect(frame.lines() == ["", " terminal too small: need 80×24, have 44×3", ""])
    #expect(frame.styleLines()[1].filter { $0 == "b" }.count == 41)
  }

  @Test func theMessageWrapsInANarrowTerminal() {
    var frame = Frame(rows: 6, columns: 12)
    MinimumSize.standard.render(into: &frame)
    #expect(
      frame.lines() == ["", "terminal too", "small: need", "80×24, have", "    12×6", ""])
  }

  @Test func tinyTerminalsDoNotCrash() {
    for rows in 0...3 {
      for columns in 0...5 {
        var frame = Frame(rows: rows, columns: columns)
        MinimumSize.standard.render(into: &frame)
        #expect(frame.rows == rows)
      }
    }
  }
}

@Suite struct TerminalCheckTests {
  func check(
    _ environment: [String: String], terminals: Set<Int32> = [0, 1], cup: Bool = true
  ) -> TerminalCheck.Verdict {
    TerminalCheck.canUseFullScreen(
      environment: environment, isTerminal: { terminals.contains($0) },
      hasCursorAddressing: { _ in cup })
  }

  @Test func aRealTerminalIsUsable() {
    #expect(check(["TERM": "xterm-256color"]) == .usable)
    #expect(check(["TERM": "xterm-256color"]).isUsable)
  }

  @Test func reasons() {
    #expect(check(["TERM": "xterm"], terminals: [1]).reason == "standard input is not a terminal")
    #expect(check(["TERM": "xterm"], terminals: [0]).reason == "standard output is not a terminal")
    #expect(check([:]).reason == "TERM is not set")
    #expect(check(["TERM": ""]).reason == "TERM is not set")
    #expect(check(["TERM": "dumb"]).reason == "TERM is dumb (no cursor addressing)")
    #expect(
      check(["TERM": "teletype\u{1B}"], cup: false).reason
        == #"terminal type teletype\e is unknown or has no cursor addressing"#)
  }

  @Test func noColorIsHonoured() {
    let options = CursesOptions()
    #expect(options.usesColor(environment: [:]))
    #expect(options.usesColor(environment: ["NO_COLOR": ""]))
    #expect(!options.usesColor(environment: ["NO_COLOR": "1"]))
    #expect(!CursesOptions(color: false).usesColor(environment: [:]))
  }
}
