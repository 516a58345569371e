# ROUNDS rounds (the first argument) of what a day at the desk does: change the
# library, build.
set -e
rounds="$1"
start=$(grep -c '^pub fn added_in_round_' src/lib.rs || true)
for round in $(seq $((start + 1)) $((start + rounds))); do
  echo "pub fn added_in_round_$round() -> u32 { $round }" >> src/lib.rs
  cargo build -q
done
echo "$rounds edit-build cycles"
