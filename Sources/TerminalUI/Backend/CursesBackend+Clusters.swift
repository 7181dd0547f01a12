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
/// refresh the cluster's bytes are written over it: the cursor saved (`sc`), moved (`cup`),
/// the cell's attributes set, the cluster, normal attributes, the cursor restored (`rc`), so
/// ncurses' idea of the cursor and the attributes stays true. A cluster is written again
/// whenever ncurses may have drawn over it: its row changed, or the screen was repainted.
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

  /// Writes `clusters` whole over their stand-ins where ncurses may have just drawn them.
  func writeWhole(_ clusters: [WholeCluster], of frame: Frame, repainting: Bool) {
    defer { lastFrame = frame }
    guard !clusters.isEmpty, let save = tigetstr("sc"), Int(bitPattern: save) != -1,
      let restore = tigetstr("rc"), Int(bitPattern: restore) != -1
    else { return }
    let previous = lastFrame.flatMap {
      $0.rows == frame.rows && $0.columns == frame.columns && !repainting ? $0 : nil
    }
    var changedRows: [Int: Bool] = [:]
    func rowChanged(_ row: Int) -> Bool {
      guard let previous else { return true }
      if let known = changedRows[row] { return known }
      let changed = (0..<frame.columns).contains { previous[row, $0] != frame[row, $0] }
      changedRows[row] = changed
      return changed
    }
    ClusterOutput.bytes = []
    for cluster in clusters where rowChanged(cluster.row) {
      guard let move = cn_cursor_address(Int32(cluster.row), Int32(cluster.column)) else {
        continue
      }
      if ClusterOutput.bytes.isEmpty { _ = tputs(save, 1, ClusterOutput.collect) }
      _ = tputs(move, 1, ClusterOutput.collect)
      let look = palette.look(of: cluster.cell.style)
      _ = vid_puts(look.attributes, look.pair, nil, ClusterOutput.collect)
      ClusterOutput.bytes += Array(String(cluster.cell.character).utf8)
      _ = vid_puts(cn_a_normal(), 0, nil, ClusterOutput.collect)
    }
    guard !ClusterOutput.bytes.isEmpty else { return }
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
