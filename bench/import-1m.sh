#!/usr/bin/env bash
# Import benchmark: times `yadman import` of SYNTHETIC lists (bench/SyntheticList.java: invented
# people, Persian and Latin names) of 250,000 and 1,000,000 rows, each into a fresh embedded
# PostgreSQL (--data in a temporary directory), and records rows/s and the importer's peak RSS.
#   bench/import-1m.sh              both sizes
#   bench/import-1m.sh 100000       other sizes
# Results: bench/out/import-N.txt (the command's report) and bench/out/time-N.txt (/usr/bin/time -v).
set -euo pipefail
root="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
cd "$root"
out="$root/bench/out"
mkdir -p "$out"
sizes=("$@")
[ ${#sizes[@]} -gt 0 ] || sizes=(250000 1000000)

if [ ! -x /usr/bin/time ]; then
  echo "Installing GNU time (for peak RSS) ..." >&2
  DEBIAN_FRONTEND=noninteractive apt-get install -y -qq time >/dev/null || { apt-get update -qq && DEBIAN_FRONTEND=noninteractive apt-get install -y -qq time >/dev/null; }
fi
jar="$root/app/target/yadman.jar"
if [ ! -f "$jar" ]; then ./mvnw -q -B -DskipTests package; fi

echo "machine: $(nproc) cores, $(free -g | awk '/Mem:/ {print $2}') GiB; load average before: $(cut -d' ' -f1-3 /proc/loadavg)"
for n in "${sizes[@]}"; do
  csv="$out/synthetic-$n.csv"
  [ -f "$csv" ] || java "$root/bench/SyntheticList.java" "$n" "$csv"
  data="$(mktemp -d)"
  echo "== $n rows ($(du -h "$csv" | cut -f1)), data in $data"
  /usr/bin/time -v -o "$out/time-$n.txt" java ${YADMAN_JAVA_OPTS:-} -jar "$jar" import "$csv" --source "synthetic-$n" \
      --mapping "$root/bench/synthetic.yaml" --data "$data" 2>"$out/stderr-$n.txt" | tee "$out/import-$n.txt"
  grep -E "Elapsed \(wall|Maximum resident|User time|System time" "$out/time-$n.txt"
  echo "load average after: $(cut -d' ' -f1-3 /proc/loadavg)"
  rm -rf "$data"
done
