import ConvCore

/// A skill a drill practises, as `--skill` names it.
public enum Skill: String, Sendable, CaseIterable, Codable, Comparable {
  /// A convolution without bias: windows, weights, products.
  case conv
  /// A convolution with a bias.
  case bias
  /// A convolution with padding (zeros, or another padding mode).
  case padding
  /// A convolution with a stride (or dilation).
  case stride
  /// 2-d max pooling.
  case maxpool
  /// 2-d average pooling.
  case avgpool
  /// 1-d max and average pooling of rows.
  case pool1d
  /// Flatten.
  case flatten
  /// Output shapes only.
  case shape

  /// The skills in `--skill`'s order.
  public static func < (lhs: Skill, rhs: Skill) -> Bool {
    allCases.firstIndex(of: lhs)! < allCases.firstIndex(of: rhs)!
  }

  /// What the skill is, for messages.
  var title: String {
    switch self {
    case .conv: "convolution"
    case .bias: "convolution with a bias"
    case .padding: "padding"
    case .stride: "stride and dilation"
    case .maxpool: "max pooling"
    case .avgpool: "average pooling"
    case .pool1d: "1-d pooling"
    case .flatten: "flatten"
    case .shape: "output shapes"
    }
  }
}

extension Skill {
  /// The skill an exercise on `steps` practises: its layer, and what it does beyond a plain
  /// window (a stride or dilation first, then padding, then a bias); `nil` for a layer no
  /// drill practises (ReLU). An exercise that asks only the shape practises ``shape``.
  public static func practised(by steps: CallSteps, asksCells: Bool = true) -> Skill? {
    if !asksCells { return .shape }
    let geometry = steps.geometry
    switch geometry.layerName {
    case "Flatten": return .flatten
    case "MaxPool1d", "AvgPool1d": return .pool1d
    case "MaxPool2d": return .maxpool
    case "AvgPool2d": return .avgpool
    case "Conv2d":
      guard let window = geometry.window else { return .conv }
      if window.stride != Pair(1) || window.dilation != Pair(1) { return .stride }
      if !window.padding.isZero { return .padding }
      if case .weightedSum(let sum) = steps.first?.operation, sum.bias != nil { return .bias }
      return .conv
    default: return nil
    }
  }
}
