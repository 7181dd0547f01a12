import ProgressStorage

#if canImport(Glibc)
  import Glibc
#endif

// Records sample reviews into the progress database at PATH, one save each, and after each
// commit writes `saved N` on standard output: COUNT of them (0: until it is killed), as
// writer NAME (the reviews' lesson id). The tests start several at once and kill some, then
// check that every review a writer said it saved is in the database.
let arguments = CommandLine.arguments
guard arguments.count == 4, let count = Int(arguments[2]), count >= 0 else {
  print("usage: quiz-progress-writer PATH COUNT NAME")
  exit(2)
}
let opening = ProgressStore.open(at: arguments[1])
guard let store = opening.store else {
  print(opening.messages.joined(separator: "\n"))
  exit(1)
}
var number = 0
while count == 0 || number < count {
  if let warning = store.record(SampleReviews.review(number, writer: arguments[3])) {
    print(warning)
    exit(1)
  }
  let line = "saved \(number)\n"
  _ = line.withCString { write(1, $0, strlen($0)) }
  number += 1
}
