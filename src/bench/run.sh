#!/usr/bin/env bash
# The slant benchmark (docs/PERFORMANCE.md). From the top of a checkout:
#
#   bash src/bench/run.sh           # everything (about 4 minutes on 2 cores)
#   bash src/bench/run.sh --quick   # shorter JMH runs, no 100 MB file (about 2 minutes)
#
# It builds slant and the JMH benchmarks (mvn -Pbench), generates news-like corpora in
# target/bench (5 KB, 1 MB, 10 MB, 100 MB), runs the in-process stages with one thread
# and with all cores, times whole `slant lint` processes with /usr/bin/time (wall time and
# peak memory), and prints every figure with its ratio to the floor of the same run.
set -euo pipefail
cd "$(dirname "$0")/../.."

QUICK=0
[[ "${1:-}" == "--quick" ]] && QUICK=1
OUT=target/bench
mkdir -p "$OUT"

echo "== building (mvn -Pbench)"
mvn -q -B -Pbench -DskipTests package
CP="target/test-classes:target/classes:$(cat target/bench.classpath)"

echo "== corpora in $OUT"
java -cp "$CP" dev.slant.bench.Corpus "$OUT"

# Warm-up: one thread needs about 6 one-second iterations before its figure settles (shorter
# warm-ups printed errors as large as the scores, and --quick once 0.9x for two threads). With
# all cores busy running the benchmark, the JIT's own threads get less time: on 2 cores the
# lint reached its warm figure only after 8 to 9 iterations (sixth session), so those runs warm
# up for 10.
if [[ $QUICK == 1 ]]; then JMH=(-wi 5 -w 1 -i 4 -r 1 -f 1); else JMH=(-wi 6 -w 1 -i 8 -r 1 -f 1); fi
JMH_ALL=("${JMH[@]}")
JMH_ALL[1]=10
CORES=$(nproc 2>/dev/null || echo 2)

echo "== in-process stages, 1 thread"
java -cp "$CP" org.openjdk.jmh.Main 'dev.slant.bench.Stages' "${JMH[@]}" -t 1 -rf json -rff "$OUT/jmh-1t.json" >"$OUT/jmh-1t.log"
echo "== in-process stages, $CORES threads"
java -cp "$CP" org.openjdk.jmh.Main 'dev.slant.bench.Stages\.(floor|lexer|analysis|lint)$' "${JMH_ALL[@]}" -t "$CORES" \
  -rf json -rff "$OUT/jmh-nt.json" >"$OUT/jmh-nt.log"

echo "== whole process"
: >"$OUT/process.tsv"
measure() { # name file [slant args...]
  local name=$1 file=$2; shift 2
  local best="" line
  for _ in 1 2 3; do
    if [[ -x /usr/bin/time ]]; then
      line=$( { /usr/bin/time -f "%e %M" ./slant lint --no-config --fail-on never -q "$@" "$file" >/dev/null; } 2>&1 | tail -1)
    else
      local t0 t1; t0=$(date +%s%N); ./slant lint --no-config --fail-on never -q "$@" "$file" >/dev/null; t1=$(date +%s%N)
      line="$(awk "BEGIN{print ($t1-$t0)/1e9}") 0"
    fi
    if [[ -z "$best" || $(awk "BEGIN{print (${line%% *} < ${best%% *})}") == 1 ]]; then best=$line; fi
  done
  printf '%s\t%s\t%s\t%s\n' "$name" "${best%% *}" "${best##* }" "$(du -sb "$file" | cut -f1)" >>"$OUT/process.tsv"
}
measure "5 KB article" "$OUT/article-5k.txt"
measure "10 MB file" "$OUT/corpus-10m.txt"
measure "10 MB file, 1 thread" "$OUT/corpus-10m.txt" -j 1
if [[ $QUICK == 0 ]]; then
  measure "100 MB file" "$OUT/corpus-100m.txt"
  measure "10,000 files of 5 KB" "$OUT/many"
  SLANT_JAVA_OPTS=-Xmx1g measure "100 MB file, heap 1 GB" "$OUT/corpus-100m.txt"
  SLANT_JAVA_OPTS=-Xmx400m measure "10,000 files, heap 400 MB" "$OUT/many"
fi

echo "== machine: $(nproc) cores, $(awk '/MemTotal/{printf "%.0f GB", $2/1048576}' /proc/meminfo), $(java -version 2>&1 | head -1)"
java -cp "$CP" dev.slant.bench.Summary "$OUT/jmh-1t.json" "$OUT/jmh-nt.json" "$OUT/process.tsv"
