#!/usr/bin/env bash
# Runs the peers' benchmark scripts of ../shared/bench on this machine, so that Stepwise's figures
# (bench/run.sh) sit beside figures measured in the same run on the same machine. Results go to
# bench/target/peers/results/ as the scripts write them (JSON): alsf.json, moto.json and, for moto's
# W3, moto_w3.json. bench/run.sh reads them into its tables.
#
#   bench/peers.sh [--skip-slow]
#
# aws-local-stepfunctions (in-process, Node) is installed from the npm registry into
# bench/target/peers/. moto (its server with LocalStack's interpreter, driven through boto3) must be
# installed for python3 (moto 5.2.1 was measured); without it, moto is left out, and said so.
# moto takes minutes for each W3 and W4 execution: they run once each, after three runs of W1, W2
# and W5; --skip-slow leaves them out.
set -euo pipefail
cd "$(dirname "$0")/.."

skip_slow=false
for arg in "$@"; do
  case "$arg" in
    --skip-slow) skip_slow=true ;;
    *) echo "Unknown option $arg; see the head of $0" >&2; exit 2 ;;
  esac
done

shared=../shared/bench
work=bench/target/peers
rm -rf "$work/results"
mkdir -p "$work/results"
cp "$shared/bench_alsf.cjs" "$shared/bench_moto.py" "$shared/moto_server_patched.py" "$work/"
ln -sfn "$(cd "$shared/workloads" && pwd)" "$work/workloads"
cd "$work"

echo "Peer aws-local-stepfunctions: W1-W5" >&2
if [ ! -d node_modules/aws-local-stepfunctions ]; then
  npm install --no-audit --no-fund --silent aws-local-stepfunctions@3.0.0
fi
node bench_alsf.cjs > /dev/null

if ! python3 -c 'import moto, boto3' 2>/dev/null; then
  echo "Peer moto left out: python3 cannot import moto and boto3" >&2
  exit 0
fi
# bench_moto.py runs W1, W2, W4, W5 and then W3, three runs each; its W4 runs are set by W4_RUNS
# (after one short run of a 50-round loop, which it always makes), and W3 has no such setting. So
# the first pass is stopped as W3 begins (SIGINT, on which the script stops its moto server), and
# W3 runs once in a second pass with one run of everything that cannot be left out (W5).
w4_runs=1
if $skip_slow; then w4_runs=0; fi
echo "Peer moto: W1, W2, W5 three runs each, W4 $w4_runs run(s)" >&2
W4_LIMITS=50 W4_RUNS=$w4_runs W4_DEADLINE_S=900 python3 bench_moto.py > /dev/null 2> results/moto.log &
moto=$!
until grep -q "phase W3" results/moto.log 2>/dev/null || ! kill -0 "$moto" 2>/dev/null; do
  sleep 1
done
kill -INT "$moto" 2>/dev/null || true
wait "$moto" || true
if ! $skip_slow; then
  echo "Peer moto: W3 once" >&2
  OUT=moto_w3.json PHASES=none W4_LIMITS=50 W4_RUNS=0 python3 -c '
import sys
sys.path.insert(0, ".")
import bench_moto
bench_moto.RUNS = 1
bench_moto.main()
' > /dev/null 2> results/moto_w3.log
fi
