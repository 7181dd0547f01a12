import ConvCore
import Testing

@testable import ConvPrompt

/// The limits that keep any script from hanging the tutor or filling its memory (``RunLimits``):
/// each is reached quickly, stops the script with a message at the right line, and leaves the
/// interpreter usable.
@Suite struct RunLimitTests {
  let header = "import torch\nimport torch.nn as nn\n"

  /// `count` lines made by `line`, after `first`.
  func script(_ first: String, _ line: String, times count: Int) -> String {
    ([first] + Array(repeating: line, count: count)).joined(separator: "\n")
  }

  /// Found while probing for issue 6: 130,000 lines of `a = [a]` built a list so deep that
  /// freeing it overflowed the stack (a segmentation fault at exit).
  @Test func listsNestedThroughVariablesStopAtTheLimit() {
    let error = failure(of: script("a = 1", "a = [a]", times: 130_000))
    #expect(
      error?.message
        == "lists and tuples nested 101 levels deep are over convtutor's limit of 100 levels")
    #expect(error?.range.start.line == 102)
  }

  /// Found while probing: 40 lines of `a = (a, a)` made printing `a` take forever.
  @Test func sharedListsCountEachTimeTheyAppear() {
    let error = failure(of: script("a = 1", "a = (a, a)", times: 40) + "\nprint(a)")
    #expect(error?.message.hasPrefix("this list holds over 1000000 values") == true)
    // After 19 doublings the tree holds 2^20 - 1 = 1,048,575 values.
    #expect(error?.range.start.line == 20)
    let concatenated = failure(of: script("a = [1]", "a = a + a", times: 40))
    #expect(concatenated?.message.hasPrefix("this list holds over 1000000 values") == true)
    #expect(concatenated?.range.start.line == 21)
  }

  /// The largest range is also the largest list: a list of a million numbers is allowed.
  @Test func aListOfAMillionNumbersIsAllowed() {
    #expect(output(of: "x = list(range(1000000))\nprint(len(x))") == "1000000\n")
    #expect(output(of: "x = [list(range(999999))]\nprint(len(x[0]))") == "999999\n")
    #expect(
      failure(of: "x = [list(range(1000000))]")?.message.hasPrefix(
        "this list holds over 1000000 values") == true)
  }

  /// Found while probing: 40,000 nested Sequentials overflowed the stack when called.
  @Test func sequentialsNestedTooDeeplyAreRefused() {
    let source = script(header + "s = nn.ReLU()", "s = nn.Sequential(s)", times: 40_000)
    let error = failure(of: source + "\ns(torch.zeros(2))")
    #expect(
      error?.message
        == "nn.Sequential nested 101 levels deep is over convtutor's limit of 100 levels")
    #expect(error?.range.start.line == 3 + 101)
  }

  /// Found while probing: 30 lines of `s = nn.Sequential(s, s)` made one call run 2^30 layers.
  @Test func sequentialsThatWouldRunTooManyLayersAreRefused() {
    let source = script(header + "s = nn.ReLU()", "s = nn.Sequential(s, s)", times: 30)
    let error = failure(of: source + "\ns(torch.zeros(2))")
    #expect(error?.message.hasPrefix("this nn.Sequential would run over 10000 layers") == true)
    // 2^14 = 16,384 layers after 14 doublings.
    #expect(error?.range.start.line == 3 + 14)
  }

  @Test func aRunMakesAtMostALimitedNumberOfLayerCalls() {
    // 10 layers, so that 10,001 calls of the Sequential pass the limit of 100,000 calls.
    let layers = Array(repeating: "nn.ReLU()", count: 10).joined(separator: ", ")
    let calls = Array(repeating: "y = s(x)", count: 10_001).joined(separator: "\n")
    let interpreter = Interpreter()
    let source = header + "s = nn.Sequential(\(layers))\nx = torch.zeros(1)\n" + calls
    let error = interpreter.run(source).error
    // The 10,001st call, on line 4 + 10,001, is the 100,001st layer call.
    #expect(error?.message.hasPrefix("this run has called layers 100000 times") == true)
    #expect(error?.range.start.line == 4 + 10_001)
    // The next run starts afresh.
    let next = interpreter.run("print(s(x).shape)")
    #expect(next.error == nil)
    #expect(next.printed == "torch.Size([1])\n")
  }

  @Test func theStatementsOfARunDrivenOneByOneShareItsLimits() throws {
    // 4 tensors of 16 Mi elements fill the 64 Mi of one run, whoever drives the statements.
    let interpreter = Interpreter()
    let program = try Parser.parse(script("import torch", "x = torch.zeros(4096, 4096)", times: 5))
    let errors = interpreter.start(program).map(\.error)
    #expect(errors.count == 6)
    #expect(errors.dropLast().allSatisfy { $0 == nil })
    #expect(
      errors.last??.message.hasPrefix("this run has made tensors of 83886080 elements") == true)
    // A new run starts afresh.
    #expect(interpreter.run("y = torch.zeros(4096, 4096)").error == nil)
  }

  @Test func aRunMakesAtMostALimitedNumberOfElements() {
    // 4 tensors of 16 Mi elements fill the 64 Mi of one run; the fifth is refused.
    let error = failure(of: script("import torch", "x = torch.zeros(4096, 4096)", times: 5))
    #expect(error?.message.hasPrefix("this run has made tensors of 83886080 elements") == true)
    #expect(error?.range.start.line == 6)
  }

  @Test func theWorkOfOneRunIsLimited() {
    var budget = RunBudget()
    let place = SourceRange(
      start: SourceLocation(line: 3, column: 5), end: SourceLocation(line: 3, column: 9))
    #expect(throws: Never.self) { try budget.callLayer(work: 2_000_000_000, at: place) }
    #expect(throws: Never.self) { try budget.callLayer(work: 2_000_000_000, at: place) }
    #expect(budget.work == 4_000_000_000)
    #expect {
      try budget.callLayer(work: 1, at: place)
    } throws: { error in
      (error as? Diagnostic)?.message.hasPrefix("this run has done over 4000000000 operations")
        == true && (error as? Diagnostic)?.range == place
    }
    // A call that does nothing still counts, and totals saturate instead of overflowing.
    var other = RunBudget()
    #expect(throws: Never.self) { try other.callLayer(work: 0, at: place) }
    #expect(other.work == 1)
    #expect(throws: Diagnostic.self) { try other.callLayer(work: .max, at: place) }
  }

  @Test func layersReportTheirWork() throws {
    let input = Tensor(shape: [1, 3, 8, 8], scalars: Array(repeating: 1, count: 192))
    // 16 channels × 8 × 8 outputs, each 3 × 3 × 3 multiply-adds.
    let convolution = try Conv2d(
      inChannels: 3, outChannels: 16, kernelSize: .single(3), padding: .explicit(.single(1)))
    #expect(try convolution.work(for: input) == 16 * 64 * 27)
    #expect(try MaxPool2d(kernelSize: .single(2)).work(for: input) == 3 * 16 * 4)
    #expect(try ReLU().work(for: input) == 192)
  }

  /// Only the latest statement's calls are kept (for the workspace to animate), so that old
  /// calls hold no memory.
  @Test func onlyTheLatestChainIsKept() throws {
    let interpreter = Interpreter()
    #expect(interpreter.run(header + "r = nn.ReLU()\nx = torch.zeros(4)").layerCalls.isEmpty)
    #expect(interpreter.run("y = r(r(r(x)))").layerCalls.count == 3)
    let result = interpreter.run(
      Array(repeating: "y = r(r(x))", count: 12).joined(separator: "\n") + "\ny = r(x)\nz = 1")
    #expect(result.layerCalls.count == 1)
    #expect(result.layerCalls[0].range.start.line == 13)
    // A run that calls no layer has no calls to animate: the earlier runs' are gone.
    #expect(interpreter.run("z = 2").layerCalls.isEmpty)
  }

  /// The outputs of layer calls count as tensors the run made: a Sequential of 10,000 ReLUs on
  /// a 16 Mi-element input would otherwise hold 10,000 outputs of 128 MiB.
  @Test func layerOutputsCountAsMadeTensors() {
    let source =
      header + "s = nn.Sequential("
      + Array(repeating: "nn.ReLU()", count: 100).joined(separator: ", ")
      + ")\nx = torch.zeros(4096, 4096)\ny = s(x)"
    let error = failure(of: source)
    #expect(error?.message.hasPrefix("this run has made tensors of ") == true)
    #expect(error?.range.start.line == 5)
  }

  @Test func memoryHeldByTheProcessIsLimited() throws {
    // A gauge of this test's own: 1 GiB held before, and 128 MiB more for each array of
    // 4096×4096 that a variable holds (the process's own figure moves with the tests that
    // run beside this one).
    final class Gauge {
      var held = 0
    }
    let gauge = Gauge()
    let interpreter = Interpreter()
    let base = 1 << 30
    interpreter.residentBytes = { base + gauge.held * 128 * 1024 * 1024 }
    interpreter.memoryLimit = base + 600 * 1024 * 1024
    #expect(interpreter.run("import torch").error == nil)
    var refused: Diagnostic?
    var names: [String] = []
    // Each line holds 128 MiB more, in a new run, so only the memory limit can stop them.
    for index in 0..<10 {
      gauge.held += 1
      if let error = interpreter.run("a\(index) = torch.zeros(4096, 4096)").error {
        refused = error
        break
      }
      names.append("a\(index)")
    }
    let error = try #require(refused)
    #expect(
      error.message
        == "convtutor is holding 1664 MiB of values, over its limit of 1624 MiB; give names "
        + "you no longer need a small value (x = None) and run this again")
    // 4 × 128 MiB fit in 600 MiB; the fifth is refused.
    #expect(names.count == 4)
    // Letting go of the values makes room again.
    for name in names { #expect(interpreter.run("\(name) = None").error == nil) }
    gauge.held = 0
    #expect(interpreter.run("b = torch.zeros(4096, 4096)").error == nil)
  }

  @Test func theKernelsFigureGrowsWithATensorHeld() throws {
    // 128 MiB written and held; tests running beside this one may give memory back meanwhile,
    // so one try in five showing the growth is enough.
    let interpreter = Interpreter()
    #expect(interpreter.run("import torch").error == nil)
    var growths: [Int] = []
    for index in 0..<5 {
      let before = try #require(MemoryGauge.residentBytes())
      #expect(interpreter.run("x\(index) = torch.ones(4096, 4096)").error == nil)
      let after = try #require(MemoryGauge.residentBytes())
      growths.append(after - before)
      if after - before > 100 * 1024 * 1024 { return }
    }
    Issue.record("no try grew by 100 MiB: \(growths)")
  }

  /// Found while probing: `range` over most of the 64-bit integers overflowed while counting.
  @Test func aHugeRangeIsRefused() {
    #expect(
      failure(of: "x = range(-9223372036854775807-1, 9223372036854775807)")?.message
        == "range() of over 1,000,000 numbers is over convtutor's limit")
    #expect(output(of: "print(len(range(0, 9223372036854775807, 9223372036854775807)))") == "1\n")
    #expect(
      output(of: "print(range(9223372036854775807, -9223372036854775807, -9223372036854775807))")
        == "[9223372036854775807, 0]\n")
  }

  @Test func absOfTheSmallestIntegerOverflows() {
    #expect(
      failure(of: "abs(-9223372036854775807-1)")?.message
        == "integer overflow: convtutor's integers are 64-bit")
    #expect(output(of: "abs(-5)") == "5\n")
  }
}
