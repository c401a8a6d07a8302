<?php
/**
 * Sets up the end-to-end test's WordPress, run by e2e.sh with PHP's command line:
 *
 *   php e2e-setup.php install   installs WordPress and activates the plugin
 *   php e2e-setup.php configure sets the plugin's defaults (through its sanitising) and
 *                               creates a user with the Author role
 *   php e2e-setup.php posts     as that Author (kses active), publishes the test posts and
 *                               prints what the browser test needs, as JSON
 *   php e2e-setup.php spanish   switches the site's language to Spanish (WPLANG es_ES)
 *
 * Environment: HP_WP_CONFIG (the name of /etc/wordpress/config-NAME.php), HP_WP_HOST
 * (127.0.0.1:PORT), HP_WP_ADMIN_PASSWORD, HP_WP_AUTHOR_PASSWORD.
 *
 * @package HIT_Pathfinder
 */

if ( PHP_SAPI !== 'cli' ) {
	exit( 1 );
}

$command = $argv[1] ?? '';
$host    = getenv( 'HP_WP_HOST' );
$config  = getenv( 'HP_WP_CONFIG' );
if ( ! $host || ! $config || ! in_array( $command, array( 'install', 'configure', 'posts', 'spanish' ), true ) ) {
	fwrite( STDERR, "usage: HP_WP_HOST=127.0.0.1:PORT HP_WP_CONFIG=NAME php e2e-setup.php install|configure|posts|spanish\n" );
	exit( 2 );
}

// What Debian's wp-config.php reads to find /etc/wordpress/config-NAME.php.
$_SERVER['HTTP_HOST']        = $host;
$_SERVER['SERVER_NAME']      = preg_replace( '/:.*/', '', $host );
$_SERVER['WORDPRESS_CONFIG'] = $config;
$_SERVER['REQUEST_URI']      = '/';
$_SERVER['REQUEST_METHOD']   = 'GET';

/** Stops with a message. */
function fail( $message ) {
	fwrite( STDERR, "e2e-setup: $message\n" );
	exit( 1 );
}

/** Says what was checked. */
function ok( $message ) {
	fwrite( STDERR, "e2e-setup: ok: $message\n" );
}

if ( 'install' === $command ) {
	define( 'WP_INSTALLING', true );
	// No e-mail to the administrator (this machine has no mail server).
	function wp_new_blog_notification() {}
	require '/usr/share/wordpress/wp-load.php';
	require_once ABSPATH . 'wp-admin/includes/upgrade.php';
	require_once ABSPATH . 'wp-admin/includes/plugin.php';

	if ( is_blog_installed() ) {
		fail( 'the database is not empty' );
	}
	$result = wp_install( 'HIT Pathfinder E2E', 'admin', 'admin@example.invalid', false, '', getenv( 'HP_WP_ADMIN_PASSWORD' ) ?: wp_generate_password( 24 ) );
	if ( empty( $result['user_id'] ) ) {
		fail( 'wp_install did not create the administrator' );
	}
	update_option( 'permalink_structure', '' );
	switch_theme( 'twentytwentyone' );
	if ( 'twentytwentyone' !== get_stylesheet() ) {
		fail( 'the twentytwentyone theme is not available' );
	}
	ok( 'WordPress ' . get_bloginfo( 'version' ) . ' installed, theme ' . get_stylesheet() );

	$activated = activate_plugin( 'hit-pathfinder/hit-pathfinder.php' );
	if ( is_wp_error( $activated ) ) {
		fail( 'activating the plugin: ' . $activated->get_error_message() );
	}
	if ( ! is_plugin_active( 'hit-pathfinder/hit-pathfinder.php' ) ) {
		fail( 'the plugin is not active' );
	}
	$data = get_plugin_data( WP_PLUGIN_DIR . '/hit-pathfinder/hit-pathfinder.php', false, false );
	if ( 'HIT Pathfinder' !== $data['Name'] || version_compare( get_bloginfo( 'version' ), $data['RequiresWP'], '<' ) || '' === $data['RequiresPHP'] || '' === $data['Version'] ) {
		fail( 'the plugin header is incomplete: ' . wp_json_encode( $data ) );
	}
	ok( 'plugin ' . $data['Name'] . ' ' . $data['Version'] . ' activated' );
	exit( 0 );
}

// configure, posts and spanish: WordPress loads with the plugin active, as on any request.
require '/usr/share/wordpress/wp-load.php';

if ( 'spanish' === $command ) {
	// WordPress accepts a site language only when its core translation is installed, and
	// Debian ships none: an empty core translation file makes es_ES available, as it is on a
	// site where Spanish was installed (WordPress's own words stay English; the plugin's are
	// what the test reads).
	require_once ABSPATH . WPINC . '/pomo/mo.php';
	wp_mkdir_p( WP_LANG_DIR );
	$core = new MO();
	$core->set_headers( array( 'Language' => 'es_ES', 'Content-Type' => 'text/plain; charset=UTF-8' ) );
	if ( ! $core->export_to_file( WP_LANG_DIR . '/es_ES.mo' ) || ! in_array( 'es_ES', get_available_languages(), true ) ) {
		fail( 'could not make es_ES available in ' . WP_LANG_DIR );
	}
	update_option( 'WPLANG', 'es_ES' );
	if ( 'es_ES' !== get_option( 'WPLANG' ) ) {
		fail( 'the site language was not set' );
	}
	ok( 'site language set to es_ES (WPLANG)' );
	exit( 0 );
}

if ( 'configure' === $command ) {
	if ( ! function_exists( 'hit_pathfinder_render' ) || ! shortcode_exists( 'hit_pathfinder' ) || ! WP_Block_Type_Registry::get_instance()->is_registered( 'hit-pathfinder/widget' ) ) {
		fail( 'the plugin did not register its shortcode and block' );
	}
	ok( 'shortcode [hit_pathfinder] and block hit-pathfinder/widget registered' );

	// The site's defaults, as saved through the settings page (same sanitising callback).
	update_option(
		'hit_pathfinder_settings',
		array(
			'program_url'  => 'https://college.example/programs/hit',
			'program_name' => 'Explore our Health Information Technology AAS',
			'lang'         => 'en',
			'dataset'      => 'javascript:alert("settings")',
		)
	);
	$saved = get_option( 'hit_pathfinder_settings' );
	if ( '' !== $saved['dataset'] || 'https://college.example/programs/hit' !== $saved['program_url'] ) {
		fail( 'the settings were not sanitised on save: ' . wp_json_encode( $saved ) . ' (sanitize filter: ' . var_export( has_filter( 'sanitize_option_hit_pathfinder_settings' ), true ) . ', direct: ' . wp_json_encode( sanitize_option( 'hit_pathfinder_settings', array( 'dataset' => 'javascript:x' ) ) ) . ')' );
	}
	ok( 'settings sanitised on save (a javascript: dataset URL was dropped)' );

	// Issue #14: what an earlier version of the plugin stored when an administrator without
	// unfiltered_html set "Load the widget files from" (written to the database directly, as
	// that version's sanitising would have let it through). It must not be used.
	global $wpdb;
	$legacy                    = get_option( 'hit_pathfinder_settings' );
	$legacy['widget_base_url'] = 'https://evil.example/legacy/';
	$wpdb->update( $wpdb->options, array( 'option_value' => maybe_serialize( $legacy ) ), array( 'option_name' => 'hit_pathfinder_settings' ) );
	wp_cache_delete( 'hit_pathfinder_settings', 'options' );
	wp_cache_delete( 'alloptions', 'options' );
	$raw = $wpdb->get_var( "SELECT option_value FROM {$wpdb->options} WHERE option_name = 'hit_pathfinder_settings'" );
	if ( false === strpos( (string) $raw, 'evil.example/legacy' ) ) {
		fail( 'could not store the earlier version\'s widget_base_url' );
	}
	ok( 'a widget_base_url as an earlier version stored it (https://evil.example/legacy/) is in the database' );

	$author = wp_insert_user(
		array(
			'user_login' => 'author',
			'user_pass'  => getenv( 'HP_WP_AUTHOR_PASSWORD' ) ?: 'author-password',
			'user_email' => 'author@example.invalid',
			'role'       => 'author',
		)
	);
	if ( is_wp_error( $author ) ) {
		fail( 'creating the author: ' . $author->get_error_message() );
	}
	ok( "user 'author' (Author role) created" );

	// A site administrator without unfiltered_html, as every site administrator of a multisite
	// network is, and everyone on a site with DISALLOW_UNFILTERED_HTML.
	$siteadmin = wp_insert_user(
		array(
			'user_login' => 'siteadmin',
			'user_pass'  => getenv( 'HP_WP_SITEADMIN_PASSWORD' ) ?: 'siteadmin-password',
			'user_email' => 'siteadmin@example.invalid',
			'role'       => 'administrator',
		)
	);
	if ( is_wp_error( $siteadmin ) ) {
		fail( 'creating the site administrator: ' . $siteadmin->get_error_message() );
	}
	$user = new WP_User( $siteadmin );
	$user->add_cap( 'unfiltered_html', false );
	$user = new WP_User( $siteadmin );
	if ( ! $user->has_cap( 'manage_options' ) || $user->has_cap( 'unfiltered_html' ) ) {
		fail( 'the site administrator should have manage_options and not unfiltered_html' );
	}
	ok( "user 'siteadmin' (Administrator, manage_options yes, unfiltered_html no) created" );
	exit( 0 );
}

// posts: everything below runs as the Author.

$author = get_user_by( 'login', 'author' );
if ( ! $author || array( 'author' ) !== array_values( $author->roles ) ) {
	fail( 'no user with exactly the Author role' );
}
wp_set_current_user( $author->ID );

// The Author may publish but not post unfiltered HTML, so WordPress's kses filters are on.
if ( ! current_user_can( 'publish_posts' ) ) {
	fail( 'the author cannot publish posts' );
}
if ( current_user_can( 'unfiltered_html' ) ) {
	fail( 'the author has unfiltered_html: the test would prove nothing' );
}
if ( false === has_filter( 'content_save_pre', 'wp_filter_post_kses' ) || false === has_filter( 'title_save_pre', 'wp_filter_kses' ) ) {
	fail( 'kses filters are not active for the author' );
}
ok( 'author: publish_posts yes, unfiltered_html no, wp_filter_post_kses active on content_save_pre' );

/** Publishes a post as the current user, through the same filters as the editor's save. */
function publish( $title, $content, $status = 'publish' ) {
	$id = wp_insert_post(
		wp_slash(
			array(
				'post_title'   => $title,
				'post_content' => $content,
				'post_status'  => $status,
				'post_type'    => 'post',
			)
		),
		true
	);
	if ( is_wp_error( $id ) ) {
		fail( "publishing '$title': " . $id->get_error_message() );
	}
	if ( (int) get_post_field( 'post_author', $id ) !== get_current_user_id() ) {
		fail( "'$title' is not the author's" );
	}
	return $id;
}

// Control: the paste-in snippet, as an Author would paste it, loses its script and element.
$snippet = '<script type="module" src="https://college.example/hit-pathfinder/hit-pathfinder.js"></script>'
	. '<hit-pathfinder view="quiz"><a href="https://college.example/programs/hit">Explore our program</a></hit-pathfinder>'
	. '<iframe src="https://college.example/embed.html"></iframe>';
$control = publish( 'Pasted snippet (control)', $snippet, 'draft' );
$stored  = get_post_field( 'post_content', $control );
if ( false !== stripos( $stored, '<script' ) || false !== stripos( $stored, '<hit-pathfinder' ) || false !== stripos( $stored, '<iframe' ) ) {
	fail( 'kses did not filter the pasted snippet: ' . $stored );
}
if ( false === strpos( $stored, '<a href="https://college.example/programs/hit">' ) ) {
	fail( 'the control post lost its link: ' . $stored );
}
ok( 'kses stripped <script>, <hit-pathfinder> and <iframe> from the pasted snippet, leaving: ' . $stored );

// The shortcode, twice, in classic content (wpautop applies); the second has hostile values,
// entity-encoded the way kses stores them.
$shortcode_content = "Find the work in health information that suits you.\n\n"
	. '[hit_pathfinder view="quiz" lang="en" region="tx" program_url="https://college.example/programs/hit" program_name="Explore our HIT AAS"]'
	. "\n\nOr compare the certifications:\n\n"
	. '[hit_pathfinder view="compare" program_url="javascript:alert(document.domain)" dataset="JaVaScRiPt:alert(2)" program_name="&quot;&gt;&lt;script&gt;alert(3)&lt;/script&gt;" lang="es&quot; onmouseover=&quot;alert(4)" region="Texas"]';
$shortcode_post = publish( 'Career guide (shortcode)', $shortcode_content );
$stored         = get_post_field( 'post_content', $shortcode_post );
if ( 2 !== substr_count( $stored, '[hit_pathfinder ' ) ) {
	fail( 'the shortcodes did not survive saving: ' . $stored );
}

// The block, as the editor saves it.
$block_content = "<!-- wp:paragraph -->\n<p>Find the work in health information that suits you.</p>\n<!-- /wp:paragraph -->\n\n"
	. '<!-- wp:hit-pathfinder/widget {"view":"quiz"} /-->';
$block_post    = publish( 'Career guide (block)', $block_content );
$stored        = get_post_field( 'post_content', $block_post );
if ( false === strpos( $stored, '<!-- wp:hit-pathfinder/widget {"view":"quiz"} /-->' ) ) {
	fail( 'the block did not survive saving: ' . $stored );
}

// A block with hostile attributes: kses leaves plain strings in block attributes alone, so the
// plugin is what must drop them.
$hostile_block = '<!-- wp:hit-pathfinder/widget {"view":"paths\" onclick=\"alert(1)","programUrl":"javascript:alert(1)","programName":"\u003cimg src=x onerror=alert(1)\u003e","dataset":"data:text/html,x","lang":"fr"} /-->';
$hostile_post  = publish( 'Career guide (hostile block)', $hostile_block );
$GLOBALS['post'] = get_post( $hostile_post );
setup_postdata( $GLOBALS['post'] );
// As the Author: a note (escaped text) about each dropped value, nothing that runs.
$rendered = apply_filters( 'the_content', get_post_field( 'post_content', $hostile_post ) );
if ( preg_match( '/javascript:|data:text|<img|<[^>]*\son\w+\s*=/i', $rendered ) || false === strpos( $rendered, 'hit-pathfinder-notice' ) ) {
	fail( 'the hostile block, seen by its author, rendered something it should not: ' . $rendered );
}
// As a visitor: no note, and nothing of the hostile values.
wp_set_current_user( 0 );
$visitor = apply_filters( 'the_content', get_post_field( 'post_content', $hostile_post ) );
wp_set_current_user( $author->ID );
wp_reset_postdata();
if ( preg_match( '/javascript:|data:text|onerror|onclick|alert|<img|hit-pathfinder-notice/i', $visitor ) ) {
	fail( 'the hostile block, seen by a visitor, rendered something it should not: ' . $visitor );
}
ok( 'hostile block attributes dropped on render; a visitor gets: ' . trim( $visitor ) );

// Issue #14, hole 2: a stranger's dataset under the school's name, in a block and in shortcodes
// (one with a user part that hides the host). The dataset on the site's own uploads is allowed.
$foreign_content = '<!-- wp:hit-pathfinder/widget {"view":"paths","dataset":"https://evil.example/hit.json"} /-->' . "\n\n"
	. "<!-- wp:shortcode -->\n" . '[hit_pathfinder view="compare" dataset="https://evil.example/hit.json"]' . "\n<!-- /wp:shortcode -->\n\n"
	. "<!-- wp:shortcode -->\n" . '[hit_pathfinder dataset="https://college.example@evil.example/hit.json"]' . "\n<!-- /wp:shortcode -->";
$foreign_post    = publish( 'Career guide (a stranger\'s dataset)', $foreign_content );
$uploads         = wp_upload_dir( null, false );
$own_dataset     = $uploads['baseurl'] . '/hit-pathfinder/school.{lang}.json';
$own_post        = publish( 'Career guide (the school\'s own dataset)', '[hit_pathfinder view="quiz" dataset="' . $own_dataset . '"]' );

// Issue #19: the school's profile. The site's own (in its uploads, where the Media Library puts
// it), and what an Author may type instead: a javascript: address, in a shortcode and in a
// block (kses leaves block attributes' strings alone), and another site's profile.
$own_school     = $uploads['baseurl'] . '/hit-pathfinder/lakeview.json';
$school_content = "<!-- wp:shortcode -->\n" . '[hit_pathfinder view="paths" school="' . $own_school . '"]' . "\n<!-- /wp:shortcode -->\n\n"
	. "<!-- wp:shortcode -->\n" . '[hit_pathfinder view="paths" school="javascript:alert(1)"]' . "\n<!-- /wp:shortcode -->\n\n"
	. '<!-- wp:hit-pathfinder/widget {"view":"paths","school":"javascript:alert(1)"} /-->' . "\n\n"
	. '<!-- wp:hit-pathfinder/widget {"view":"paths","school":"https://evil.example/lakeview.json"} /-->';
$school_post    = publish( 'Career guide (the school\'s profile)', $school_content );
$stored         = get_post_field( 'post_content', $school_post );
if ( 2 !== substr_count( $stored, 'javascript:alert(1)' ) ) {
	fail( 'the Author\'s hostile school values did not survive saving, so the test would prove nothing: ' . $stored );
}
$GLOBALS['post'] = get_post( $school_post );
setup_postdata( $GLOBALS['post'] );
$rendered = apply_filters( 'the_content', $stored );
wp_set_current_user( 0 );
$visitor = apply_filters( 'the_content', $stored );
wp_set_current_user( $author->ID );
wp_reset_postdata();
if ( 3 !== substr_count( $rendered, 'The school profile address was ignored' ) || preg_match( '/javascript:|alert\(/i', $rendered ) ) {
	fail( 'the hostile school values, seen by their author, rendered wrongly: ' . $rendered );
}
if ( preg_match( '/javascript:|alert\(|evil\.example|hit-pathfinder-notice/i', $visitor ) || 1 !== substr_count( $visitor, ' school="' ) ) {
	fail( 'the hostile school values, seen by a visitor, rendered something they should not: ' . $visitor );
}
ok( 'the Author\'s javascript: and foreign school profiles dropped on render; the site\'s own kept' );

// Issue #19, part 3b: widgets that name no school profile, which show the site's own programs
// once an administrator saves them in the settings (served from the REST route).
$site_programs_content = "<!-- wp:shortcode -->\n" . '[hit_pathfinder view="paths"]' . "\n<!-- /wp:shortcode -->\n\n"
	. '<!-- wp:hit-pathfinder/widget {"view":"compare"} /-->';
$site_programs_post    = publish( 'Career guide (the site\'s programs)', $site_programs_content );

// Issue #14, hole 3: half a program link (the test clears the site's defaults first).
$half_post = publish(
	'Career guide (half a program link)',
	'[hit_pathfinder program_url="https://college.example/hit"]' . "\n\n" . '[hit_pathfinder program_url="javascript:alert(1)" program_name="Our program"]'
);

echo wp_json_encode(
	array(
		'foreign'     => get_permalink( $foreign_post ),
		'ownDataset'  => get_permalink( $own_post ),
		'ownDatasetUrl' => $own_dataset,
		'school'      => get_permalink( $school_post ),
		'sitePrograms' => get_permalink( $site_programs_post ),
		'schoolRoute' => rest_url( 'hit-pathfinder/v1/school' ),
		'ownSchoolUrl' => $own_school,
		'half'        => get_permalink( $half_post ),
		'shortcode' => get_permalink( $shortcode_post ),
		'block'     => get_permalink( $block_post ),
		'hostile'   => get_permalink( $hostile_post ),
		'blockId'   => $block_post,
	)
), "\n";
