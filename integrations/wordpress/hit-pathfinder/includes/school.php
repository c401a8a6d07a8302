<?php
/**
 * The school's profile kept by the site (issue #19): written with the form on the settings
 * page, stored in an option of this site (each site of a multisite its own), checked and
 * re-encoded on save, and served to every visitor from a public address (the REST route
 * GET /wp-json/hit-pathfinder/v1/school), which widgets use by default.
 *
 * Only a user who may manage this site's options (`manage_options`) writes it: through the
 * settings page (options.php checks that capability and the form's nonce), and the option's
 * sanitising callback checks it again for every other way of saving it. The route has no
 * method that writes.
 *
 * @package HIT_Pathfinder
 */

if ( ! defined( 'ABSPATH' ) ) {
	exit;
}

/** The option that holds the profile: array( 'json' => string, 'modified' => int, 'use' => bool ). */
const HIT_PATHFINDER_SCHOOL_OPTION = 'hit_pathfinder_school_profile';

/** The largest profile kept, in bytes of JSON. */
const HIT_PATHFINDER_SCHOOL_MAX_BYTES = 262144;

/** The REST namespace and route that serve the profile. */
const HIT_PATHFINDER_REST_NAMESPACE = 'hit-pathfinder/v1';
const HIT_PATHFINDER_SCHOOL_ROUTE   = '/school';

/** How long browsers and caches may keep the served profile without asking again, in seconds. */
const HIT_PATHFINDER_SCHOOL_MAX_AGE = 300;

/** How deep a profile's JSON may nest (the format needs 4 levels). */
const HIT_PATHFINDER_SCHOOL_MAX_DEPTH = 32;

/**
 * The stored profile, as saved (its JSON is not decoded here; the route checks it again
 * before serving it).
 *
 * @return array{json: string, modified: int, use: bool} `json` is '' when there is none.
 */
function hit_pathfinder_school_profile() {
	$saved = get_option( HIT_PATHFINDER_SCHOOL_OPTION, array() );
	$saved = is_array( $saved ) ? $saved : array();
	return array(
		'json'     => isset( $saved['json'] ) && is_string( $saved['json'] ) ? $saved['json'] : '',
		'modified' => isset( $saved['modified'] ) && is_int( $saved['modified'] ) && $saved['modified'] > 0 ? $saved['modified'] : 0,
		'use'      => ! isset( $saved['use'] ) || false !== $saved['use'],
	);
}

/**
 * Checks a profile's JSON as cheaply as is useful here (the widget checks the rest, against
 * the dataset, and names what it cannot use): valid JSON, an object, at most 256 KB, schema
 * version 1, a name, a list of programs, each an object, and every `url` anywhere in it a full
 * http(s) address. Returns the profile re-encoded with wp_json_encode() (no `<`, `>` or `&`
 * left as such), never the text as given.
 *
 * @param mixed $text The profile's JSON.
 * @return array{json: string, error: string} `json` '' with `error` '' for no profile; with
 *     an error, `json` is ''.
 */
function hit_pathfinder_check_school_profile( $text ) {
	$refuse = static function ( $error ) {
		return array(
			'json'  => '',
			'error' => $error,
		);
	};
	if ( ! is_string( $text ) ) {
		return $refuse( __( 'Your school\'s programs were not saved: the profile is not text.', 'hit-pathfinder' ) );
	}
	// A byte-order mark, as some editors write it, and spaces around.
	$text = trim( preg_replace( '/^\xEF\xBB\xBF/', '', $text ) );
	if ( '' === $text ) {
		return array(
			'json'  => '',
			'error' => '',
		);
	}
	$too_big = __( 'Your school\'s programs were not saved: the profile is larger than 256 KB.', 'hit-pathfinder' );
	if ( strlen( $text ) > HIT_PATHFINDER_SCHOOL_MAX_BYTES ) {
		return $refuse( $too_big );
	}
	$data = json_decode( $text, false, HIT_PATHFINDER_SCHOOL_MAX_DEPTH );
	if ( JSON_ERROR_NONE !== json_last_error() ) {
		return $refuse( __( 'Your school\'s programs were not saved: the profile is not valid JSON.', 'hit-pathfinder' ) );
	}
	if ( ! is_object( $data ) ) {
		return $refuse( __( 'Your school\'s programs were not saved: the profile must be a JSON object ({ ... }).', 'hit-pathfinder' ) );
	}
	if ( ! isset( $data->schema_version ) || 1 !== $data->schema_version ) {
		return $refuse( __( 'Your school\'s programs were not saved: the profile\'s schema_version must be 1.', 'hit-pathfinder' ) );
	}
	if ( ! isset( $data->name ) || ! is_string( $data->name ) || '' === trim( $data->name ) ) {
		return $refuse( __( 'Your school\'s programs were not saved: the profile has no school name (name).', 'hit-pathfinder' ) );
	}
	if ( ! isset( $data->programs ) || ! is_array( $data->programs ) ) {
		return $refuse( __( 'Your school\'s programs were not saved: the profile\'s programs must be a list ([ ... ]).', 'hit-pathfinder' ) );
	}
	foreach ( $data->programs as $index => $program ) {
		if ( ! is_object( $program ) ) {
			return $refuse(
				sprintf(
					/* translators: %s: the program's place in the profile, for example programs[2]. */
					__( 'Your school\'s programs were not saved: the program at %s must be a JSON object ({ ... }).', 'hit-pathfinder' ),
					'programs[' . $index . ']'
				)
			);
		}
	}
	$bad_url = hit_pathfinder_school_bad_url( $data, '' );
	if ( null !== $bad_url ) {
		return $refuse(
			sprintf(
				/* translators: %s: the link's place in the profile, for example programs[0].url. */
				__( 'Your school\'s programs were not saved: the link at %s must be a full address starting with https:// (or http://).', 'hit-pathfinder' ),
				hit_pathfinder_quote( $bad_url )
			)
		);
	}
	$json = wp_json_encode( $data, JSON_UNESCAPED_SLASHES | JSON_UNESCAPED_UNICODE | JSON_HEX_TAG | JSON_HEX_AMP );
	if ( ! is_string( $json ) ) {
		return $refuse( __( 'Your school\'s programs were not saved: the profile is not valid JSON.', 'hit-pathfinder' ) );
	}
	if ( strlen( $json ) > HIT_PATHFINDER_SCHOOL_MAX_BYTES ) {
		return $refuse( $too_big );
	}
	return array(
		'json'  => $json,
		'error' => '',
	);
}

/**
 * The place of the first `url` in a decoded profile (at any depth) that is not a full http(s)
 * address, or null when every one is.
 *
 * @param mixed  $value A decoded JSON value.
 * @param string $path  Its place ('' for the whole profile).
 * @return string|null
 */
function hit_pathfinder_school_bad_url( $value, $path ) {
	if ( is_object( $value ) ) {
		foreach ( get_object_vars( $value ) as $key => $item ) {
			$place = '' === $path ? (string) $key : $path . '.' . $key;
			if ( 'url' === $key && ( ! is_string( $item ) || '' === hit_pathfinder_sanitize_url( $item ) ) ) {
				return $place;
			}
			$found = hit_pathfinder_school_bad_url( $item, $place );
			if ( null !== $found ) {
				return $found;
			}
		}
	} elseif ( is_array( $value ) ) {
		foreach ( $value as $index => $item ) {
			$found = hit_pathfinder_school_bad_url( $item, $path . '[' . $index . ']' );
			if ( null !== $found ) {
				return $found;
			}
		}
	}
	return null;
}

/**
 * Whether the current user may change this site's profile: who may manage its options (on a
 * multisite, that site's administrators and the super admins), or WP-CLI.
 *
 * @return bool
 */
function hit_pathfinder_user_may_set_school() {
	return current_user_can( 'manage_options' ) || ( defined( 'WP_CLI' ) && WP_CLI );
}

/**
 * Validates the profile as saved from the settings page (`json`: the form's JSON, `use`:
 * whether widgets use it by default, `delete`: remove it). A profile that is not valid is not
 * saved: the previous one stays, and the page says why. The JSON stored is the re-encoded
 * one; `modified` changes only when it does.
 *
 * @param mixed $input The submitted values (a string is taken as the JSON).
 * @return array{json: string, modified: int, use: bool}
 */
function hit_pathfinder_sanitize_school_profile( $input ) {
	$previous = hit_pathfinder_school_profile();
	if ( is_string( $input ) ) {
		$input = array( 'json' => $input );
	}
	if ( ! is_array( $input ) ) {
		return $previous;
	}
	if ( ! hit_pathfinder_user_may_set_school() ) {
		hit_pathfinder_settings_error(
			HIT_PATHFINDER_SCHOOL_OPTION,
			'hit-pathfinder-school-capability',
			__( 'Your school\'s programs were not saved: only an administrator of this site may change them.', 'hit-pathfinder' )
		);
		return $previous;
	}
	$stored = $previous;
	if ( isset( $input['use'] ) ) {
		$stored['use'] = in_array( $input['use'], array( true, 1, '1', 'on' ), true );
	}
	if ( ! empty( $input['delete'] ) ) {
		$stored['json']     = '';
		$stored['modified'] = 0;
		return $stored;
	}
	if ( ! array_key_exists( 'json', $input ) ) {
		return $stored;
	}
	$checked = hit_pathfinder_check_school_profile( $input['json'] );
	if ( '' !== $checked['error'] ) {
		hit_pathfinder_settings_error( HIT_PATHFINDER_SCHOOL_OPTION, 'hit-pathfinder-school-profile', $checked['error'] );
		return $stored;
	}
	if ( $checked['json'] !== $previous['json'] ) {
		$stored['json']     = $checked['json'];
		$stored['modified'] = '' === $checked['json'] ? 0 : time();
	}
	return $stored;
}

/**
 * Registers the profile's option and its sanitising callback (with the settings, on init, so
 * that every way of saving it is checked).
 */
function hit_pathfinder_register_school_setting() {
	register_setting(
		'hit_pathfinder',
		HIT_PATHFINDER_SCHOOL_OPTION,
		array(
			'type'              => 'array',
			'sanitize_callback' => 'hit_pathfinder_sanitize_school_profile',
			'default'           => array(),
			'show_in_rest'      => false,
		)
	);
}

/**
 * The public address of this site's profile ('' when it has none, or when widgets are not to
 * use it): the REST route, on this site's own origin.
 *
 * @return string
 */
function hit_pathfinder_served_school_url() {
	$profile = hit_pathfinder_school_profile();
	if ( '' === $profile['json'] || ! $profile['use'] ) {
		return '';
	}
	return hit_pathfinder_school_route_url();
}

/**
 * The address of the route that serves this site's profile (whether or not there is one).
 *
 * @return string
 */
function hit_pathfinder_school_route_url() {
	return hit_pathfinder_sanitize_url( rest_url( HIT_PATHFINDER_REST_NAMESPACE . HIT_PATHFINDER_SCHOOL_ROUTE ) );
}

/**
 * The school profile widgets use when a block or shortcode names none: the address in the
 * settings (on an allowed origin), else the profile this site serves, else none ('').
 *
 * @return string
 */
function hit_pathfinder_default_school() {
	$settings = hit_pathfinder_get_settings();
	if ( '' !== $settings['school'] && hit_pathfinder_dataset_allowed( $settings['school'] ) ) {
		return $settings['school'];
	}
	return hit_pathfinder_served_school_url();
}

/**
 * Registers GET /wp-json/hit-pathfinder/v1/school: readable by anyone (the profile is what
 * every visitor's widget shows), with no method that writes.
 */
function hit_pathfinder_register_rest_routes() {
	register_rest_route(
		HIT_PATHFINDER_REST_NAMESPACE,
		HIT_PATHFINDER_SCHOOL_ROUTE,
		array(
			'methods'             => 'GET',
			'callback'            => 'hit_pathfinder_rest_school',
			'permission_callback' => '__return_true',
			'args'                => array(),
		)
	);
}

/**
 * The profile as served: its JSON (checked and re-encoded again, whatever the database holds)
 * and its validators, or null when this site has none.
 *
 * @return array{body: string, etag: string, modified: int}|null
 */
function hit_pathfinder_served_school() {
	$profile = hit_pathfinder_school_profile();
	if ( '' === $profile['json'] ) {
		return null;
	}
	$checked = hit_pathfinder_check_school_profile( $profile['json'] );
	if ( '' !== $checked['error'] || '' === $checked['json'] ) {
		return null;
	}
	return array(
		'body'     => $checked['json'],
		'etag'     => '"' . substr( hash( 'sha256', $checked['json'] ), 0, 32 ) . '"',
		'modified' => $profile['modified'],
	);
}

/**
 * Answers GET /wp-json/hit-pathfinder/v1/school: 200 with the profile, 304 when the browser's
 * copy is current (If-None-Match, else If-Modified-Since), 404 when there is none. The body is
 * sent by hit_pathfinder_serve_school() exactly as stored; the response's data (for a request
 * made inside WordPress, rest_do_request()) is the decoded profile.
 *
 * @param WP_REST_Request $request The request.
 * @return WP_REST_Response|WP_Error
 */
function hit_pathfinder_rest_school( $request ) {
	// `_fields` filters arrays of fields, which a profile is not.
	unset( $request['_fields'] );
	$served = hit_pathfinder_served_school();
	if ( null === $served ) {
		return new WP_Error(
			'hit_pathfinder_no_school_profile',
			__( 'This site has no school profile.', 'hit-pathfinder' ),
			array( 'status' => 404 )
		);
	}
	$headers = array(
		'Content-Type'           => 'application/json; charset=utf-8',
		'X-Content-Type-Options' => 'nosniff',
		'Cache-Control'          => 'public, max-age=' . HIT_PATHFINDER_SCHOOL_MAX_AGE,
		'ETag'                   => $served['etag'],
	);
	if ( $served['modified'] > 0 ) {
		$headers['Last-Modified'] = gmdate( 'D, d M Y H:i:s', $served['modified'] ) . ' GMT';
	}
	if ( hit_pathfinder_school_not_modified( $request, $served ) ) {
		return new WP_REST_Response( null, 304, $headers );
	}
	return new WP_REST_Response( json_decode( $served['body'], true ), 200, $headers );
}

/**
 * Whether the browser's copy of the profile is current: its If-None-Match names the profile's
 * ETag (or *), or, without If-None-Match, its If-Modified-Since is not before the profile was
 * saved.
 *
 * @param WP_REST_Request $request The request.
 * @param array           $served  From hit_pathfinder_served_school().
 * @return bool
 */
function hit_pathfinder_school_not_modified( $request, $served ) {
	$none_match = $request->get_header( 'if_none_match' );
	if ( is_string( $none_match ) && '' !== trim( $none_match ) ) {
		foreach ( explode( ',', $none_match ) as $tag ) {
			$tag = trim( $tag );
			if ( '*' === $tag || preg_replace( '#^W/#', '', $tag ) === $served['etag'] ) {
				return true;
			}
		}
		return false;
	}
	$since = $request->get_header( 'if_modified_since' );
	if ( is_string( $since ) && '' !== $since && $served['modified'] > 0 ) {
		$time = strtotime( $since );
		return false !== $time && $time >= $served['modified'];
	}
	return false;
}

/**
 * Sends the profile's JSON exactly as stored (the REST server would encode its data again,
 * with other options), or nothing for a 304. Other routes, and errors, are left to the server.
 * The route's answer is the same for every visitor, so WordPress's no-cache headers for a
 * logged-in visitor are not sent after it.
 *
 * @param bool             $served  Whether the request was served already.
 * @param WP_HTTP_Response $result  The response.
 * @param WP_REST_Request  $request The request.
 * @return bool
 */
function hit_pathfinder_serve_school( $served, $result, $request ) {
	if ( $served || ! $request instanceof WP_REST_Request || ! $result instanceof WP_HTTP_Response
		|| '/' . HIT_PATHFINDER_REST_NAMESPACE . HIT_PATHFINDER_SCHOOL_ROUTE !== $request->get_route()
		|| 'GET' !== $request->get_method() ) {
		return $served;
	}
	$status = $result->get_status();
	if ( 304 !== $status && 200 !== $status ) {
		return $served;
	}
	add_filter( 'rest_send_nocache_headers', '__return_false', 100 );
	if ( 200 === $status ) {
		$school = hit_pathfinder_served_school();
		if ( null === $school ) {
			return $served;
		}
		echo $school['body']; // phpcs:ignore WordPress.Security.EscapeOutput.OutputNotEscaped -- JSON re-encoded by hit_pathfinder_check_school_profile() (no <, > or &), sent as application/json with nosniff.
	}
	return true;
}

/**
 * Introduces the settings page's "Your school's programs" and holds its form: the container
 * the widget's profile form (school-form.js, mounted by admin/settings.js) fills, a live
 * preview of the widget beside it, and the hidden field the settings form posts, which that
 * script keeps in step with the form. Everything the script needs is in data- attributes.
 */
function hit_pathfinder_school_section() {
	$profile  = hit_pathfinder_school_profile();
	$settings = hit_pathfinder_get_settings();
	$lang     = hit_pathfinder_site_lang();
	$locale   = HIT_PATHFINDER_LOCALES[ $lang ];
	// The dataset the profile overlays: the site's default (in the form's language), else the
	// widget's own.
	$dataset      = '' !== $settings['dataset'] && hit_pathfinder_dataset_allowed( $settings['dataset'] ) ? $settings['dataset'] : '';
	$dataset_url  = '' !== $dataset
		? str_replace( array( '{lang}', '%7Blang%7D' ), $locale, $dataset )
		: hit_pathfinder_widget_base_url() . 'data/hit-pathfinder.' . $locale . '.json';
	$words        = hit_pathfinder_fallback_words( $lang );

	echo '<p>' . esc_html__( 'Enter your school\'s programs and the career paths they lead to in this form: there is no file to write or upload. Widgets that name no other school profile show them on each career path, in the quiz\'s results and in the comparison. A school profile address (in the defaults above, or in a block or shortcode) wins over them.', 'hit-pathfinder' ) . '</p>';
	echo '<p>' . sprintf(
		/* translators: %s: the address, for example https://college.example/wp-json/hit-pathfinder/v1/school */
		esc_html__( 'Visitors\' browsers read them from this site, at %s.', 'hit-pathfinder' ),
		'<code>' . esc_html( hit_pathfinder_school_route_url() ) . '</code>'
	) . '</p>';
	echo '<div class="hit-pathfinder-programs" id="hit-pathfinder-programs" data-form="' . esc_url( hit_pathfinder_school_form_url() )
		. '" data-lang="' . esc_attr( $lang ) . '" data-dataset="' . esc_url( $dataset_url, array( 'http', 'https' ) ) . '">';
	echo '<div class="hit-pathfinder-programs-form" id="hit-pathfinder-programs-form">'
		. '<p class="hit-pathfinder-programs-loading">' . esc_html__( 'Loading the form…', 'hit-pathfinder' ) . '</p>'
		. '<noscript><p>' . esc_html__( 'The form for your programs needs JavaScript.', 'hit-pathfinder' ) . '</p></noscript>'
		. '<p class="hit-pathfinder-programs-failed" hidden>' . esc_html__( 'The form for your programs could not be loaded: check that the widget\'s files (school-form.js beside hit-pathfinder.js) are where "Load the widget files from" says.', 'hit-pathfinder' ) . '</p>'
		. '</div>';
	echo '<div class="hit-pathfinder-programs-preview" role="region" aria-labelledby="hit-pathfinder-programs-preview-heading">'
		. '<h3 id="hit-pathfinder-programs-preview-heading">' . esc_html__( 'Preview', 'hit-pathfinder' ) . '</h3>'
		. '<p class="description">' . esc_html__( 'The guide as visitors will see it with these programs, before you save them.', 'hit-pathfinder' ) . '</p>'
		. '<hit-pathfinder view="paths" lang="' . esc_attr( $lang ) . '"'
		. ( '' !== $dataset ? ' dataset="' . esc_url( $dataset, array( 'http', 'https' ) ) . '"' : '' )
		. '><p>' . esc_html( $words['guide'] ) . '</p></hit-pathfinder>'
		. '</div>';
	echo '</div>';
	// What the settings form saves: the profile's JSON, as the form makes it (as stored until
	// the form changes).
	echo '<textarea hidden id="hit-pathfinder-programs-json" name="' . esc_attr( HIT_PATHFINDER_SCHOOL_OPTION ) . '[json]">'
		. esc_textarea( $profile['json'] ) . '</textarea>';
}

/**
 * Prints the "Show on pages" checkbox: whether widgets that name no other profile use this one.
 */
function hit_pathfinder_render_school_use_field() {
	$profile = hit_pathfinder_school_profile();
	$name    = HIT_PATHFINDER_SCHOOL_OPTION . '[use]';
	// Unticked, the box posts nothing: the hidden field says so.
	echo '<input type="hidden" name="' . esc_attr( $name ) . '" value="0" />';
	echo '<label><input type="checkbox" id="hit-pathfinder-programs-use" name="' . esc_attr( $name ) . '" value="1" aria-describedby="hit-pathfinder-programs-use-help"'
		. ( $profile['use'] ? ' checked="checked"' : '' ) . ' /> '
		. esc_html__( 'Show these programs in widgets that name no other school profile', 'hit-pathfinder' ) . '</label>';
	echo '<p class="description" id="hit-pathfinder-programs-use-help">'
		. esc_html__( 'Untick to stop showing them without deleting them. To delete them, empty the form (no school name, no programs) and save.', 'hit-pathfinder' ) . '</p>';
}

/**
 * The address of the profile form (school-form.js in the widget's folder), with the widget's
 * release as its ?v=, as the widget's own files are asked for. The settings page enqueues it
 * and admin/settings.js imports it at this same address, so it runs once.
 *
 * @return string
 */
function hit_pathfinder_school_form_url() {
	return hit_pathfinder_widget_base_url() . 'school-form.js?v=' . rawurlencode( hit_pathfinder_asset_version() );
}

/**
 * Enqueues, on the plugin's settings page only and for whoever may change it, the profile
 * form (its module, which imports its words module and the widget's element script; its
 * stylesheet) and the page's own script and styles.
 *
 * @param string $hook_suffix The admin page's hook.
 */
function hit_pathfinder_enqueue_settings_assets( $hook_suffix ) {
	if ( 'settings_page_hit-pathfinder' !== $hook_suffix || ! current_user_can( 'manage_options' ) ) {
		return;
	}
	$version = hit_pathfinder_asset_version();
	wp_enqueue_style( 'hit-pathfinder-school-form', hit_pathfinder_widget_base_url() . 'school-form.css', array(), $version );
	wp_enqueue_style( 'hit-pathfinder-settings', plugins_url( 'admin/settings.css', HIT_PATHFINDER_FILE ), array( 'hit-pathfinder-school-form' ), $version );
	// The form's address carries its version already (?v=), exactly as the page's script imports it.
	hit_pathfinder_enqueue_module( 'hit-pathfinder-school-form', hit_pathfinder_school_form_url(), null );
	hit_pathfinder_enqueue_module( 'hit-pathfinder-settings', plugins_url( 'admin/settings.js', HIT_PATHFINDER_FILE ), $version );
}
