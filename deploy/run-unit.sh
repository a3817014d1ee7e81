#!/bin/sh
# Run a systemd unit's ExecStart without systemd (containers, CI, this repository's own proof in docs/deploy.md):
# the unit's EnvironmentFile= and Environment= lines are loaded, %i is the instance name, and ExecStart runs as is.
#   deploy/run-unit.sh deploy/studyapp@.service 8001 [ENV_FILE_OVERRIDE] [ROOT_OVERRIDE]
# ENV_FILE_OVERRIDE replaces the unit's EnvironmentFile path; ROOT_OVERRIDE replaces /srv/studyapp (a checkout).
set -eu
unit=$1; instance=${2:-}; env_file=${3:-}; root=${4:-}
value() { sed -n "s/^$1=//p" "$unit" | sed "s/%i/$instance/g"; }
[ -n "$env_file" ] || env_file=$(value EnvironmentFile)
set -a
. "$env_file"
eval "$(value Environment | sed 's/^/export /')"
set +a
cmd=$(value ExecStart)
dir=$(value WorkingDirectory)
if [ -n "$root" ]; then
    cmd=$(printf '%s' "$cmd" | sed "s#/srv/studyapp#$root#g")
    dir=$(printf '%s' "$dir" | sed "s#/srv/studyapp#$root#g")
fi
cd "$dir"
echo "run-unit: $cmd" >&2
# The last argument (the WSGI app spec) holds parentheses: quote it for the shell, then become the server
# (exec, as systemd would: the pid is gunicorn's master).
eval "exec $(printf '%s' "$cmd" | sed "s/ \([^ ]*([^ ]*)\)\$/ '\1'/")"
