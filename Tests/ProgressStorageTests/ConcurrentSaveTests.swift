import Foundation
import Quiz
import TestSupport
import Testing

@testable import ProgressStorage

#if canImport(Glibc)
  import Glibc
#endif

/// Several convtutor processes saving into one database at once, and a process killed while it
/// saves: every review a process committed is in the database, none twice.
@Suite struct ConcurrentSaveTests {
  /// The saved reviews of writer `name` in `reviews`, by number: a lesson step's index, or a
  /// drill item's number (``SampleReviews``).
  static func numbers(of name: String, in reviews: [Review]) -> [Int] {
    reviews.compactMap { review in
      switch review.exercise {
      case .lessonStep(let lessonId, let stepIndex): lessonId == name ? stepIndex : nil
      case .drill(_, let number, let layer): layer == name ? number : nil
      }
    }.sorted()
  }

  @Test(arguments: [2, 3])
  func processesSavingAtOnceKeepEveryReview(_ processes: Int) throws {
    let folder = try StoreFolder()
    defer { folder.remove() }
    let count = 150
    let names = (1...processes).map { "writer-\($0)" }
    // Started together on a database none of them has made yet: they also race to make it.
    let pids = try names.map { name in
      try StoreFolder.startWriter(
        database: folder.database, count: count, name: name,
        output: folder.path + "/\(name).out")
    }
    for (pid, name) in zip(pids, names) {
      let status = Spawn.wait(pid, seconds: 120)
      let output =
        (try? String(contentsOfFile: folder.path + "/\(name).out", encoding: .utf8)) ?? ""
      #expect(status == .exited(0), "\(name): \(output.split(separator: "\n").last ?? "")")
    }
    let reviews = try folder.store().reviews()
    #expect(reviews.count == processes * count)
    for name in names {
      let output = try String(contentsOfFile: folder.path + "/\(name).out", encoding: .utf8)
      #expect(StoreFolder.saved(in: output) == Array(0..<count), "\(name): \(output.suffix(300))")
      #expect(Self.numbers(of: name, in: reviews) == Array(0..<count), "\(name)")
    }
  }

  /// Killed (SIGKILL) at a random moment while it saves, 8 times over one database: it opens
  /// without a message each time, passes SQLite's integrity check, and holds every review the
  /// writers said they had committed.
  @Test func aWriterKilledWhileSavingLosesNothingCommitted() throws {
    let folder = try StoreFolder()
    defer { folder.remove() }
    var generator = SystemRandomNumberGenerator()
    var committed: [String: [Int]] = [:]
    for round in 0..<8 {
      let name = "killed-\(round)"
      let output = folder.path + "/\(name).out"
      let pid = try StoreFolder.startWriter(
        database: folder.database, count: 0, name: name, output: output)
      // Past its first save (the output says so), then a random moment later.
      let deadline = Date().addingTimeInterval(30)
      while StoreFolder.saved(in: (try? String(contentsOfFile: output, encoding: .utf8)) ?? "")
        .isEmpty, Date() < deadline
      {
        usleep(2_000)
      }
      usleep(UInt32.random(in: 1_000...60_000, using: &generator))
      kill(pid, SIGKILL)
      #expect(Spawn.wait(pid, seconds: 10) == .signaled(SIGKILL))
      committed[name] = StoreFolder.saved(
        in: (try? String(contentsOfFile: output, encoding: .utf8)) ?? "")
      #expect(committed[name]?.isEmpty == false, "round \(round): it saved before the kill")
      let reviews = try folder.store().reviews()
      #expect(try HandEditing.rows("PRAGMA integrity_check", in: folder.database) == [["ok"]])
      for (writer, numbers) in committed {
        let found = Self.numbers(of: writer, in: reviews)
        // Each committed review is there once; at most one more (committed, not yet said).
        #expect(Array(found.prefix(numbers.count)) == numbers, "round \(round), \(writer)")
        #expect(found == Array(0..<found.count), "round \(round), \(writer): none twice")
        #expect(found.count <= numbers.count + 1, "round \(round), \(writer)")
      }
    }
  }
}
