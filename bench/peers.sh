#!/usr/bin/env bash
# Runs the peers' benchmark scripts of ../shared/bench on this machine, so that Stepwise's figures
# (bench/run.sh) sit beside figures measured the same day on the same machine. Results go to
# bench/target/peers/results/ as the scripts write them (JSON), and a summary to
# bench/target/peers.md.
#
#   bench/peers.sh
#
# aws-local-stepfunctions is installed from the npm registry into bench/target/peers/. moto (the
# other peer of ../shared/bench) needs PyPI, which machines of this project's kind do not reach:
# its figures are the ones in ../shared/bench/README.md.
set -euo pipefail
cd "$(dirname "$0")/.."
shared=../shared/bench
work=bench/target/peers
mkdir -p "$work/results"
cp "$shared/bench_alsf.cjs" "$work/"
ln -sfn "$(cd "$shared/workloads" && pwd)" "$work/workloads"
if [ ! -d "$work/node_modules/aws-local-stepfunctions" ]; then
  (cd "$work" && npm install --no-audit --no-fund --silent aws-local-stepfunctions@3.0.0)
fi
(cd "$work" && node bench_alsf.cjs > /dev/null)
node -e '
const r = require(process.argv[1]);
const f = (s, d = 0) => `${s.median.toLocaleString("en-US", {maximumFractionDigits: d})} (${s.min.toLocaleString("en-US", {maximumFractionDigits: d})}-${s.max.toLocaleString("en-US", {maximumFractionDigits: d})})`;
console.log(`aws-local-stepfunctions ${r.version}, Node ${r.node}, ${new Date().toISOString().slice(0, 10)}; median (min-max) of 3 runs.\n`);
console.log("| workload | unit | aws-local-stepfunctions |");
console.log("| --- | --- | ---: |");
console.log(`| W1 | executions/s | ${f(r.W1_exec_per_s)} |`);
console.log(`| W2 | transitions/s | ${f(r.W2_transitions_per_s)} |`);
console.log(`| W3 | s (its concurrency capped at 40) | ${f(r.W3_s, 3)} |`);
console.log(`| W4 | states/s | ${f(r.W4_transitions_per_s)} |`);
console.log(`| W5 (200 x 1 s) | s | ${f(r.W5_wall_s, 3)} |`);
' "$(pwd)/$work/results/alsf.json" | tee bench/target/peers.md
