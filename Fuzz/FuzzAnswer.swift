// Fuzz target: the quiz answer reader. The bytes, read as UTF-8, are a line the learner typed;
// the first byte's low bit chooses whether a shape is expected.
import Quiz

@_cdecl("LLVMFuzzerTestOneInput")
public func fuzzAnswer(_ data: UnsafePointer<UInt8>?, _ size: Int) -> CInt {
  guard size > 0, let data else { return 0 }
  let bytes = Array(UnsafeBufferPointer(start: data, count: size))
  let expectingShape = bytes[0] & 1 == 1
  let line = String(decoding: bytes.dropFirst(), as: UTF8.self)
  _ = AnswerReader.read(line, expectingShape: expectingShape)
  _ = AnswerReader.number(line)
  return 0
}
