import TerminalUI
import Testing

@testable import Lessons
@testable import Workspace

/// The whole workspace at 80×24, text and styles, compared with snapshots.
@Suite struct WorkspaceSnapshotTests {
  static func frame(_ program: WorkspaceProgram, rows: Int = 24, columns: Int = 80) -> Frame {
    var frame = Frame(rows: rows, columns: columns)
    program.render(into: &frame)
    return frame
  }

  @Test func welcome() {
    Snapshot.check(Self.frame(WorkspaceProgram(usesColor: false)), named: "workspace-welcome")
  }

  @Test func slidesConvolutionAfterOneStep() {
    var program = WorkspaceUpdateTests.workspace(typing: WorkspaceUpdateTests.slidesConvolution)
    _ = program.update(.key(.right))
    Snapshot.check(Self.frame(program), named: "workspace-L1-step2")
  }

  @Test func helpOverlay() {
    var program = WorkspaceUpdateTests.workspace(typing: WorkspaceUpdateTests.slidesConvolution)
    _ = program.update(.key(.character("?")))
    Snapshot.check(Self.frame(program), named: "workspace-help")
  }

  @Test func exerciseFivePoolingQuizAtItsLastCell() throws {
    var program = WorkspaceProgram(usesColor: false)
    program.now = { 0 }
    program.open(try #require(LessonLibrary.shipped.lesson(named: "5")))
    while program.lessonSession?.step.operation?.layer.name != "MaxPool2d" {
      _ = program.update(.key(.control("n")))
    }
    program.type("(1, 2, 2)")
    program.type("-52 120")
    program.type("250")
    Snapshot.check(Self.frame(program), named: "workspace-exercise5-pool-quiz")
  }
}
