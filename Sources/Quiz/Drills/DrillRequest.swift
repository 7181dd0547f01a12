/// What a learner asks of a drill: the skills (all when empty), a level (the schedule's when
/// `nil`) and a seed (a repeatable drill; a fresh one when `nil`). `convtutor drill` and
/// `%drill` both make one.
public struct DrillRequest: Sendable, Equatable {
  /// The skills drilled; all when empty.
  public var skills: [Skill]
  /// The level asked, or `nil` for the level the schedule opens.
  public var level: Int?
  /// The seed, or `nil` for a fresh drill.
  public var seed: UInt64?

  /// A request from its parts.
  public init(skills: [Skill] = [], level: Int? = nil, seed: UInt64? = nil) {
    self.skills = skills
    self.level = level
    self.seed = seed
  }

  /// The drill's schedule from the learner's `reviews`, at `time` (seconds since 1970); a
  /// request without a seed takes one from the time. With a seed, what is saved does not
  /// choose the items (they repeat exactly), though the results are still recorded.
  public func schedule(reviews: [Review], at time: Double) -> DrillSchedule {
    let fresh = time.isFinite ? UInt64(max(0, min(time * 1000, 9e15))) : 0
    return DrillSchedule(request: self, seed: seed ?? fresh, reviews: reviews)
  }

  /// Reads `%drill`'s words (`conv bias --level 2 --seed 7`); a message when they cannot be
  /// read.
  public static func parse(_ words: [String]) -> Result<DrillRequest, DrillRequestError> {
    var request = DrillRequest()
    var index = 0
    while index < words.count {
      let word = words[index]
      switch word {
      case "--level", "--seed":
        guard index + 1 < words.count else {
          return .failure(DrillRequestError("\(word) needs a number"))
        }
        let value = words[index + 1]
        if word == "--level" {
          guard let level = Int(value), level >= 1 else {
            return .failure(DrillRequestError("--level takes a level from 1, not \(value)"))
          }
          request.level = level
        } else {
          guard let seed = UInt64(value) else {
            return .failure(DrillRequestError("--seed takes a whole number from 0, not \(value)"))
          }
          request.seed = seed
        }
        index += 2
      default:
        guard let skill = Skill(rawValue: word) else {
          return .failure(
            DrillRequestError(
              "unknown skill \(word); choose from "
                + Skill.allCases.map(\.rawValue).joined(separator: ", ")))
        }
        if !request.skills.contains(skill) { request.skills.append(skill) }
        index += 1
      }
    }
    return .success(request)
  }
}

/// Why a drill's words could not be read: one sentence.
public struct DrillRequestError: Error, Equatable, Sendable {
  /// The sentence.
  public let message: String

  init(_ message: String) { self.message = message }
}
