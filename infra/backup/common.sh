# Shared by backup.sh and restore.sh: settings from an env file and the environment, the database
# connection from DATABASE_URL (mysql:// or mariadb://), the client programs. Sourced, not run.

# Reads KEY=VALUE lines (the systemd EnvironmentFile format; quotes around a value are removed) without
# running the file as shell code. Variables already set in the environment win.
load_env_file() {
  local file="$1" line key value
  [ -r "$file" ] || { echo "cannot read env file $file" >&2; exit 2; }
  while IFS= read -r line || [ -n "$line" ]; do
    [[ "$line" =~ ^[[:space:]]*([A-Z_][A-Z0-9_]*)=(.*)$ ]] || continue
    key="${BASH_REMATCH[1]}"
    value="${BASH_REMATCH[2]}"
    value="${value%\"}"; value="${value#\"}"; value="${value%\'}"; value="${value#\'}"
    [ -n "${!key+x}" ] || export "$key=$value"
  done <"$file"
}

# The API's defaults (apps/api/src/config/env.ts) for what the env file leaves unset: under <repo>/.data.
default_paths() {
  local data
  data="$(cd "$(dirname "${BASH_SOURCE[0]}")/../.." && pwd)/.data"
  PHOTO_DIR="${PHOTO_DIR:-$data/photos}"
  DATA_KEY_FILE="${DATA_KEY_FILE:-$data/data-encryption.key}"
  DATA_KEY_STORE_DIR="${DATA_KEY_STORE_DIR:-$data/keys}"
}

url_decode() { local s="${1//+/ }"; printf '%b' "${s//%/\\x}"; }

# Sets DB_HOST DB_PORT DB_USER DB_PASSWORD DB_NAME from DATABASE_URL and writes a client option file
# (the password never appears on a command line).
parse_database_url() {
  local url="${DATABASE_URL:-}"
  if [[ ! "$url" =~ ^(mysql|mariadb)://([^:@/]*)(:([^@/]*))?@([^:/?]+)(:([0-9]+))?/([^/?]+) ]]; then
    echo "DATABASE_URL must be mysql://user:pass@host:3306/db or mariadb://… (the embedded SQLite file is copied with the API stopped: docs/operations.md)" >&2
    exit 2
  fi
  DB_USER="$(url_decode "${BASH_REMATCH[2]}")"
  DB_PASSWORD="$(url_decode "${BASH_REMATCH[4]}")"
  DB_HOST="${BASH_REMATCH[5]}"
  DB_PORT="${BASH_REMATCH[7]:-3306}"
  DB_NAME="$(url_decode "${BASH_REMATCH[8]}")"
  DB_OPTIONS_FILE="$(mktemp)"
  chmod 600 "$DB_OPTIONS_FILE"
  printf '[client]\nhost=%s\nport=%s\nuser=%s\npassword="%s"\ndefault-character-set=utf8mb4\n' "$DB_HOST" "$DB_PORT" "$DB_USER" "$DB_PASSWORD" >"$DB_OPTIONS_FILE"
  trap 'rm -f "$DB_OPTIONS_FILE"' EXIT
}

# The client programs: MariaDB's names first, MySQL's otherwise (both speak to either server for a dump).
pick_clients() {
  DUMP="$(command -v mariadb-dump || command -v mysqldump || true)"
  CLIENT="$(command -v mariadb || command -v mysql || true)"
  [ -n "$DUMP" ] && [ -n "$CLIENT" ] || { echo "mariadb-dump/mysqldump and mariadb/mysql are needed" >&2; exit 2; }
}

db_client() { "$CLIENT" --defaults-extra-file="$DB_OPTIONS_FILE" "$@"; }

log() { printf '%s %s\n' "$(date -u +%FT%TZ)" "$*"; }
