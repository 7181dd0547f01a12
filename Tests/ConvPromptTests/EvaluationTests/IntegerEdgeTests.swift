import Testing

/// int64 tensors at the edges of 64 bits behave as PyTorch 2.x's on an x86 CPU: arithmetic wraps
/// around, and a float past the range converts to the smallest int64. (Values are held as
/// `Double`, so only those exact in a `Double` are exact here.)
@Suite struct IntegerEdgeTests {
  @Test(arguments: [
    // Found while probing issue 6: these printed numbers no int64 can hold.
    ("torch.tensor([2**62]) * 4", "tensor([0])"),
    ("torch.tensor([9223372036854775807]) + 1", "tensor([-9223372036854775808])"),
    ("torch.tensor([3]) * 2**62", "tensor([-4611686018427387904])"),
    ("torch.tensor([-9223372036854775807-1]) - 2**62", "tensor([4611686018427387904])"),
    ("torch.tensor([1e30]).long()", "tensor([-9223372036854775808])"),
    ("torch.tensor([-1e30]).long()", "tensor([-9223372036854775808])"),
    ("torch.tensor([2.5, -2.5]).long()", "tensor([ 2, -2])"),
  ])
  func wrapsAsPyTorchDoes(_ expression: String, _ printed: String) {
    #expect(output(of: "import torch\nprint(\(expression))") == printed + "\n")
  }
}
