# `sh scripts/run.sh <entry.ts> [args...]`: what `npm run ask` runs. As `node scripts/run.cjs <entry.ts>`, but
# starts Node from the entry's start-up snapshot when the current build has one (see SNAPSHOTS in build.mjs):
# the code is then loaded and compiled before the first line runs, and a question is answered sooner.
#
# Plain sh and no other program, as it runs at every start: the build's folder is read from
# .cache/build/current. The snapshot checks that its build is still current; when it is not, or when Node
# cannot load it (another Node.js made it), it exits 14 at once and the command runs from its bundle through
# run.cjs, which rebuilds what is stale, the snapshot included.
root=${0%/*}/..
entry=$1
name=${entry##*/}
if read -r build 2>/dev/null <"$root/.cache/build/current" && [ -f "$root/.cache/build/$build/src/cli/${name%.ts}.blob" ]; then
  shift
  # "--": what follows is the command's, even "--json" (with no script named, Node would read it as its own).
  # The flags it was made with: SNAPSHOT_NODE_FLAGS in build.mjs.
  node --no-regexp-tier-up --snapshot-blob "$root/.cache/build/$build/src/cli/${name%.ts}.blob" -- "$@"
  status=$?
  [ "$status" -eq 14 ] || exit "$status"
  set -- "$entry" "$@"
fi
exec node "$root/scripts/run.cjs" "$@"
