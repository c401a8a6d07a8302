<?php
/**
 * Plugin Name:       HIT Pathfinder
 * Description:       A career-fit quiz, specialty paths and a certification comparison for Health Information Technology students, placed with a block or the [hit_pathfinder] shortcode. No editor needs unfiltered HTML.
 * Version:           1.0.0
 * Requires at least: 6.1
 * Requires PHP:      7.4
 * Author:            HIT Pathfinder
 * License:           MIT
 * License URI:       https://opensource.org/licenses/MIT
 * Text Domain:       hit-pathfinder
 * Domain Path:       /languages
 * Update URI:        false
 *
 * @package HIT_Pathfinder
 */

if ( ! defined( 'ABSPATH' ) ) {
	exit;
}

define( 'HIT_PATHFINDER_VERSION', '1.0.0' );
define( 'HIT_PATHFINDER_FILE', __FILE__ );
define( 'HIT_PATHFINDER_DIR', __DIR__ );

require_once __DIR__ . '/includes/render.php';
require_once __DIR__ . '/includes/settings.php';
require_once __DIR__ . '/includes/school.php';

add_action( 'init', 'hit_pathfinder_load_textdomain', 1 );
add_action( 'init', 'hit_pathfinder_register' );
add_action( 'init', 'hit_pathfinder_register_setting' );
add_action( 'init', 'hit_pathfinder_register_school_setting' );
add_action( 'rest_api_init', 'hit_pathfinder_register_rest_routes' );
add_filter( 'rest_pre_serve_request', 'hit_pathfinder_serve_school', 10, 3 );
add_action( 'enqueue_block_assets', 'hit_pathfinder_enqueue_editor_canvas' );
add_action( 'admin_menu', 'hit_pathfinder_add_settings_page' );
add_action( 'admin_init', 'hit_pathfinder_register_settings' );
add_action( 'admin_enqueue_scripts', 'hit_pathfinder_enqueue_settings_assets' );
add_action( 'admin_notices', 'hit_pathfinder_missing_files_notice' );
add_filter( 'plugin_action_links_' . plugin_basename( __FILE__ ), 'hit_pathfinder_action_links' );

/**
 * Loads the plugin's translations from its languages/ folder (after any in wp-content/languages,
 * which WordPress loads first). A Spanish locale without its own file (es_MX, es_US, ...)
 * gets the es_ES translation.
 */
function hit_pathfinder_load_textdomain() {
	add_filter( 'load_textdomain_mofile', 'hit_pathfinder_spanish_fallback', 10, 2 );
	add_filter( 'load_script_translation_file', 'hit_pathfinder_spanish_script_fallback', 10, 3 );
	load_plugin_textdomain( 'hit-pathfinder', false, dirname( plugin_basename( HIT_PATHFINDER_FILE ) ) . '/languages' );
}

/**
 * Uses the es_ES translation for another Spanish locale that has none.
 *
 * @param string $mofile The .mo file WordPress is about to load.
 * @param string $domain Its text domain.
 * @return string
 */
function hit_pathfinder_spanish_fallback( $mofile, $domain ) {
	if ( 'hit-pathfinder' !== $domain || is_readable( $mofile ) ) {
		return $mofile;
	}
	$fallback = preg_replace( '/-es_[A-Z]{2}(_\w+)?\.mo$/', '-es_ES.mo', $mofile );
	return is_string( $fallback ) && is_readable( $fallback ) ? $fallback : $mofile;
}

/**
 * The same for the block editor's JSON translations.
 *
 * @param string|false $file   The JSON file.
 * @param string       $handle The script's handle.
 * @param string       $domain Its text domain.
 * @return string|false
 */
function hit_pathfinder_spanish_script_fallback( $file, $handle, $domain ) {
	if ( 'hit-pathfinder' !== $domain || ! is_string( $file ) || is_readable( $file ) ) {
		return $file;
	}
	$fallback = preg_replace( '/-es_[A-Z]{2}(_\w+)?-/', '-es_ES-', $file, 1 );
	return is_string( $fallback ) && is_readable( $fallback ) ? $fallback : $file;
}

/**
 * Registers the shortcode, the block and the widget's script.
 */
function hit_pathfinder_register() {
	add_shortcode( 'hit_pathfinder', 'hit_pathfinder_shortcode' );

	register_block_type(
		__DIR__ . '/block',
		array( 'render_callback' => 'hit_pathfinder_render_block' )
	);

	// The editor script gets the site's defaults (shown as placeholders) and the words it
	// needs; WordPress loads it only in the block editor. The default school profile is the
	// one widgets use: the settings' address, else the profile this site serves.
	$handle   = generate_block_asset_handle( 'hit-pathfinder/widget', 'editorScript' );
	$defaults = array_intersect_key(
		hit_pathfinder_get_settings(),
		array_flip( array( 'dataset', 'school', 'program_url', 'program_name', 'lang', 'region' ) )
	);
	$defaults['school'] = hit_pathfinder_default_school();
	wp_add_inline_script(
		$handle,
		'window.hitPathfinderEditor = ' . wp_json_encode( array( 'defaults' => $defaults ) ) . ';',
		'before'
	);
	if ( function_exists( 'wp_set_script_translations' ) ) {
		wp_set_script_translations( $handle, 'hit-pathfinder', HIT_PATHFINDER_DIR . '/languages' );
	}
}

/**
 * Loads the widget's element inside the block editor's canvas, so the server-rendered
 * preview of the block becomes the live widget. A classic script that imports the module
 * works both in the editor's iframe (WordPress 6.3+) and in the older inline canvas.
 */
function hit_pathfinder_enqueue_editor_canvas() {
	if ( ! is_admin() ) {
		return;
	}
	$src = add_query_arg(
		'widget',
		rawurlencode( hit_pathfinder_widget_script_url() ),
		plugins_url( 'block/canvas.js', HIT_PATHFINDER_FILE )
	);
	wp_enqueue_script( 'hit-pathfinder-editor-canvas', $src, array(), hit_pathfinder_asset_version(), true );
}

/**
 * Links to the settings from the Plugins screen.
 *
 * @param string[] $links Existing links.
 * @return string[]
 */
function hit_pathfinder_action_links( $links ) {
	$url = admin_url( 'options-general.php?page=hit-pathfinder' );
	array_unshift( $links, '<a href="' . esc_url( $url ) . '">' . esc_html__( 'Settings', 'hit-pathfinder' ) . '</a>' );
	return $links;
}
