import TerminalText
import Testing

@testable import TerminalUI
@testable import Workspace

/// The prompt line at 80 columns scrolls and places its cursor by display columns: a CJK
/// character or an emoji takes two, and the line is drawn in whole grapheme clusters, however
/// their scalars arrived.
@Suite struct PromptColumnsTests {
  /// 60 ideographs: 120 columns, more than the prompt's 75.
  static let chinese = String(
    repeating: "卷积核在输入上滑动每个位置计算一次乘积之和再加上偏置得到输出", count: 2)
  /// Emoji sequences of several scalars each: a skin tone, a flag, a ZWJ family.
  static let emoji = String(repeating: "👍🏽🇻🇳👨‍👩‍👧", count: 14)

  /// The columns of the typed line at 80 columns: after `>>> `, less the last column.
  static let room = 80 - 4 - 1

  /// A workspace with `text` typed at the prompt one scalar at a time, as a terminal sends
  /// the keys, and not run.
  static func typing(_ text: String) -> WorkspaceProgram {
    var program = WorkspaceProgram(usesColor: false)
    _ = program.update(.key(.tab))
    for scalar in text.unicodeScalars { _ = program.update(.key(.character(Character(scalar)))) }
    return program
  }

  static func rendered(_ program: WorkspaceProgram) -> Frame {
    var frame = Frame(rows: 24, columns: 80)
    program.render(into: &frame)
    return frame
  }

  static let promptRow = WorkspaceLayout(rows: 24, columns: 80).prompt.row

  /// The prompt's row as text (continuation cells left out), and the columns drawn reversed.
  static func promptRow(of frame: Frame) -> (text: String, reversed: [Int]) {
    let reversed = (0..<frame.columns).filter {
      frame[promptRow, $0].style.attributes.contains(.reverse)
    }
    return (frame.lines()[promptRow], reversed)
  }

  @Test func aLongChineseLineShowsItsEndWithTheCursorAfterIt() {
    let program = Self.typing(Self.chinese)
    #expect(program.prompt.text.count == 60)
    let (text, reversed) = Self.promptRow(of: Self.rendered(program))
    // 37 ideographs (74 columns) and the cursor's column fill the 75; none is cut in half.
    #expect(text == ">>> " + String(Self.chinese.suffix(37)))
    #expect(DisplayWidth.of(String(text.dropFirst(4))) == 74)
    #expect(reversed == [4 + 74])
  }

  @Test func aLongEmojiLineKeepsEachSequenceWhole() throws {
    let program = Self.typing(Self.emoji)
    // Typed scalar by scalar, each sequence is one cluster of the line.
    #expect(program.prompt.text == Array(Self.emoji))
    #expect(program.prompt.text.count == 42)
    let frame = Self.rendered(program)
    let (text, reversed) = Self.promptRow(of: frame)
    #expect(text == ">>> " + String(Self.emoji.suffix(37)))
    #expect(reversed == [4 + 74])
    // Every cell after the marker holds a whole sequence and its continuation.
    let clusters = Array(Self.emoji.suffix(37))
    for (offset, cluster) in clusters.enumerated() {
      let column = 4 + 2 * offset
      #expect(frame[Self.promptRow, column].character == cluster, "column \(column)")
      #expect(frame[Self.promptRow, column + 1].isContinuation, "column \(column + 1)")
    }
  }

  @Test func theCursorInTheMiddleStandsOnItsCharacter() {
    var program = Self.typing("x = '" + Self.chinese + "'")
    _ = program.update(.key(.home))
    for _ in 0..<15 { _ = program.update(.key(.right)) }
    // The cursor fits from the start: the line is shown from its first character, the
    // cursor on the 11th ideograph (5 ASCII characters and 10 ideographs before it).
    var frame = Self.rendered(program)
    var (text, reversed) = Self.promptRow(of: frame)
    let chinese = Array(Self.chinese)
    #expect(text == ">>> x = '" + String(chinese.prefix(35)))
    #expect(reversed == [4 + 5 + 20, 4 + 5 + 21])
    #expect(frame[Self.promptRow, 4 + 5 + 20].character == chinese[10])

    // Further along, the line scrolls: the cursor's ideograph is the last shown.
    _ = program.update(.key(.end))
    for _ in 0..<11 { _ = program.update(.key(.left)) }
    frame = Self.rendered(program)
    (text, reversed) = Self.promptRow(of: frame)
    #expect(program.prompt.cursor == 5 + 50)
    // 37 ideographs, the cursor's the last: 14 to 50.
    #expect(text == ">>> " + String(chinese[14...50]))
    #expect(reversed == [4 + 72, 4 + 73])
    #expect(frame[Self.promptRow, 4 + 72].character == chinese[50])
  }

  @Test func anAsciiLineScrollsByCharactersAsBefore() {
    let line = String(repeating: "abcdefghij", count: 10)
    let program = Self.typing(line)
    let (text, reversed) = Self.promptRow(of: Self.rendered(program))
    #expect(text == ">>> " + String(line.suffix(Self.room - 1)))
    #expect(reversed == [4 + Self.room - 1])
  }
}
