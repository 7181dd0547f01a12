import ConvCore

#if canImport(Glibc)
  import Glibc
#elseif canImport(Darwin)
  import Darwin
#endif

/// convtutor's benchmarks (not tests). Build in release first:
///
///     swift build -c release && .build/release/convtutor-bench
///
/// (a) `convtutor run` of a slides snippet as a whole process, start to exit;
/// (b) `Conv2d(3, 16, 3, padding=1)` on a (1, 3, 224, 224) input, and the steps of that call;
/// (c) to (e) the workspace (`WorkspaceBenchmarks`); (f) to (h) the progress database
/// (`ProgressBenchmarks`); (i) start-up against a hello world (`StartBenchmarks`).

func now() -> Double {
  var time = timespec()
  clock_gettime(CLOCK_MONOTONIC, &time)
  return Double(time.tv_sec) + Double(time.tv_nsec) / 1e9
}

struct Summary {
  let samples: [Double]
  var sorted: [Double] { samples.sorted() }
  var median: Double {
    let s = sorted;
    return s.count % 2 == 1 ? s[s.count / 2] : (s[s.count / 2 - 1] + s[s.count / 2]) / 2
  }
  var minimum: Double { sorted.first ?? 0 }
  var p90: Double { let s = sorted; return s[min(s.count - 1, Int(Double(s.count) * 0.9))] }

  func line(_ name: String, target: Double?) -> String {
    func ms(_ seconds: Double) -> String {
      let value = (seconds * 1000 * 100).rounded() / 100
      return "\(value) ms"
    }
    var text =
      "\(name): median \(ms(median)), min \(ms(minimum)), p90 \(ms(p90)) over \(samples.count) runs"
    if let target {
      text +=
        median < target ? "  [target < \(ms(target)): met]" : "  [target < \(ms(target)): MISSED]"
    }
    return text
  }
}

func measure(runs: Int, warmUp: Int = 2, _ body: () -> Void) -> Summary {
  for _ in 0..<warmUp { body() }
  var samples: [Double] = []
  for _ in 0..<runs {
    let start = now()
    body()
    samples.append(now() - start)
  }
  return Summary(samples: samples)
}

/// Times `count` bodies in turn, `body(0)` to `body(count - 1)`, round after round: a change in
/// the machine's load falls on all of them alike. One summary per body.
func measureInRounds(runs: Int, warmUp: Int = 2, count: Int, _ body: (Int) -> Void) -> [Summary] {
  for _ in 0..<warmUp {
    for index in 0..<count { body(index) }
  }
  var samples = [[Double]](repeating: [], count: count)
  for _ in 0..<runs {
    for index in 0..<count {
      let start = now()
      body(index)
      samples[index].append(now() - start)
    }
  }
  return samples.map { Summary(samples: $0) }
}

let snippet = """
  import torch
  import torch.nn as nn

  input = torch.tensor([[[2., 2., 1., 4., 1., 0.],
            [0., 4., 0., 3., 3., 4.],
            [0., 4., 1., 2., 0., 0.],
            [2., 1., 4., 1., 3., 1.],
            [4., 3., 1., 4., 2., 4.],
            [2., 0., 0., 4., 3., 4.]]])
  input
  conv_layer = nn.Conv2d(in_channels=1, out_channels=1, kernel_size=3, bias=False)
  init_kernel_weight = torch.tensor([[[[1., 1., 0.], [1., 1., 0.], [1., 0., 1.]]]])
  conv_layer.weight.data = init_kernel_weight
  conv_layer.weight
  output = conv_layer(input)
  output

  """

/// Writes the slides snippet to a file and returns its path.
func snippetFile() -> String {
  let path = "/tmp/convtutor-bench-snippet.py"
  let file = fopen(path, "w")!
  fputs(snippet, file)
  fclose(file)
  return path
}

/// (a) Runs `convtutor run SNIPPET` as a child process, output to /dev/null.
func benchmarkProcess() -> String {
  guard let binary = ChildProcess.sibling("convtutor") else {
    return "(a) skipped: convtutor is not built beside convtutor-bench"
  }
  let arguments = [binary, "run", snippetFile()]
  var failed = false
  let summary = measure(runs: 50, warmUp: 5) {
    if !ChildProcess.run(arguments) { failed = true }
  }
  if failed { return "(a) convtutor run failed" }
  return summary.line("(a) convtutor run 01-conv-no-bias snippet, whole process", target: 0.020)
}

/// (b) The 224×224 convolution and its steps.
func benchmarkConvolution() throws -> [String] {
  var generator = RandomGenerator(seed: 0)
  var layer = try Conv2d(
    inChannels: 3, outChannels: 16, kernelSize: .single(3), padding: .explicit(.single(1)))
  layer.weight = Tensor(
    shape: layer.weight.shape,
    scalars: (0..<layer.weight.elementCount).map { _ in
      generator.uniform(from: -0.19, to: 0.19, dtype: .float32)
    })
  layer.bias = Tensor(
    shape: [16],
    scalars: (0..<16).map { _ in generator.uniform(from: -0.19, to: 0.19, dtype: .float32) })
  let input = Tensor(
    shape: [1, 3, 224, 224],
    scalars: (0..<(3 * 224 * 224)).map { _ in Double(generator.integer(from: 0, below: 5)) })
  var lines: [String] = []
  var checksum = 0.0
  let forward = measure(runs: 20) { checksum += (try! layer.forward(input)).scalars[12345] }
  lines.append(
    forward.line("(b) Conv2d(3, 16, 3, padding=1) forward on (1, 3, 224, 224)", target: 0.050))
  let build = measure(runs: 20) { checksum += Double((try! layer.steps(for: input)).count) }
  lines.append(build.line("(b) steps of that call: build (random access ready)", target: 0.050))
  let steps = try layer.steps(for: input)
  var index = 0
  let access = measure(runs: 20) {
    for _ in 0..<10_000 {
      index = (index &* 1_103_515_245 &+ 12_345) & 0x7FFF_FFFF
      checksum += steps[index % steps.count].result
    }
  }
  lines.append(
    access.line("(b) steps: 10,000 random-access steps (window, terms, result)", target: nil))
  let all = measure(runs: 3, warmUp: 1) {
    for step in steps { checksum += step.result }
  }
  lines.append(all.line("(b) steps: every one of the \(steps.count) steps in order", target: nil))
  if checksum.isNaN { lines.append("checksum \(checksum)") }
  return lines
}

// `convtutor-bench core` runs only (a) and (b); `workspace` only (c) to (e); `progress` only
// (f) to (h); `start` only (i).
let only = CommandLine.arguments.dropFirst().first
print("convtutor benchmarks (release build, \(ProcessInfoLite.cores) cores)")
if only == nil || only == "core" {
  print(benchmarkProcess())
  do {
    for line in try benchmarkConvolution() { print(line) }
  } catch {
    print("(b) failed: \(error)")
  }
}
if only == nil || only == "workspace" {
  for line in WorkspaceBenchmarks.run() { print(line) }
}
if only == nil || only == "progress" {
  for line in ProgressBenchmarks.run() { print(line) }
}
if only == nil || only == "start" {
  for line in StartBenchmarks.run() { print(line) }
}

enum ProcessInfoLite {
  static var cores: Int { Int(sysconf(Int32(_SC_NPROCESSORS_ONLN))) }
}
