#!/bin/sh
# The edit-loop guard: fails when an edit in this workspace rebuilds a unit it did not
# rebuild when edit-loop.json was saved. Run it from the workspace's root, in CI after
# the checkout, or by hand before you push.
#
# Save (and commit) the baseline once, and again whenever a change is meant:
#   cargo xtask measure --path /path/to/your/project --save /path/to/your/project/edit-loop.json
set -eu

# How to run the lab: by default from a clone of Rebuild Lab in .rebuild-lab/.
lab=${REBUILD_LAB:-"cargo run --quiet --manifest-path .rebuild-lab/Cargo.toml --package xtask --"}

# Exit 1, with every new unit named with cargo's reason, when the loop got wider.
$lab measure --path . --baseline edit-loop.json
