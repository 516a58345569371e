# How many sessions rustc keeps in each crate's incremental cache.
set -e
for cache in target/debug/incremental/*/; do
  sessions=$(find "$cache" -mindepth 1 -maxdepth 1 -type d | wc -l)
  echo "$sessions sessions"
done | sort | uniq -c | sed 's/^ *//; s/^\([0-9]*\) /\1 caches: /'
