// Fuzz target: the lesson reader and checker. The bytes are a lesson file.
import Lessons

@_cdecl("LLVMFuzzerTestOneInput")
public func fuzzLesson(_ data: UnsafePointer<UInt8>?, _ size: Int) -> CInt {
  let bytes = size == 0 || data == nil ? [] : Array(UnsafeBufferPointer(start: data, count: size))
  let result = LessonReader.read(bytes, fileName: "fuzz.yaml")
  _ = result.diagnostics.count
  return 0
}
