#!/usr/bin/env bash
# The system packages the tests drive, checked before anything runs (npm test, npm run test:full):
# missing ones are installed with apt when we are root (CI, a fresh container), otherwise the run
# stops at once with the one command to run. A test never fails halfway on a missing binary.
#   scripts/test-prereqs.sh          what `npm test` needs
#   scripts/test-prereqs.sh --full   what `npm run test:full` needs as well
set -euo pipefail

# package:file-it-provides
needs=(
	'chromium:/usr/bin/chromium'          # browser tests, through playwright-core
	'fonts-dejavu-core:/usr/share/fonts/truetype/dejavu/DejaVuSans.ttf' # text widths measured in the browser
	'wordpress:/usr/share/wordpress/wp-includes/js/wp-embed.js' # WordPress's own embed script drives the embed (tests/browser/wordpress.test.ts)
)
if [ "${1:-}" = "--full" ]; then
	needs+=(
		'poppler-utils:/usr/bin/pdftotext' # the printed PDFs' text
		'time:/usr/bin/time'               # peak memory of the import command (GNU time -v)
		'mariadb-server:/usr/sbin/mariadbd' # a real WordPress (tests/full/wordpress.test.ts, scripts/wordpress-test-server.sh)
		'php-cli:/usr/bin/php'
	)
fi

missing=()
for need in "${needs[@]}"; do
	package="${need%%:*}"
	file="${need#*:}"
	[ -e "$file" ] || missing+=("$package")
done
[ ${#missing[@]} -eq 0 ] && exit 0

if [ "$(id -u)" = "0" ] && command -v apt-get >/dev/null 2>&1; then
	echo "Installing ${missing[*]} (needed by the tests)…"
	export DEBIAN_FRONTEND=noninteractive
	apt-get update -qq
	apt-get install -y -qq "${missing[@]}" >/dev/null
	exit 0
fi
echo "The tests need ${missing[*]}. Install them, then run the tests again:" >&2
echo "  sudo apt-get install -y ${missing[*]}" >&2
exit 1
