// Fuzz target: the prompt language. The bytes, read as UTF-8, are parsed, then run.
import ConvPrompt

/// Inputs longer than this are skipped: the target measures robustness, not throughput on
/// megabyte scripts (the parser's own limit, `Parser.maximumSourceBytes`, is 1 MiB).
let maximumInputBytes = 4096

@_cdecl("LLVMFuzzerTestOneInput")
public func fuzzPrompt(_ data: UnsafePointer<UInt8>?, _ size: Int) -> CInt {
  guard size <= maximumInputBytes else { return -1 }
  let bytes = size == 0 || data == nil ? [] : Array(UnsafeBufferPointer(start: data, count: size))
  let source = String(decoding: bytes, as: UTF8.self)
  do {
    _ = try Parser.parse(source)
  } catch {
    return 0
  }
  // A diagnostic in the result is the expected answer to a bad script.
  let result = Interpreter().run(source)
  _ = result.printed.utf8.count
  return 0
}
