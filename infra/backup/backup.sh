#!/usr/bin/env bash
# Backs up Outreach Desk: the database (one consistent dump) and the activity photos; and, kept apart in
# another directory with a shorter retention, the keys: the key store (one data key per reservation's personal
# data) and the generated master key file. docs/operations.md, "Backups"; docs/privacy.md.
#
#   infra/backup/backup.sh [--env-file /etc/outreach-desk/api.env]
#
# Reads (environment first, then the env file):
#   DATABASE_URL               mysql://… or mariadb://… (required)
#   PHOTO_DIR, DATA_KEY_STORE_DIR, DATA_KEY_FILE   as the API reads them (same defaults under <repo>/.data)
#   BACKUP_DIR                 default /var/backups/outreach-desk        → BACKUP_DIR/<stamp>/{database.sql.gz,photos.tar.gz,SHA256SUMS}
#   KEY_BACKUP_DIR             default /var/backups/outreach-desk-keys   → KEY_BACKUP_DIR/<stamp>/{key-store.tar.gz,data-encryption.key,SHA256SUMS}
#   BACKUP_RETENTION_DAYS      default 35: older backup sets are deleted
#   KEY_BACKUP_RETENTION_DAYS  default 7: older key copies are deleted — shorter, so a data key destroyed on
#                              deletion (crypto-shredding, ADR 0008) is gone from every backup 7 days later
# Prints the backup set's directory on the last line.
set -euo pipefail
here="$(cd "$(dirname "$0")" && pwd)"
# shellcheck source=common.sh
. "$here/common.sh"

if [ "${1:-}" = "--env-file" ]; then load_env_file "$2"; shift 2; fi
default_paths
BACKUP_DIR="${BACKUP_DIR:-/var/backups/outreach-desk}"
KEY_BACKUP_DIR="${KEY_BACKUP_DIR:-/var/backups/outreach-desk-keys}"
BACKUP_RETENTION_DAYS="${BACKUP_RETENTION_DAYS:-35}"
KEY_BACKUP_RETENTION_DAYS="${KEY_BACKUP_RETENTION_DAYS:-7}"
case "$(realpath -m "$KEY_BACKUP_DIR")/" in
  "$(realpath -m "$BACKUP_DIR")"/*) echo "KEY_BACKUP_DIR must not be inside BACKUP_DIR: the keys are kept apart from the data" >&2; exit 2 ;;
esac
parse_database_url
pick_clients

umask 077
stamp="$(date -u +%Y%m%dT%H%M%SZ)"
set_dir="$BACKUP_DIR/$stamp"
mkdir -p "$set_dir.partial"

log "database $DB_NAME on $DB_HOST:$DB_PORT"
# --single-transaction: one consistent snapshot of InnoDB without locking the application out.
"$DUMP" --defaults-extra-file="$DB_OPTIONS_FILE" --single-transaction --quick --triggers --hex-blob \
  --no-tablespaces --default-character-set=utf8mb4 "$DB_NAME" | gzip -6 >"$set_dir.partial/database.sql.gz"

# After the dump: every photo row in the dump has its file here (a photo added meanwhile is only extra).
log "photos $PHOTO_DIR"
mkdir -p "$PHOTO_DIR"
tar -C "$PHOTO_DIR" --exclude='*.partial' -czf "$set_dir.partial/photos.tar.gz" .

(cd "$set_dir.partial" && sha256sum database.sql.gz photos.tar.gz >SHA256SUMS)
mv "$set_dir.partial" "$set_dir"

# The keys, after the dump too: every reservation in the dump whose data was not deleted since has its key here.
key_dir="$KEY_BACKUP_DIR/$stamp"
mkdir -p "$key_dir.partial"
mkdir -p "$DATA_KEY_STORE_DIR"
tar -C "$DATA_KEY_STORE_DIR" -czf "$key_dir.partial/key-store.tar.gz" .
if [ -f "$DATA_KEY_FILE" ]; then
  cp "$DATA_KEY_FILE" "$key_dir.partial/data-encryption.key"
else
  log "no $DATA_KEY_FILE: the master key is in DATA_ENCRYPTION_KEYS, kept in the secret store by its own procedure"
fi
(cd "$key_dir.partial" && sha256sum -- * >SHA256SUMS)
mv "$key_dir.partial" "$key_dir"
log "keys copied apart to $key_dir"

# Retention: whole sets older than the limit (by the stamp's directory time), never the one just written.
find "$BACKUP_DIR" -mindepth 1 -maxdepth 1 -type d -name '????????T??????Z*' -mtime +"$BACKUP_RETENTION_DAYS" ! -path "$set_dir" -exec rm -rf {} +
[ -d "$KEY_BACKUP_DIR" ] && find "$KEY_BACKUP_DIR" -mindepth 1 -maxdepth 1 -type d -name '????????T??????Z' -mtime +"$KEY_BACKUP_RETENTION_DAYS" -exec rm -rf {} +

log "done: $(du -sh "$set_dir" | cut -f1)"
echo "$set_dir"
