<?php
/**
 * PHPUnit bootstrap: WordPress's own escaping, kses, shortcode and hook code (from Debian's
 * `wordpress` package, or WP_CORE_DIR), plus small stand-ins for the few WordPress functions
 * that need a database or a request. Each stand-in records what it was asked, for the tests.
 *
 * @package HIT_Pathfinder
 */

$wp_core = rtrim( getenv( 'WP_CORE_DIR' ) ?: '/usr/share/wordpress', '/' ) . '/';
if ( ! is_file( $wp_core . 'wp-includes/formatting.php' ) ) {
	fwrite( STDERR, "WordPress's wp-includes not found in $wp_core: install Debian's wordpress package or set WP_CORE_DIR.\n" );
	exit( 1 );
}

define( 'ABSPATH', $wp_core );
define( 'WPINC', 'wp-includes' );
define( 'WP_PLUGIN_DIR', dirname( __DIR__ ) );
define( 'WPMU_PLUGIN_DIR', '/nonexistent-mu-plugins' );

require ABSPATH . WPINC . '/plugin.php';
require ABSPATH . WPINC . '/formatting.php';
require ABSPATH . WPINC . '/kses.php';
require ABSPATH . WPINC . '/shortcodes.php';
require ABSPATH . WPINC . '/http.php';

$GLOBALS['wp_plugin_paths'] = array();

/** What the stand-ins below were asked; reset by the tests' setUp(). */
final class WP_Stub {
	/** @var array<string, mixed> */
	public static $options = array();
	/** @var bool */
	public static $logged_in = false;
	/** @var string[] capabilities the current user has */
	public static $caps = array();
	/** @var int */
	public static $post_id = 0;
	/** @var string */
	public static $locale = 'en_US';
	/** @var array<int, array> */
	public static $scripts = array();
	/** @var array<int, array> */
	public static $modules = array();
	/** @var array<int, array> */
	public static $settings_errors = array();
	/** @var string the uploads folder's address (wp_upload_dir()'s baseurl) */
	public static $uploads = 'https://site.example/wp-content/uploads';
	/** @var array<int, array> register_rest_route()'s calls */
	public static $routes = array();
	/** @var array<string, array> register_setting()'s calls, by option */
	public static $registered = array();
	/** @var array<int, array> wp_enqueue_style()'s calls */
	public static $styles = array();

	public static function reset_scripts() {
		self::$scripts = array();
		self::$modules = array();
		hit_pathfinder_enqueue_widget( true );
	}

	public static function reset() {
		self::$options         = array();
		self::$logged_in       = false;
		self::$caps            = array();
		self::$post_id         = 0;
		self::$locale          = 'en_US';
		self::$scripts         = array();
		self::$modules         = array();
		self::$settings_errors = array();
		self::$uploads         = 'https://site.example/wp-content/uploads';
		self::$routes          = array();
		self::$registered      = array();
		self::$styles          = array();
		hit_pathfinder_enqueue_widget( true );
		remove_all_filters( 'script_loader_tag' );
		// The rendering tests compare the element alone; PreloadTest turns the links back on.
		remove_all_filters( 'hit_pathfinder_preload_links' );
		add_filter(
			'hit_pathfinder_preload_links',
			static function () {
				return array();
			}
		);
	}
}

function get_option( $name, $default = false ) {
	if ( 'blog_charset' === $name ) {
		return 'UTF-8';
	}
	return array_key_exists( $name, WP_Stub::$options ) ? WP_Stub::$options[ $name ] : $default;
}

function wp_normalize_path( $path ) {
	// As in wp-includes/functions.php.
	$path = str_replace( '\\', '/', $path );
	$path = preg_replace( '|(?<=.)/+|', '/', $path );
	if ( ':' === substr( $path, 1, 1 ) ) {
		$path = ucfirst( $path );
	}
	return $path;
}

function wp_load_alloptions() {
	return array( 'blog_charset' => 'UTF-8' );
}

function wp_allowed_protocols() {
	// WordPress's own list (wp-includes/functions.php).
	return array( 'http', 'https', 'ftp', 'ftps', 'mailto', 'news', 'irc', 'irc6', 'ircs', 'gopher', 'nntp', 'feed', 'telnet', 'mms', 'rtsp', 'sms', 'svn', 'tel', 'fax', 'xmpp', 'webcal', 'urn' );
}

function is_user_logged_in() {
	return WP_Stub::$logged_in;
}

function current_user_can( $capability, ...$args ) {
	return WP_Stub::$logged_in && in_array( $capability, WP_Stub::$caps, true );
}

function get_the_ID() {
	return WP_Stub::$post_id ?: false;
}

function get_locale() {
	return WP_Stub::$locale;
}

function determine_locale() {
	return WP_Stub::$locale;
}

function __( $text, $domain = 'default' ) {
	return $text;
}

function esc_html__( $text, $domain = 'default' ) {
	return esc_html( $text );
}

function _x( $text, $context, $domain = 'default' ) {
	return $text;
}

function selected( $selected, $current = true, $display = true ) {
	// As WordPress's __checked_selected_helper().
	$result = (string) $selected === (string) $current ? " selected='selected'" : '';
	if ( $display ) {
		echo $result;
	}
	return $result;
}

function home_url( $path = '' ) {
	return 'https://site.example/' . ltrim( $path, '/' );
}

function site_url( $path = '' ) {
	return 'https://site.example/' . ltrim( $path, '/' );
}

function content_url( $path = '' ) {
	return 'https://site.example/wp-content/' . ltrim( $path, '/' );
}

function wp_upload_dir( $time = null, $create_dir = true ) {
	return array( 'baseurl' => WP_Stub::$uploads );
}

function plugins_url( $path = '', $plugin = '' ) {
	return 'https://site.example/wp-content/plugins/hit-pathfinder/' . ltrim( $path, '/' );
}

function is_admin() {
	return true;
}

function add_query_arg( $key, $value, $url ) {
	return $url . ( false === strpos( $url, '?' ) ? '?' : '&' ) . $key . '=' . $value;
}

function wp_enqueue_script( $handle, $src = '', $deps = array(), $ver = false, $in_footer = false ) {
	WP_Stub::$scripts[] = compact( 'handle', 'src', 'deps', 'ver', 'in_footer' );
}

function add_settings_error( $setting, $code, $message, $type = 'error' ) {
	WP_Stub::$settings_errors[] = compact( 'setting', 'code', 'message', 'type' );
}

function wp_enqueue_style( $handle, $src = '', $deps = array(), $ver = false, $media = 'all' ) {
	WP_Stub::$styles[] = compact( 'handle', 'src', 'deps', 'ver', 'media' );
}

function rest_url( $path = '', $scheme = 'rest' ) {
	return 'https://site.example/wp-json/' . ltrim( $path, '/' );
}

function register_rest_route( $route_namespace, $route, $args = array(), $override = false ) {
	WP_Stub::$routes[] = compact( 'route_namespace', 'route', 'args' );
	return true;
}

function register_setting( $option_group, $option_name, $args = array() ) {
	WP_Stub::$registered[ $option_name ] = compact( 'option_group', 'args' );
}

function wp_json_encode( $data, $options = 0, $depth = 512 ) {
	// As WordPress's (wp-includes/functions.php) for valid UTF-8, which is all a decoded JSON
	// text holds; WordPress converts invalid UTF-8 before trying again.
	return json_encode( $data, $options, $depth );
}

function absint( $maybeint ) {
	// As in wp-includes/functions.php.
	return abs( (int) $maybeint );
}

function __return_true() {
	return true;
}

function __return_false() {
	return false;
}

// WordPress's own REST request and response classes (they need only plugin.php).
require ABSPATH . WPINC . '/class-wp-http-response.php';
require ABSPATH . WPINC . '/rest-api/class-wp-rest-response.php';
require ABSPATH . WPINC . '/rest-api/class-wp-rest-request.php';
require ABSPATH . WPINC . '/class-wp-error.php';

require dirname( __DIR__ ) . '/hit-pathfinder/hit-pathfinder.php';
