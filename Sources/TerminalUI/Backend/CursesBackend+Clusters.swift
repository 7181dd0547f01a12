import CNcurses

#if canImport(Glibc)
  import Glibc
#elseif canImport(Darwin)
  import Darwin
#endif

/// A grapheme cluster of the frame that ncurses cannot hold in one cell, and where it is.
struct WholeCluster: Equatable {
  let row: Int
  let column: Int
  let cell: Cell
}

/// Grapheme clusters that ncurses would cut, written whole.
///
/// `setcchar` keeps at most `CCHARW_MAX` (5) scalars in a cell, and stops at the first scalar
/// after the first that has a width of its own: 👍🏽 (a skin-tone modifier is 2 columns to the C
/// library) would show as 👍, the flag 🇻🇳 as 🇻, a ZWJ sequence as its first emoji, a letter
/// with five marks with four. So ncurses gets a stand-in of the cluster's width, and after the
/// refresh the row is written again from the first such cluster to its end, the clusters
/// whole: the cursor saved (`sc`), moved (`cup`), each cell with its attributes, normal
/// attributes, the cursor restored (`rc`), so that ncurses' idea of the cursor and the
/// attributes stays true. After each cluster the cursor is moved to the cell after it, so a
/// terminal that draws the cluster wider than the frame does (tmux 3.3 draws 👍🏽 as 👍 and 🏽,
/// four columns) shifts nothing and loses no neighbour: the next cells are written over the
/// excess. A cluster that would pass the right edge so drawn stays a stand-in. A row is
/// written again whenever ncurses may have drawn over it: it changed, or the screen was
/// repainted.
extension CursesBackend {
  /// Whether ncurses keeps `character` whole in one cell.
  static func fitsOneCell(_ character: Character) -> Bool {
    var count = 0
    for scalar in character.unicodeScalars {
      count += 1
      if count > Int(CCHARW_MAX) { return false }
      if count > 1, cn_wcwidth(wchar_t(bitPattern: scalar.value)) != 0 { return false }
    }
    return true
  }

  /// What ncurses holds in place of a cluster it would cut: the cluster's first scalar when
  /// the C library gives it the cluster's width (👍 for 👍🏽), else a space.
  static func standIn(for cell: Cell) -> wchar_t {
    guard let first = cell.character.unicodeScalars.first else { return 0x20 }
    let value = wchar_t(bitPattern: first.value)
    return Int(cn_wcwidth(value)) == cell.width ? value : 0x20
  }

  /// The columns a terminal that combines nothing draws `character` in: the C library's
  /// widths of its scalars, added.
  static func widestDrawing(of character: Character) -> Int {
    character.unicodeScalars.reduce(0) {
      $0 + max(0, Int(cn_wcwidth(wchar_t(bitPattern: $1.value))))
    }
  }

  /// Writes the rows of `clusters` again, the clusters whole, where ncurses may have just
  /// drawn over them.
  func writeWhole(_ clusters: [WholeCluster], of frame: Frame, repainting: Bool) {
    defer { lastFrame = frame }
    guard !clusters.isEmpty, let save = tigetstr("sc"), Int(bitPattern: save) != -1,
      let restore = tigetstr("rc"), Int(bitPattern: restore) != -1
    else { return }
    let previous = lastFrame.flatMap {
      $0.rows == frame.rows && $0.columns == frame.columns && !repainting ? $0 : nil
    }
    var firstColumns: [Int: Int] = [:]
    for cluster in clusters {
      firstColumns[cluster.row] = min(firstColumns[cluster.row] ?? cluster.column, cluster.column)
    }
    ClusterOutput.bytes = []
    for (row, first) in firstColumns.sorted(by: { $0.key < $1.key }) {
      if let previous, !(0..<frame.columns).contains(where: { previous[row, $0] != frame[row, $0] })
      {
        continue  // ncurses sent nothing for this row: what was written whole is still there
      }
      if ClusterOutput.bytes.isEmpty { _ = tputs(save, 1, ClusterOutput.collect) }
      writeRow(row, from: first, of: frame)
    }
    guard !ClusterOutput.bytes.isEmpty else { return }
    _ = vid_puts(cn_a_normal(), 0, nil, ClusterOutput.collect)
    _ = tputs(restore, 1, ClusterOutput.collect)
    let bytes = ClusterOutput.bytes
    ClusterOutput.bytes = []
    SignalGuard.duringOutput {
      bytes.withUnsafeBytes { buffer in
        var offset = 0
        while offset < buffer.count {
          let written = write(outputDescriptor, buffer.baseAddress! + offset, buffer.count - offset)
          if written <= 0 { break }
          offset += written
        }
      }
    }
  }

  /// Gathers the bytes that draw `row` of `frame` from `first` to the end of its text (and of
  /// what a terminal may have drawn past a cluster), the cursor moved to the cell after each
  /// cluster ncurses would cut.
  private func writeRow(_ row: Int, from first: Int, of frame: Frame) {
    guard move(row: row, column: first) else { return }
    var end = first
    for column in first..<frame.columns {
      let cell = frame[row, column]
      if cell.character != " " || cell.style != .plain { end = column + 1 }
      if !Self.fitsOneCell(cell.character) {
        end = max(end, column + Self.widestDrawing(of: cell.character))
      }
    }
    var style: Style? = nil
    for column in first..<min(end, frame.columns) {
      let cell = frame[row, column]
      if cell.isContinuation || (cell.width == 2 && column + 1 >= frame.columns) { continue }
      // The last cell of the last row is ncurses' to draw: writing it may scroll the screen.
      if row == frame.rows - 1, column + cell.width >= frame.columns { break }
      if style != cell.style {
        let look = palette.look(of: cell.style)
        _ = vid_puts(look.attributes, look.pair, nil, ClusterOutput.collect)
        style = cell.style
      }
      if Self.fitsOneCell(cell.character) {
        ClusterOutput.bytes += Array(String(cell.character).utf8)
      } else if column + Self.widestDrawing(of: cell.character) <= frame.columns {
        ClusterOutput.bytes += Array(String(cell.character).utf8)
        if column + cell.width < frame.columns, !move(row: row, column: column + cell.width) {
          return
        }
      } else {
        let standIn = Unicode.Scalar(UInt32(bitPattern: Self.standIn(for: cell))) ?? " "
        let text = standIn == " " ? String(repeating: " ", count: cell.width) : String(standIn)
        ClusterOutput.bytes += Array(text.utf8)
      }
    }
  }

  /// Gathers the bytes that move the cursor to (`row`, `column`); false without `cup`.
  private func move(row: Int, column: Int) -> Bool {
    guard let move = cn_cursor_address(Int32(row), Int32(column)) else { return false }
    _ = tputs(move, 1, ClusterOutput.collect)
    return true
  }
}

/// Where the bytes of whole clusters are gathered: ncurses' `vid_puts` writes attributes
/// through a C function, which cannot carry a context. Used only on the thread that draws.
private enum ClusterOutput {
  nonisolated(unsafe) static var bytes: [UInt8] = []

  static let collect: @convention(c) (Int32) -> Int32 = { byte in
    ClusterOutput.bytes.append(UInt8(truncatingIfNeeded: byte))
    return byte
  }
}
