#!/usr/bin/env bash
# Builds the fuzz targets and runs each one with libFuzzer for a given time.
#
#   Fuzz/run.sh TARGET|all SECONDS      TARGET: prompt, lesson, answer, import
#
# The library modules are built by SwiftPM in .build-fuzz (not .build) with coverage
# instrumentation, then each Fuzz/Fuzz<Target>.swift is linked against their objects with
# `swiftc -sanitize=fuzzer`. Crashes, hangs and out-of-memory inputs go to
# Fuzz/crashes/TARGET/; the growing corpus is kept in .build-fuzz/corpus/TARGET.
set -euo pipefail

usage() { echo "usage: $0 prompt|lesson|answer|import|all SECONDS" >&2; exit 2; }
[[ $# -eq 2 ]] || usage
WHAT=$1
SECONDS_PER_TARGET=$2
[[ $SECONDS_PER_TARGET =~ ^[0-9]+$ ]] || usage
ALL_TARGETS=(prompt lesson answer import)
case $WHAT in
  all) TARGETS=("${ALL_TARGETS[@]}") ;;
  prompt | lesson | answer | import) TARGETS=("$WHAT") ;;
  *) usage ;;
esac

ROOT=$(cd "$(dirname "$0")/.." && pwd)
cd "$ROOT"
SCRATCH="$ROOT/.build-fuzz"
BIN="$SCRATCH/release"
OUT="$SCRATCH/fuzzers"
mkdir -p "$OUT"

# libFuzzer without its main(): linked into everything SwiftPM links (the build-tool plugin's
# executable is compiled with the same flags), so that the coverage callbacks resolve. The
# instrumentation is requested from the frontend only (`-Xfrontend -sanitize=fuzzer`): the
# driver's `-sanitize=fuzzer` would also link libFuzzer's main() into lesson-embedder, which
# then fails to link, and SwiftPM has no `-sanitize=fuzzer-no-link` for Swift.
SWIFTC=$(command -v swiftc)
TOOLCHAIN=$(dirname "$(dirname "$(readlink -f "$SWIFTC")")")
RUNTIME=$(ls "$TOOLCHAIN"/lib/clang/*/lib/linux/libclang_rt.fuzzer_no_main-"$(uname -m)".a \
  "$TOOLCHAIN"/lib/swift/clang/lib/linux/libclang_rt.fuzzer_no_main-"$(uname -m)".a 2>/dev/null |
  head -1 || true)
if [[ -z $RUNTIME ]]; then
  echo "error: libclang_rt.fuzzer_no_main not found in the toolchain at $TOOLCHAIN" >&2
  exit 1
fi

echo "== building the libraries with coverage instrumentation (in .build-fuzz)"
swift build -c release --scratch-path "$SCRATCH" --target ProgressStorage \
  -Xswiftc -Xfrontend -Xswiftc -sanitize=fuzzer \
  -Xlinker "$RUNTIME" -Xlinker -lstdc++

# ProgressStorage depends on Quiz, Lessons, ConvText, ConvPrompt, ConvCore, TerminalText,
# Yams and GRDB (SQLite, linked from the system): all the objects any target needs.
OBJECTS=()
for module in TerminalText ConvCore ConvPrompt ConvText Lessons Quiz Yams GRDB ProgressStorage; do
  OBJECTS+=("$BIN/$module.build"/*.o)
done
while IFS= read -r object; do OBJECTS+=("$object"); done < <(find "$BIN/CYaml.build" -name '*.o')
CYAML_MAP="$SCRATCH/checkouts/Yams/Sources/CYaml/include/module.modulemap"
GRDB_SQLITE_MAP="$SCRATCH/checkouts/GRDB.swift/Sources/GRDBSQLite/module.modulemap"

source_of() {
  case $1 in
    prompt) echo Fuzz/FuzzPrompt.swift ;;
    lesson) echo Fuzz/FuzzLesson.swift ;;
    answer) echo Fuzz/FuzzAnswer.swift ;;
    import) echo Fuzz/FuzzImport.swift ;;
  esac
}

# The seeds: the project's own tests and fixtures, copied fresh each run.
seed() {
  local target=$1 dir="$SCRATCH/seeds/$1"
  rm -rf "$dir" && mkdir -p "$dir"
  case $target in
    prompt)
      cp Tests/ConvPromptTests/Fixtures/snippets/*.py "$dir"/
      ;;
    lesson)
      cp Lessons/*.yaml "$dir"/
      find Tests/LessonsTests/Fixtures -type f -name '*.yaml' | while IFS= read -r file; do
        cp "$file" "$dir/$(echo "${file#Tests/LessonsTests/Fixtures/}" | tr / _)"
      done
      ;;
    answer)
      # The first byte chooses the mode: odd expects a shape.
      local i=0 line
      for line in "4" "-52" "1.67" "5/3" "-inf" "∞" "−3" "11 13 12" "11, 13, 12" "5x3" "5×3" \
        "(1, 5, 3)" "[1, 5, 3]" "torch.Size([1, 5, 3])" "5 3" "?" "hint" "give up" "skip" \
        "   " "0.5;1e3" "nan" "1e309"; do
        printf '\x00%s' "$line" > "$dir/number-$i"
        printf '\x01%s' "$line" > "$dir/shape-$i"
        i=$((i + 1))
      done
      ;;
    import)
      # An earlier convtutor's progress file, an empty one, a damaged one, one cut short.
      cat > "$dir/progress.json" <<'JSON'
{
  "format" : 1,
  "lessons" : {
    "exercise-1" : {
      "steps" : {
        "1" : {
          "attempts" : 2, "completed" : true, "bestRightFirstTry" : 7, "lastTime" : 1700000000.5,
          "last" : { "questions" : 9, "rightFirstTry" : 7, "rightLater" : 1, "revealed" : 1,
                     "gaveUp" : 0, "hintsUsed" : 2, "wrongTries" : 3, "seconds" : 12.5 }
        },
        "3" : { "attempts" : 1, "completed" : false, "last" : { "questions" : 8 } }
      }
    }
  },
  "drill" : { "boxes" : { "conv" : 1, "padding" : 3 }, "lastRound" : { "padding" : 4 }, "round" : 5 }
}
JSON
      printf '{"format":1,"lessons":{},"drill":{"boxes":{},"lastRound":{},"round":0}}' \
        > "$dir/empty.json"
      printf '{"lessons":{"a":{"steps":{"1":{"completed":true,"bestRightFirstTry":9223372036854775807,"last":{"questions":-1,"seconds":NaN}}}}}' \
        > "$dir/hostile.json"
      printf '{"lessons":{"a":{"steps":{"1":{"completed":tr' > "$dir/cut.json"
      printf '{ not json' > "$dir/broken.json"
      ;;
  esac
}

# Let libFuzzer, not Swift's backtracer, handle a trap, so that the input is written out.
export SWIFT_BACKTRACE=enable=no

SUMMARY=()
FAILED=0
for target in "${TARGETS[@]}"; do
  echo "== $target: compiling"
  "$SWIFTC" -O -sanitize=fuzzer -parse-as-library -module-name "Fuzz_$target" \
    -I "$BIN/Modules" -Xcc -fmodule-map-file="$CYAML_MAP" \
    -Xcc -fmodule-map-file="$GRDB_SQLITE_MAP" \
    "$(source_of "$target")" "${OBJECTS[@]}" -lsqlite3 -o "$OUT/$target"
  seed "$target"
  corpus="$SCRATCH/corpus/$target"
  crashes="$ROOT/Fuzz/crashes/$target"
  mkdir -p "$corpus" "$crashes"
  extra=()
  [[ $target == prompt ]] && extra+=(-max_len=4096)
  [[ $target == answer ]] && extra+=(-max_len=2100)
  [[ -f Fuzz/$target.dict ]] && extra+=(-dict="Fuzz/$target.dict")
  log="$SCRATCH/logs/$target.log"
  mkdir -p "$(dirname "$log")"
  echo "== $target: fuzzing for ${SECONDS_PER_TARGET}s (log: ${log#"$ROOT"/})"
  status=0
  "$OUT/$target" "$corpus" "$SCRATCH/seeds/$target" \
    -max_total_time="$SECONDS_PER_TARGET" -rss_limit_mb=2048 -timeout=10 \
    -artifact_prefix="$crashes/" -print_final_stats=1 ${extra[@]+"${extra[@]}"} \
    > "$log" 2>&1 || status=$?
  # libFuzzer's last status line (`#N DONE cov: … exec/s: …`) and its final stats.
  last=$(grep -E '^#[0-9]+' "$log" | tail -1 || true)
  cov=$(sed -nE 's/.* cov: ([0-9]+).*/\1/p' <<< "$last")
  ft=$(sed -nE 's/.* ft: ([0-9]+).*/\1/p' <<< "$last")
  execs=$(sed -nE 's/^stat::number_of_executed_units: *([0-9]+).*/\1/p' "$log" | tail -1)
  rate=$(sed -nE 's/^stat::average_exec_per_sec: *([0-9]+).*/\1/p' "$log" | tail -1)
  [[ -z $rate ]] && rate=$(sed -nE 's/.* exec\/s: ([0-9]+).*/\1/p' <<< "$last")
  if [[ $status -ne 0 ]]; then
    FAILED=1
    artifact=$(sed -nE 's/.*Test unit written to (.*)$/\1/p' "$log" | tail -1)
    reason=$(grep -m1 -E '==ERROR|Fatal error|deadly signal|timeout|out-of-memory' "$log" || true)
    SUMMARY+=("$target: FAILED (exit $status) after ${execs:-?} runs, cov ${cov:-?}: ${reason:-see log}; input: ${artifact:-none}")
  else
    SUMMARY+=("$target: ok, ${execs:-?} runs, ${rate:-?} exec/s, cov ${cov:-?}, ft ${ft:-?}")
  fi
done

echo
echo "== summary (${SECONDS_PER_TARGET}s per target)"
printf '%s\n' "${SUMMARY[@]}"
exit $FAILED
