#!/usr/bin/env bash
# Builds the bench module and the stepwise jar, and runs the JMH micro-benchmarks, the peers of
# ../shared/bench (bench/peers.sh: aws-local-stepfunctions in-process, moto's server), the
# end-to-end workloads W1-W5 (in-process, and through the API of a `stepwise server` process, each
# figure beside the best peer that ran the same way in this run), the server's start-up and idle
# memory, and the warm invocations of a local Python function. Results go to bench/target/: jmh.txt
# and jmh.json (JMH), workloads.md, peers.md, startup.md and functions.md (Markdown), and the
# peers' own JSON in peers/results/.
#
#   bench/run.sh [--quick] [--skip-slow-peers] [--peers]
#                [--jmh-only | --workloads-only | --server-only | --functions-only | --peers-only]
#
# --server-only runs the server modes of the workloads and the start-up figures.
# --peers adds the peers to a run that leaves them out (--workloads-only, --server-only).
# --skip-slow-peers leaves out moto's W3 and W4, which take minutes each (--quick does too).
# --quick runs short settings to check that everything works; the figures are then only rough.
# Without --quick, the tables of the run replace those of docs/performance.md (see write_doc).
# JMH_ARGS and WORKLOAD_ARGS add options (JMH's own, such as -wi 5 -i 10 or a benchmark regexp;
# Workloads' --help lists its). Both JVMs get a fixed 1 GiB heap and the parallel collector, which
# suit a 2-core machine; W5's target is stated for a 1 GiB heap.
set -euo pipefail
cd "$(dirname "$0")/.."

quick=false run_jmh=true run_workloads=true run_functions=true run_startup=true run_peers=true
add_peers=false
modes=in-process,server
peer_args=()
for arg in "$@"; do
  case "$arg" in
    --quick) quick=true peer_args=(--skip-slow) ;;
    --skip-slow-peers) peer_args=(--skip-slow) ;;
    --peers) add_peers=true ;;
    --jmh-only) run_workloads=false run_functions=false run_startup=false run_peers=false ;;
    --workloads-only) run_jmh=false run_functions=false run_startup=false run_peers=false ;;
    --server-only) run_jmh=false run_functions=false run_peers=false modes=server ;;
    --functions-only) run_jmh=false run_workloads=false run_startup=false run_peers=false ;;
    --peers-only) run_jmh=false run_workloads=false run_startup=false run_functions=false ;;
    *) echo "Unknown option $arg; see the head of $0" >&2; exit 2 ;;
  esac
done
if $add_peers; then run_peers=true; fi

. bin/java-home.sh
./mvnw -q -pl bench,cli -am package -DskipTests -Pbenchmarks

out=bench/target
jar=$out/benchmarks.jar
java="$JAVA_HOME/bin/java"
jmh_args=()
workload_args=(--modes "$modes")
function_args=()
if $quick; then
  jmh_args=(-wi 2 -i 2 -w 1s -r 1s)
  workload_args+=(--warmups 1 --runs 3 --seconds 1 --w5-count 1000 --w5-server-count 1000)
  function_args=(--count 100)
fi
# The environment's options come last, so they win over --quick's.
read -r -a extra_jmh <<<"${JMH_ARGS:-}"
read -r -a extra_workloads <<<"${WORKLOAD_ARGS:-}"

if $run_jmh; then
  "$java" -jar "$jar" "${jmh_args[@]}" "${extra_jmh[@]}" -rf json -rff "$out/jmh.json" \
    | tee "$out/jmh.txt"
fi
# The peers run before the workloads, so that the workloads' table can set them beside its figures.
if $run_peers; then
  bench/peers.sh "${peer_args[@]}"
  "$java" -cp "$jar" io.stepwise.bench.PeerResults "$out/peers/results" | tee "$out/peers.md"
  workload_args+=(--peers "$out/peers/results")
fi
if $run_workloads; then
  "$java" -Xms1g -Xmx1g -XX:+UseParallelGC -cp "$jar" io.stepwise.bench.Workloads \
    "${workload_args[@]}" "${extra_workloads[@]}" | tee "$out/workloads.md"
fi
if $run_startup; then
  "$java" -cp "$jar" io.stepwise.bench.ServerStartup | tee "$out/startup.md"
fi
if $run_functions; then
  "$java" -Xms1g -Xmx1g -XX:+UseParallelGC -cp "$jar" io.stepwise.bench.WarmFunctions \
    "${function_args[@]}" | tee "$out/functions.md"
fi
# A full run (not --quick) writes its tables into docs/performance.md, each between the lines
# <!-- begin NAME --> and <!-- end NAME --> of the result file NAME.
write_doc() {
  awk -v name="$1" -v file="$out/$1" '
    $0 == "<!-- begin " name " -->" { print; while ((getline line < file) > 0) print line; skip = 1; next }
    $0 == "<!-- end " name " -->" { skip = 0 }
    !skip { print }' docs/performance.md > "$out/performance.md"
  mv "$out/performance.md" docs/performance.md
}
if ! $quick; then
  if $run_peers; then write_doc peers.md; fi
  if $run_workloads && $run_peers && [ "$modes" = in-process,server ]; then
    write_doc workloads.md
  fi
  if $run_startup; then write_doc startup.md; fi
  if $run_functions; then write_doc functions.md; fi
fi
echo "Results are in $out/: jmh.txt, jmh.json, peers.md, workloads.md, startup.md, functions.md" >&2
