# `sh scripts/run.sh <entry.ts> [args...]`: what `npm run ask` runs. As `node scripts/run.cjs <entry.ts>`, but
# starts Node from the entry's start-up snapshot when the current build has one (see makeSnapshots.mjs): the
# code is then loaded and compiled before the first line runs, and a question is answered sooner.
#
# Plain sh and no other program, as it runs at every start: the build's folder is read from
# .cache/build/current. The snapshot checks that it belongs to this checkout's current build; when it does
# not, it exits 14 at once, and so does Node when it cannot load it (made by another Node.js, after printing
# why); the command then runs from its bundle through run.cjs, which rebuilds what is stale, the snapshot
# included. With NODE_OPTIONS set the snapshot is skipped: Node refuses one made with other V8 flags.
case $0 in
*/*) root=${0%/*}/.. ;;
*) root=.. ;;
esac
entry=$1
shift
name=${entry##*/}
blob=
if [ -z "${NODE_OPTIONS:-}" ] && read -r build 2>/dev/null <"$root/.cache/build/current"; then
  blob=$root/.cache/build/$build/src/cli/${name%.ts}.blob
fi
if [ -n "$blob" ] && [ -f "$blob" ]; then
  # "--": what follows is the command's, even "--json" (with no script named, Node would read it as its own).
  # The flags it was made with: SNAPSHOT_NODE_FLAGS in makeSnapshots.mjs.
  node --no-regexp-tier-up --snapshot-blob "$blob" -- "$@"
  status=$?
  [ "$status" -eq 14 ] || exit "$status"
fi
# The entry from the repository's root, wherever this runs from (run.cjs resolves it against the working folder).
case $entry in
/*) ;;
*) entry=$root/$entry ;;
esac
exec node "$root/scripts/run.cjs" "$entry" "$@"
