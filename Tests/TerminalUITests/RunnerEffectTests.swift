import Testing

@testable import TerminalUI

/// A program that asks for effects: each key `s` asks to save its count; the reply is the
/// count saved, and a reply of 3 asks for one more effect.
private struct SavingProgram: Program {
  var count = 0
  var saved: [Int] = []
  var isFinished = false
  var tickInterval: Int? { nil }

  mutating func update(_ event: Event) -> [Command<Int>] {
    switch event {
    case .key(.character("s")):
      count += 1
      return [.perform(count)]
    case .key(.character("q")):
      isFinished = true
      return [.perform(-1)]
    default: return []
    }
  }

  mutating func update(with reply: String) -> [Command<Int>] {
    saved.append(Int(reply) ?? 0)
    return reply == "3" ? [.perform(30)] : []
  }

  func render(into frame: inout Frame) {
    frame.put("saved \(saved.map(String.init).joined(separator: ","))", row: 0, column: 0)
  }
}

@Suite struct RunnerEffectTests {
  @Test func effectsAreCarriedOutInOrderAndTheirRepliesReturn() {
    let keys: [Event?] = "sssq".map { .key(.character($0)) }
    var runner = Runner(backend: InMemoryBackend(rows: 2, columns: 20, events: keys))
    var program = SavingProgram()
    var performed: [Int] = []
    let outcome = runner.run(&program) { effect -> String? in
      performed.append(effect)
      return effect < 0 ? nil : String(effect)
    }
    #expect(outcome == .finished)
    #expect(performed == [1, 2, 3, 30, -1])
    #expect(program.saved == [1, 2, 3, 30])
    #expect(runner.backend.lastFrame?.lines().first == "saved 1,2,3,30")
  }
}
