import Quiz

#if canImport(Glibc)
  import Glibc
#endif

// Saves progress to the path given, again and again, each time a little larger, until it
// is killed: the test of atomic writes kills it at a random moment and reads the file.
let arguments = CommandLine.arguments
guard arguments.count == 2 else {
  print("usage: quiz-progress-writer PATH")
  exit(2)
}
let store = ProgressStore(path: arguments[1])
var data = ProgressData()
var round = 0
while true {
  round += 1
  var score = QuizScore()
  score.questions = round
  data.record(
    lessonId: "lesson-\(round % 50)", stepIndex: round, score: score, misconceptions: [],
    finished: true, at: Double(round))
  if let warning = store.save(data) {
    print(warning)
    exit(1)
  }
}
