#!/bin/sh
# Plays the CI runner between two jobs of `project/`:
#   ci.sh save KIND [OWN_CRATE...]  after a job, stores a cache of KIND in $LAB_CI_CACHES
#   ci.sh restore KIND              starts the next job: an empty $CARGO_HOME and no
#                                   target/, then KIND's cache, then a fresh checkout
# KIND is `registry` ($CARGO_HOME's registry and git), `deps-target` (that, and
# target/ without the workspace's own crates: the files named after OWN_CRATEs and the
# incremental caches) or `whole-target` (that, and all of target/).
set -eu
kind="$2"
cache="$LAB_CI_CACHES/$kind"
case "$1" in
save)
    shift 2
    rm -rf "$cache"
    mkdir -p "$cache/home"
    for dir in registry git; do
        if [ -d "$CARGO_HOME/$dir" ]; then cp -a "$CARGO_HOME/$dir" "$cache/home/"; fi
    done
    if [ "$kind" != registry ]; then cp -a project/target "$cache/target"; fi
    if [ "$kind" = deps-target ]; then
        rm -rf "$cache/target/debug/incremental"
        for own in "$@"; do
            file=$(echo "$own" | tr - _)
            rm -rf "$cache/target/debug/.fingerprint/$own-"* \
                "$cache/target/debug/deps/$file-"* "$cache/target/debug/deps/lib$file-"* \
                "$cache/target/debug/$file" "$cache/target/debug/$file.d" \
                "$cache/target/debug/lib$file".*
        done
    fi
    echo "cache $kind: $(du -sk "$cache" | cut -f1) KiB"
    ;;
restore)
    rm -rf "$CARGO_HOME" project/target
    mkdir -p "$CARGO_HOME"
    cp -a "$cache/home/." "$CARGO_HOME/"
    if [ -d "$cache/target" ]; then cp -a "$cache/target" project/target; fi
    # A fresh checkout: every file of the project is written again, with a new mtime.
    sleep 1
    find project -path project/target -prune -o -type f -exec touch {} +
    echo "restored $kind"
    ;;
esac
