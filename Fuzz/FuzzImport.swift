// Fuzz target: importing an earlier convtutor's progress file. The bytes are written as
// `progress.json` in a private folder (in /dev/shm when there is one, for speed), then
// `ProgressStore.open` imports it into a new database there (the lenient JSON reading, the
// clamping of every value, the insert in one transaction, the rename aside), and the reviews
// are read back, summarised and exported.
import Foundation
import ProgressStorage

let folder: String = {
  let base =
    FileManager.default.fileExists(atPath: "/dev/shm") ? "/dev/shm/" : NSTemporaryDirectory()
  let path = base + "convtutor-fuzz-import-\(getpid())"
  try? FileManager.default.createDirectory(atPath: path, withIntermediateDirectories: true)
  return path
}()

@_cdecl("LLVMFuzzerTestOneInput")
public func fuzzImport(_ data: UnsafePointer<UInt8>?, _ size: Int) -> CInt {
  let bytes = size == 0 || data == nil ? [] : Array(UnsafeBufferPointer(start: data, count: size))
  guard FileManager.default.createFile(atPath: folder + "/progress.json", contents: Data(bytes))
  else { return 0 }
  do {
    let opening = ProgressStore.open(at: folder + "/progress.sqlite")
    if let store = opening.store {
      let reviews = (try? store.reviews()) ?? []
      _ = LessonSummary.text(for: "exercise-1", quizCount: 2, reviews: reviews)
      _ = ReviewExport.text(of: reviews, as: .csv)
      _ = ReviewExport.text(of: reviews, as: .json)
    }
  }
  // The store is closed here; remove what it left so that every run starts clean.
  if let names = try? FileManager.default.contentsOfDirectory(atPath: folder) {
    for name in names { unlink(folder + "/" + name) }
  }
  return 0
}
