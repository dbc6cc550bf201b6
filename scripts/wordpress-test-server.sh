#!/usr/bin/env bash
# A throwaway WordPress for tests (tests/full/wordpress.test.ts): Debian's
# packages (wordpress, mariadb-server, php-cli), a database and a WordPress
# install in a temporary directory, served by PHP's built-in server on
# loopback, with one published post per --post URL whose content is that URL
# on a line of its own (how a journalist embeds anything in WordPress; the
# classic editor keeps it so), and per --block-post URL the same as the block
# editor saves a pasted URL (an Embed block around it).
#
#   scripts/wordpress-test-server.sh --story-origin http://127.0.0.1:4173 --post http://127.0.0.1:4173/<slug> [--block-post URL] [--port N]
#
# Prints `READY <site URL>`, then `POST <id> <permalink>` per post (in the
# order given), then runs until it gets SIGTERM or SIGINT, when it stops the
# servers and deletes the directory. Installs the packages when they are
# missing and it runs as root; otherwise it names the command and stops.
#
# TEST ONLY: the mu-plugin it writes lets this WordPress fetch the story site
# on loopback, which WordPress's HTTP API refuses (see the plugin's comment).
# Every other outside request is blocked (WP_HTTP_BLOCK_EXTERNAL).
set -euo pipefail

story_origin=''
port=0
posts=()
while [ $# -gt 0 ]; do
	case "$1" in
	--story-origin) story_origin="$2"; shift 2 ;;
	--port) port="$2"; shift 2 ;;
	--post) posts+=("classic:$2"); shift 2 ;;
	--block-post) posts+=("block:$2"); shift 2 ;;
	*) echo "wordpress-test-server: unknown argument $1" >&2; exit 2 ;;
	esac
done
[ -n "$story_origin" ] || { echo 'wordpress-test-server: --story-origin is required' >&2; exit 2; }

WORDPRESS=/usr/share/wordpress
missing=()
[ -f "$WORDPRESS/wp-settings.php" ] || missing+=(wordpress)
command -v mariadbd >/dev/null 2>&1 || [ -x /usr/sbin/mariadbd ] || missing+=(mariadb-server)
command -v php >/dev/null 2>&1 || missing+=(php-cli)
if [ ${#missing[@]} -gt 0 ]; then
	if [ "$(id -u)" -ne 0 ]; then
		echo "wordpress-test-server: missing Debian packages; install them with: sudo apt-get install -y ${missing[*]}" >&2
		exit 1
	fi
	echo "wordpress-test-server: installing ${missing[*]}…" >&2
	export DEBIAN_FRONTEND=noninteractive
	apt-get update -qq >&2
	apt-get install -y -qq "${missing[@]}" >&2
fi
MARIADBD=$(command -v mariadbd || echo /usr/sbin/mariadbd)

dir=$(mktemp -d "${TMPDIR:-/tmp}/wordpress-test.XXXXXX")
php_pid=''
db_pid=''
cleanup() {
	set +e
	# PHP's server runs in a process group of its own (setsid, below): its workers stop with it.
	[ -n "$php_pid" ] && kill -TERM -- "-$php_pid" 2>/dev/null && wait "$php_pid" 2>/dev/null
	[ -n "$db_pid" ] && kill -TERM "$db_pid" 2>/dev/null && wait "$db_pid" 2>/dev/null
	rm -rf "$dir"
}
trap cleanup EXIT
trap 'exit 0' INT TERM

# The database: a data directory of its own, reached through a socket only (no TCP port).
user=$(id -un)
mariadb-install-db --no-defaults --datadir="$dir/db" --user="$user" --auth-root-authentication-method=normal --skip-test-db >"$dir/db-install.log" 2>&1 ||
	{ cat "$dir/db-install.log" >&2; exit 1; }
"$MARIADBD" --no-defaults --datadir="$dir/db" --socket="$dir/db.sock" --skip-networking --pid-file="$dir/db.pid" --log-error="$dir/db.log" --user="$user" &
db_pid=$!
for _ in $(seq 1 100); do [ -S "$dir/db.sock" ] && break; sleep 0.1; done
[ -S "$dir/db.sock" ] || { cat "$dir/db.log" >&2; exit 1; }
mariadb --no-defaults --socket="$dir/db.sock" -uroot -e 'CREATE DATABASE wordpress'

if [ "$port" = 0 ]; then
	port=$(php -r '$s = stream_socket_server("tcp://127.0.0.1:0"); echo substr(strrchr(stream_socket_get_name($s, false), ":"), 1);')
fi
url="http://127.0.0.1:$port"

# WordPress: Debian's code, with a wp-config.php and wp-content of our own. WordPress takes its root
# (ABSPATH) from the directory of wp-load.php and the admin's entry points from theirs, so those are
# copied; the rest is linked.
root="$dir/wordpress"
mkdir -p "$root/wp-content/mu-plugins" "$root/wp-content/plugins" "$root/wp-content/uploads"
cp "$WORDPRESS"/*.php "$root/"
cp -r "$WORDPRESS/wp-admin" "$root/wp-admin"
ln -s "$WORDPRESS/wp-includes" "$root/wp-includes"
ln -s "$WORDPRESS/wp-content/themes" "$root/wp-content/themes"
rm "$root/wp-config.php"
cat >"$root/wp-config.php" <<PHP
<?php
// A throwaway WordPress for tests (scripts/wordpress-test-server.sh).
define('DB_NAME', 'wordpress');
define('DB_USER', 'root');
define('DB_PASSWORD', '');
define('DB_HOST', 'localhost:$dir/db.sock');
define('DB_CHARSET', 'utf8mb4');
define('DB_COLLATE', '');
\$table_prefix = 'wp_';
define('WP_HOME', '$url');
define('WP_SITEURL', '$url');
define('WP_CONTENT_DIR', __DIR__ . '/wp-content');
// Nothing leaves the machine: WordPress may reach only itself, localhost and the story site (whose loopback address the mu-plugin allows).
define('WP_HTTP_BLOCK_EXTERNAL', true);
define('WP_ACCESSIBLE_HOSTS', parse_url('$story_origin', PHP_URL_HOST));
define('DISABLE_WP_CRON', true);
define('AUTOMATIC_UPDATER_DISABLED', true);
define('WP_AUTO_UPDATE_CORE', false);
define('STORY_TIMELINE_TEST_ORIGIN', '$story_origin');
foreach (['AUTH_KEY', 'SECURE_AUTH_KEY', 'LOGGED_IN_KEY', 'NONCE_KEY', 'AUTH_SALT', 'SECURE_AUTH_SALT', 'LOGGED_IN_SALT', 'NONCE_SALT'] as \$key) define(\$key, 'wordpress-test-server');
if (!defined('ABSPATH')) define('ABSPATH', __DIR__ . '/');
require_once ABSPATH . 'wp-settings.php';
PHP
cat >"$root/wp-content/mu-plugins/story-timeline-test-loopback.php" <<'PHP'
<?php
/*
 * TEST ONLY (scripts/wordpress-test-server.sh): lets this throwaway WordPress
 * fetch the story site's page and oEmbed document on loopback. WordPress's
 * HTTP API (wp_http_validate_url) refuses a host that resolves to a loopback
 * or private address unless it is the site's own, and any port other than 80,
 * 443 and 8080 unless it is the site's own; a story site on its public https
 * origin needs neither. Only the story site's host and port are allowed.
 */
$story = wp_parse_url(STORY_TIMELINE_TEST_ORIGIN);
add_filter('http_request_host_is_external', function ($external, $host) use ($story) {
	return $external || $host === $story['host'];
}, 10, 2);
add_filter('http_allowed_safe_ports', function ($ports, $host) use ($story) {
	if ($host === $story['host'] && isset($story['port'])) $ports[] = $story['port'];
	return $ports;
}, 10, 2);
PHP

# The install and the posts, with WordPress's own functions.
cat >"$dir/install.php" <<'PHP'
<?php
define('WP_INSTALLING', true);
$_SERVER['HTTP_HOST'] = parse_url(getenv('WP_URL'), PHP_URL_HOST) . ':' . parse_url(getenv('WP_URL'), PHP_URL_PORT);
require getenv('WP_ROOT') . '/wp-load.php';
require ABSPATH . 'wp-admin/includes/upgrade.php';
wp_install('Newsroom', 'editor', 'editor@example.org', true, '', 'editor-password');
update_option('permalink_structure', '');
foreach (array_slice($argv, 1) as $post) {
	[$format, $story_url] = explode(':', $post, 2);
	// The URL on a line of its own: WordPress's autoembed turns it into the embed. The block editor saves a pasted
	// URL of a provider it does not know in an Embed block, still on a line of its own.
	$embed = $format === 'block'
		? "<!-- wp:embed {\"url\":\"$story_url\",\"type\":\"rich\"} -->\n<figure class=\"wp-block-embed is-type-rich\"><div class=\"wp-block-embed__wrapper\">\n$story_url\n</div></figure>\n<!-- /wp:embed -->"
		: $story_url;
	$paragraph = fn($text) => $format === 'block' ? "<!-- wp:paragraph -->\n<p>$text</p>\n<!-- /wp:paragraph -->" : $text;
	$id = wp_insert_post([
		'post_title' => 'The leak, as it happened',
		'post_content' => $paragraph('The timeline below shows the day of the leak.') . "\n\n$embed\n\n" . $paragraph('The story continues after the timeline.'),
		'post_status' => 'publish',
		'post_author' => 1
	], true);
	if (is_wp_error($id)) { fwrite(STDERR, $id->get_error_message() . "\n"); exit(1); }
	echo "POST $id " . get_permalink($id) . "\n";
}
PHP
WP_URL="$url" WP_ROOT="$root" php "$dir/install.php" "${posts[@]}" >"$dir/posts.txt" 2>"$dir/install.log" || { cat "$dir/install.log" >&2; exit 1; }

# What WordPress's .htaccess does under Apache: a path that is not a file (/favicon.ico, say) goes to index.php.
cat >"$dir/router.php" <<'PHP'
<?php
$path = parse_url($_SERVER['REQUEST_URI'], PHP_URL_PATH);
if ($path !== '/' && file_exists($_SERVER['DOCUMENT_ROOT'] . $path)) return false;
require $_SERVER['DOCUMENT_ROOT'] . '/index.php';
PHP
# Several workers: a page's requests (and WordPress's to itself) do not wait in line.
PHP_CLI_SERVER_WORKERS=4 setsid php -S "127.0.0.1:$port" -t "$root" "$dir/router.php" >"$dir/php.log" 2>&1 &
php_pid=$!
for _ in $(seq 1 100); do
	php -r 'exit(@file_get_contents($argv[1]) === false ? 1 : 0);' "$url/wp-login.php" && break
	sleep 0.1
done
echo "READY $url"
cat "$dir/posts.txt"
wait "$php_pid"
