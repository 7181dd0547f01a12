import Foundation
import TestSupport
import Testing

/// The built binary at 80×24 on the call that lost its output cell: an 8×8 input of
/// `torch.rand` floats under `nn.Conv2d(1, 1, 3)`. At the last step the current cell is on
/// screen with the arrow of the hidden columns, and the nine products are written out; at
/// 120×40 and 200×50 the grids are whole.
@Suite(.serialized, .enabled(if: Tmux.isAvailable, "needs tmux"))
struct ViewFollowsTheWorkTmuxTests {
  static let script = """
    import torch
    import torch.nn as nn
    torch.manual_seed(0)
    x = torch.rand(1, 1, 8, 8)
    conv = nn.Conv2d(1, 1, 3)
    conv(x)
    """

  @Test func theLastCellOfAnEightByEightFloatConvolutionIsOnScreen() throws {
    let folder = try TutorInTmux.temporaryFolder("view")
    defer { try? FileManager.default.removeItem(at: folder) }
    let path = folder.appendingPathComponent("conv8.py")
    try Self.script.write(to: path, atomically: true, encoding: .utf8)
    let (tmux, _) = try WorkspaceTmuxTests.start("show \(path.path)", rows: 24, columns: 80)
    defer { tmux.kill() }
    try tmux.waitFor("step 1 of 36 ")
    try tmux.sendKeys("End")
    // PyTorch prints the last output cell as 0.4590, and so does the grid.
    // The frame is whole once the arithmetic's last line is drawn too.
    let screen = try tmux.waitUntil(description: "the last step's cell and arithmetic") {
      $0.contains("[0.4590]") && $0.contains("+ 0.2762 (bias) = 0.4590")
    }
    let lines = screen.split(separator: "\n", omittingEmptySubsequences: false)
    let labels = try #require(lines.first { $0.contains("kernel 3×3") })
    #expect(labels.hasSuffix("←     4      5"), "\(screen)")
    #expect(screen.contains("0.2422×0.1830 + 0.8155×(-0.0421)"), "\(screen)")
    #expect(screen.contains("+ 0.2762 (bias) = 0.4590"), "\(screen)")
    #expect(!screen.contains("products (3×3)"), "\(screen)")
    for (rows, columns) in [(40, 120), (50, 200)] {
      try tmux.resize(rows: rows, columns: columns)
      let wide = try tmux.waitUntil(description: "the whole output grid at \(columns)") {
        $0.contains("0      1      2      3      4      5\n")
      }
      #expect(wide.contains("[0.4590]"), "\(wide)")
      let indices = wide.split(separator: "\n").filter { $0.contains(" 0      1      2 ") }
      #expect(indices.count == 2 && !indices.joined().contains("←"), "\(wide)")
    }
  }
}
