#!/usr/bin/env bash
# A throwaway PostgreSQL cluster for tests: `start DIR [PORT]` prints the JDBC URL to use, `stop DIR` removes it again.
# It listens on 127.0.0.1 only, in a folder of its own; the machine's system clusters are never touched. initdb and
# pg_ctl refuse to run as root, so as root the cluster is owned by and run as the 'postgres' user.
set -euo pipefail

action=${1:?usage: pg-throwaway.sh start DIR [PORT] | stop DIR}
dir=${2:?folder for the cluster}
port=${3:-55432}

bin=$(ls -d /usr/lib/postgresql/*/bin 2>/dev/null | sort -V | tail -1)
if [ -z "$bin" ]; then
  echo "PostgreSQL is not installed (apt-get install postgresql)" >&2
  exit 1
fi

as_owner() {
  if [ "$(id -u)" -eq 0 ]; then
    su postgres -s /bin/bash -c "$*"
  else
    bash -c "$*"
  fi
}

case "$action" in
  start)
    mkdir -p "$dir"
    if [ "$(id -u)" -eq 0 ]; then chown postgres: "$dir"; fi
    as_owner "'$bin/initdb' -D '$dir/data' -U sanggwon -A trust -E UTF8 --locale=C.UTF-8 >'$dir/initdb.log'"
    as_owner "'$bin/pg_ctl' -D '$dir/data' -l '$dir/server.log' -w -o \"-p $port -k '$dir' -c listen_addresses=127.0.0.1 -c fsync=off\" start >/dev/null"
    as_owner "'$bin/createdb' -h 127.0.0.1 -p $port -U sanggwon sanggwon_test"
    echo "jdbc:postgresql://127.0.0.1:$port/sanggwon_test?user=sanggwon"
    ;;
  stop)
    if [ -d "$dir/data" ]; then
      as_owner "'$bin/pg_ctl' -D '$dir/data' -m fast -w stop >/dev/null" || true
    fi
    rm -rf "$dir"
    ;;
  *)
    echo "unknown action: $action" >&2
    exit 2
    ;;
esac
