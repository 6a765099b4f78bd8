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

# ../shared/bench beside the repository, or in an ancestor's folder (worktrees), or SHARED_BENCH.
dir=$PWD
while [ "$dir" != / ] && [ ! -d "$dir/shared/bench" ]; do dir=$(dirname "$dir"); done
shared=${SHARED_BENCH:-$dir/shared/bench}
if [ ! -f "$shared/bench_alsf.cjs" ]; then
  echo "Expected the peers' scripts in shared/bench beside the repository or an ancestor," \
    "or in SHARED_BENCH" >&2
  exit 1
fi
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
# it runs under a wrapper that sets its number of runs and stops its moto server on SIGTERM (a
# background job ignores SIGINT): the first pass is stopped as W3 begins, and W3 runs once in a
# second pass, with one run of what cannot be left out (W5).
moto_main='
import os, signal, sys
sys.path.insert(0, ".")
import bench_moto
def stop(signum, frame):
    raise KeyboardInterrupt
signal.signal(signal.SIGTERM, stop)
bench_moto.RUNS = int(os.environ["MOTO_RUNS"])
bench_moto.main()
'
w4_runs=1
if $skip_slow; then w4_runs=0; fi
echo "Peer moto: W1, W2, W5 three runs each, W4 $w4_runs run(s)" >&2
MOTO_RUNS=3 W4_LIMITS=50 W4_RUNS=$w4_runs W4_DEADLINE_S=900 python3 -c "$moto_main" \
  > /dev/null 2> results/moto.log &
moto=$!
until grep -q "phase W3" results/moto.log 2>/dev/null || ! kill -0 "$moto" 2>/dev/null; do
  sleep 1
done
kill -TERM "$moto" 2>/dev/null || true
wait "$moto" || true
if ! $skip_slow; then
  echo "Peer moto: W3 once" >&2
  OUT=moto_w3.json MOTO_RUNS=1 PHASES=none W4_LIMITS=50 W4_RUNS=0 python3 -c "$moto_main" \
    > /dev/null 2> results/moto_w3.log
fi
