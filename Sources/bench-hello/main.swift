import Foundation

// The yardstick of benchmark (i): a Swift hello world that uses Foundation. A dynamic build
// loads all of Foundation for `import Foundation` alone; a static link keeps only what is used,
// so the greeting goes through Foundation's `String(format:)` to keep Foundation, and its
// start-up, in the binary as convtutor has it.
print(String(format: "Hello, %@!", "world"))
