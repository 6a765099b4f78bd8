#!/usr/bin/env bash
# Builds the bench module and the stepwise jar, and runs the JMH micro-benchmarks, the end-to-end
# workloads W1-W5 (in-process, and through the API of a `stepwise server` process), the server's
# start-up and idle memory, and the warm invocations of a local Python function. Results go to
# bench/target/: jmh.txt and jmh.json (JMH), workloads.md, startup.md and functions.md (Markdown),
# and the peers' figures of the same run (bench/peers.sh) in peers.md.
#
#   bench/run.sh [--quick] [--jmh-only | --workloads-only | --server-only | --functions-only |
#                 --peers-only]
#
# --server-only runs the server modes of the workloads and the start-up figures.
# --quick runs short settings to check that everything works; the figures are then only rough.
# JMH_ARGS and WORKLOAD_ARGS add options (JMH's own, such as -wi 5 -i 10 or a benchmark regexp;
# Workloads' --help lists its). Both JVMs get a fixed 1 GiB heap and the parallel collector, which
# suit a 2-core machine; W5's target is stated for a 1 GiB heap.
set -euo pipefail
cd "$(dirname "$0")/.."

quick=false run_jmh=true run_workloads=true run_functions=true run_startup=true run_peers=true
modes=in-process,server
for arg in "$@"; do
  case "$arg" in
    --quick) quick=true ;;
    --jmh-only) run_workloads=false run_functions=false run_startup=false run_peers=false ;;
    --workloads-only) run_jmh=false run_functions=false run_startup=false run_peers=false ;;
    --server-only) run_jmh=false run_functions=false run_peers=false modes=server ;;
    --functions-only) run_jmh=false run_workloads=false run_startup=false run_peers=false ;;
    --peers-only) exec bench/peers.sh ;;
    *) echo "Unknown option $arg; see the head of $0" >&2; exit 2 ;;
  esac
done

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
  workload_args+=(--warmups 1 --runs 3 --seconds 1 --w5-count 1000)
  function_args=(--count 100)
fi
# The environment's options come last, so they win over --quick's.
read -r -a extra_jmh <<<"${JMH_ARGS:-}"
read -r -a extra_workloads <<<"${WORKLOAD_ARGS:-}"

if $run_jmh; then
  "$java" -jar "$jar" "${jmh_args[@]}" "${extra_jmh[@]}" -rf json -rff "$out/jmh.json" \
    | tee "$out/jmh.txt"
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
if $run_peers; then
  bench/peers.sh
fi
echo "Results are in $out/: jmh.txt, jmh.json, workloads.md, startup.md, functions.md, peers.md" >&2
