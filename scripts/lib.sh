# Shared by scripts/start and scripts/test: find Python 3.12+, install system packages, make
# the virtual environment. Sourced, not run.
set -euo pipefail
ROOT="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
VENV="$ROOT/.venv"

say() { printf '\033[1m==> %s\033[0m\n' "$*" >&2; }

# Each candidate is run, not trusted by name: a pyenv shim called python3.12 exists even when
# that version is not selected, and exits 127.
find_python() {
  local candidates=(python3.14 python3.13 python3.12 python3)
  local root
  if command -v pyenv >/dev/null 2>&1; then
    root="$(pyenv root 2>/dev/null || true)"
    [ -n "$root" ] && candidates+=("$root"/versions/3.1[2-9]*/bin/python "$root"/versions/3.1[2-9].*/bin/python)
  fi
  candidates+=(/usr/bin/python3.1[2-9] /usr/local/bin/python3.1[2-9] "$HOME"/.pyenv/versions/3.1[2-9]*/bin/python)
  local c
  for c in "${candidates[@]}"; do
    [ -e "$c" ] || command -v "$c" >/dev/null 2>&1 || continue
    if "$c" -c 'import sys, venv; sys.exit(sys.version_info < (3, 12))' >/dev/null 2>&1; then
      echo "$c"; return 0
    fi
  done
  return 1
}

# apt packages, installed only when one is missing (so a second run is quick).
# The named Debian packages that are not installed, one per line.
missing_packages() {
  local p
  for p in "$@"; do
    dpkg-query -W -f='${Status}' "$p" 2>/dev/null | grep -q "install ok installed" || echo "$p"
  done
}

install_system_packages() {
  local missing=()
  mapfile -t missing < <(missing_packages "$@")
  [ ${#missing[@]} -eq 0 ] && return 0
  if [ "$(id -u)" -eq 0 ] && command -v apt-get >/dev/null 2>&1; then
    say "Installing system packages: ${missing[*]}"
    DEBIAN_FRONTEND=noninteractive apt-get update -qq
    # Installing a server (PostgreSQL, dovecot, nginx) must not start it: the tests start
    # their own on free ports, and nothing should be left listening. Debian's policy-rc.d
    # hook says so for this install only, unless the machine has its own.
    local policy=/usr/sbin/policy-rc.d own_policy=""
    if [ ! -e "$policy" ]; then
      own_policy=1
      printf '#!/bin/sh\nexit 101\n' > "$policy" && chmod 755 "$policy"
      trap 'rm -f /usr/sbin/policy-rc.d' EXIT
    fi
    DEBIAN_FRONTEND=noninteractive apt-get install -y -qq --no-install-recommends "${missing[@]}" >/dev/null
    if [ -n "$own_policy" ]; then rm -f "$policy"; trap - EXIT; fi
  elif command -v apt-get >/dev/null 2>&1; then
    echo "Pursuit needs these system packages. Install them with:" >&2
    echo "  sudo apt-get update && sudo apt-get install -y --no-install-recommends ${missing[*]}" >&2
    echo "then run this command again." >&2
    exit 1
  else
    echo "Please install the equivalents of these Debian packages: ${missing[*]}" >&2
    exit 1
  fi
}

make_venv() {
  local extras="$1" python
  if ! python="$(find_python)"; then
    echo "Pursuit needs Python 3.12 or newer, and none was found." >&2
    echo "On Debian 13 / Ubuntu 24.04: sudo apt-get install python3 python3-venv" >&2
    echo "Elsewhere: install pyenv (https://github.com/pyenv/pyenv) and run 'pyenv install 3.12'." >&2
    exit 1
  fi
  if [ -x "$VENV/bin/python" ] && ! "$VENV/bin/python" -c 'import sys; sys.exit(sys.version_info < (3, 12))' 2>/dev/null; then
    rm -rf "$VENV"
  fi
  if [ ! -x "$VENV/bin/python" ]; then
    say "Creating a virtual environment with $("$python" --version)"
    "$python" -m venv "$VENV"
  fi
  # Install from the lock file (requirements/$extras.txt: every package of the tree, pinned),
  # then Pursuit itself without resolving again. Reinstall only when the lock or pyproject.toml
  # changed since the last install.
  local lock="$ROOT/requirements/$extras.txt"
  local stamp="$VENV/.installed-$extras" digest
  digest="$(cat "$ROOT/pyproject.toml" "$lock" | sha256sum | cut -d' ' -f1)"
  if [ ! -f "$stamp" ] || [ "$(cat "$stamp")" != "$digest" ]; then
    say "Installing Python packages from ${lock#"$ROOT"/}"
    "$VENV/bin/python" -m pip install -q --upgrade pip >/dev/null
    "$VENV/bin/python" -m pip install -q -r "$lock"
    "$VENV/bin/python" -m pip install -q --no-deps -e "$ROOT"
    echo "$digest" > "$stamp"
  fi
}

# System packages the app itself needs at run time.
# enchant + dictionaries and scowl (SCOWL's graded word lists): proofreading (aspell-en also
# gives en_GB); pango and fonts: the PDF letters (WeasyPrint).
RUNTIME_PACKAGES=(libenchant-2-2 aspell-en hunspell-en-us scowl libpango-1.0-0 libpangoft2-1.0-0
                  fonts-dejavu-core fonts-liberation)
# Hunspell dictionaries of other languages: the proofreader asks them (through enchant) only
# about words the English checks flagged, and passes a word one of them knows that is no slip
# of a common English word (docs/letters.md, eighteenth round). Optional: each is installed on
# its own and one the archive lacks is skipped; the proofreader uses whichever are installed.
OTHER_LANGUAGE_DICTIONARIES=(hunspell-fr hunspell-de-de hunspell-es hunspell-pt-pt hunspell-pt-br
  hunspell-it hunspell-nl hunspell-sv hunspell-da hunspell-no hunspell-id hunspell-pl
  hunspell-cs hunspell-sk hunspell-tr hunspell-ca hunspell-gl hunspell-ro hunspell-hu
  hunspell-hr hunspell-sw myspell-tl)

# Best effort, one package at a time: a name missing from the archive must not stop the setup.
# Without root, the exact command is printed and the setup goes on without them.
install_optional_packages() {
  local missing=() p
  mapfile -t missing < <(missing_packages "$@")
  [ ${#missing[@]} -eq 0 ] && return 0
  command -v apt-get >/dev/null 2>&1 || return 0
  if [ "$(id -u)" -ne 0 ]; then
    say "Optional: the proofreader knows more languages' words with these packages:"
    echo "  sudo apt-get install -y --no-install-recommends ${missing[*]}" >&2
    return 0
  fi
  say "Installing optional packages: ${missing[*]}"
  # The package lists may never have been fetched (a fresh machine whose required packages
  # were all there already).
  DEBIAN_FRONTEND=noninteractive apt-get update -qq >/dev/null 2>&1 || true
  for p in "${missing[@]}"; do
    DEBIAN_FRONTEND=noninteractive apt-get install -y -qq --no-install-recommends "$p" \
      >/dev/null 2>&1 || say "Skipped optional package $p (not available)"
  done
}
