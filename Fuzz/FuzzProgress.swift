// Fuzz target: the progress file reader. The bytes are written to a progress file in a
// private temporary folder, then loaded through `ProgressStore.load`, which decodes the JSON
// and moves a corrupt file aside.
import Foundation
import Quiz

let folder: String = {
  let path = NSTemporaryDirectory() + "convtutor-fuzz-progress-\(getpid())"
  try? FileManager.default.createDirectory(atPath: path, withIntermediateDirectories: true)
  return path
}()

@_cdecl("LLVMFuzzerTestOneInput")
public func fuzzProgress(_ data: UnsafePointer<UInt8>?, _ size: Int) -> CInt {
  let bytes = size == 0 || data == nil ? [] : Array(UnsafeBufferPointer(start: data, count: size))
  let path = folder + "/progress.json"
  guard FileManager.default.createFile(atPath: path, contents: Data(bytes)) else { return 0 }
  let store = ProgressStore(path: path)
  let loaded = store.load(now: Date(timeIntervalSince1970: 0))
  _ = loaded.warnings.count
  // A corrupt file was moved aside; remove it and what is left so that every run starts clean.
  if let names = try? FileManager.default.contentsOfDirectory(atPath: folder) {
    for name in names { unlink(folder + "/" + name) }
  }
  return 0
}
