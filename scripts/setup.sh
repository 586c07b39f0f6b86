# Shared set-up for ./run.sh and ./test.sh: make a fresh Debian machine with the .NET SDK and Node ready.
# Sourced, not executed. Idempotent: each step is skipped when its result is already there.

say() { printf '\033[1;34m==>\033[0m %s\n' "$*"; }
fail() { printf '\033[1;31mxx\033[0m %s\n' "$*" >&2; exit 1; }

require_tools() {
  command -v dotnet >/dev/null || fail "The .NET SDK is missing (global.json pins $(sed -n 's/.*"version": "\(.*\)".*/\1/p' global.json))."
  command -v node >/dev/null || fail "Node.js 20 or newer is missing."
  command -v npm >/dev/null || fail "npm is missing."
  command -v curl >/dev/null || apt_install curl
}

# Installs Debian packages when missing; needs root (or sudo) the first time only.
apt_install() {
  local missing=()
  for package in "$@"; do
    dpkg -s "$package" >/dev/null 2>&1 || missing+=("$package")
  done
  [ ${#missing[@]} -eq 0 ] && return 0
  say "Installing Debian packages: ${missing[*]}"
  local sudo=""
  if [ "$(id -u)" -ne 0 ]; then
    command -v sudo >/dev/null || fail "Need root to install ${missing[*]}; install them and run again."
    sudo="sudo"
  fi
  $sudo apt-get update -qq >/dev/null
  DEBIAN_FRONTEND=noninteractive $sudo apt-get install -y -qq --no-install-recommends "${missing[@]}" >/dev/null
}

npm_install() {
  if [ ! -f node_modules/.package-lock.json ] || [ package-lock.json -nt node_modules/.package-lock.json ] \
     || [ AdminSite/package.json -nt node_modules/.package-lock.json ]; then
    say "Installing npm packages (Azurite, console toolchain)"
    npm ci --no-audit --no-fund --loglevel=error
  fi
}

build_console() {
  local out=Functions/wwwroot/console/index.html
  if [ ! -f "$out" ] || [ -n "$(find AdminSite/src AdminSite/index.html AdminSite/vite.config.ts AdminSite/package.json -newer "$out" -print -quit)" ]; then
    say "Building the staff console"
    npm run --silent console:build >/dev/null
  fi
}

build_dotnet() {
  # The tests' mail server (smtp4dev) is a tool pinned in dotnet-tools.json.
  dotnet tool restore >/dev/null
  say "Building the solution"
  # Warnings are errors, the worker SDK's generated extension project included (docs/adr/0012-isolated-worker.md).
  dotnet build Serverless.Feedback.sln -nologo -clp:ErrorsOnly -warnaserror "$@"
}
