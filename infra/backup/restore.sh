#!/usr/bin/env bash
# Restores an Outreach Desk backup set onto an EMPTY database and an empty photo folder (a new server, or
# after a loss). Stop the API first; start it afterwards (migrations newer than the backup then run).
#
#   infra/backup/restore.sh [--env-file /etc/outreach-desk/api.env] BACKUP_DIR/<stamp> [KEY_BACKUP_DIR/<stamp>]
#
# Reads DATABASE_URL, PHOTO_DIR, DATA_KEY_STORE_DIR and DATA_KEY_FILE like backup.sh. The key copy is given
# separately because it is kept apart; without it, reservations' personal data stays unreadable (that is
# crypto-shredding working). Refuses to write over anything: a database with tables, a photo folder or key
# store with files, an existing master key file.
set -euo pipefail
here="$(cd "$(dirname "$0")" && pwd)"
# shellcheck source=common.sh
. "$here/common.sh"

if [ "${1:-}" = "--env-file" ]; then load_env_file "$2"; shift 2; fi
set_dir="${1:?usage: restore.sh [--env-file FILE] BACKUP_SET_DIR [KEY_SET_DIR]}"
key_dir="${2:-}"
default_paths
parse_database_url
pick_clients

log "checking $set_dir"
(cd "$set_dir" && sha256sum --quiet -c SHA256SUMS)
[ -z "$key_dir" ] || (cd "$key_dir" && sha256sum --quiet -c SHA256SUMS)

tables="$(db_client -N -B -e "SELECT COUNT(*) FROM information_schema.tables WHERE table_schema = '$DB_NAME'")"
[ "$tables" = "0" ] || { echo "database $DB_NAME has $tables tables: restore only onto an empty database" >&2; exit 3; }
if [ -d "$PHOTO_DIR" ] && [ -n "$(ls -A "$PHOTO_DIR")" ]; then echo "$PHOTO_DIR is not empty" >&2; exit 3; fi
if [ -n "$key_dir" ]; then
  if [ -d "$DATA_KEY_STORE_DIR" ] && [ -n "$(ls -A "$DATA_KEY_STORE_DIR")" ]; then echo "$DATA_KEY_STORE_DIR is not empty" >&2; exit 3; fi
  if [ -f "$key_dir/data-encryption.key" ] && [ -e "$DATA_KEY_FILE" ]; then echo "$DATA_KEY_FILE exists" >&2; exit 3; fi
fi

log "database $DB_NAME on $DB_HOST:$DB_PORT"
db_client -e "ALTER DATABASE \`$DB_NAME\` CHARACTER SET utf8mb4 COLLATE utf8mb4_bin"
gunzip -c "$set_dir/database.sql.gz" | db_client "$DB_NAME"

log "photos $PHOTO_DIR"
mkdir -p "$PHOTO_DIR"
tar -C "$PHOTO_DIR" -xzf "$set_dir/photos.tar.gz"

if [ -n "$key_dir" ]; then
  (umask 077 && mkdir -p "$DATA_KEY_STORE_DIR" && tar -C "$DATA_KEY_STORE_DIR" -xzf "$key_dir/key-store.tar.gz")
  log "key store restored to $DATA_KEY_STORE_DIR"
  if [ -f "$key_dir/data-encryption.key" ]; then
    mkdir -p "$(dirname "$DATA_KEY_FILE")"
    (umask 077 && cp "$key_dir/data-encryption.key" "$DATA_KEY_FILE")
    log "master key file restored to $DATA_KEY_FILE"
  fi
fi
log "restored; start the API and check /api/health"
