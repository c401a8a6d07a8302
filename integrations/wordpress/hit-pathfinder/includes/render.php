<?php
/**
 * Validating the widget's options and rendering the <hit-pathfinder> element: one code path
 * for the shortcode, the block (on the page and in the editor's preview) and the settings.
 *
 * Every value is validated here, as it comes in, and escaped again as it goes out: an option
 * that is not valid is dropped (an editor who can change the post sees a note saying so) and
 * never rendered.
 *
 * @package HIT_Pathfinder
 */

if ( ! defined( 'ABSPATH' ) ) {
	exit;
}

/** The views the widget can open with. */
const HIT_PATHFINDER_VIEWS = array( 'quiz', 'paths', 'compare' );

/** The languages the widget speaks (one per folder of its locales/; tests/languages.rs checks). */
const HIT_PATHFINDER_LANGS = array( 'en', 'es' );

/** Each language's locale: the tag of its default dataset (data/hit-pathfinder.<tag>.json). */
const HIT_PATHFINDER_LOCALES = array(
	'en' => 'en-US',
	'es' => 'es-US',
);

/** The widget's colour themes ('auto' follows the visitor's system setting). */
const HIT_PATHFINDER_THEMES = array( 'light', 'dark', 'auto' );

/**
 * The states a widget may show pay for beside the national figures: the USPS codes of the 50
 * states and DC, in the order of their English names (the widget's src/core/region.rs).
 */
const HIT_PATHFINDER_REGIONS = array(
	'AL', 'AK', 'AZ', 'AR', 'CA', 'CO', 'CT', 'DE', 'DC', 'FL', 'GA', 'HI', 'ID', 'IL', 'IN', 'IA',
	'KS', 'KY', 'LA', 'ME', 'MD', 'MA', 'MI', 'MN', 'MS', 'MO', 'MT', 'NE', 'NV', 'NH', 'NJ', 'NM',
	'NY', 'NC', 'ND', 'OH', 'OK', 'OR', 'PA', 'RI', 'SC', 'SD', 'TN', 'TX', 'UT', 'VT', 'VA', 'WA',
	'WV', 'WI', 'WY'
);

/** The longest address or program name kept. */
const HIT_PATHFINDER_MAX_URL = 2048;
const HIT_PATHFINDER_MAX_NAME = 200;

/**
 * The words of the fallback content, which shows until the widget has loaded (and stays
 * if it cannot), in the widget's language rather than the site's.
 *
 * @param string $lang 'en' or 'es'.
 * @return array{link: string, guide: string}
 */
function hit_pathfinder_fallback_words( $lang ) {
	if ( 'es' === $lang ) {
		return array(
			'link'  => 'Conozca nuestro programa de Tecnología de la Información de Salud',
			'guide' => 'Guía de carreras en Tecnología de la Información de Salud',
		);
	}
	return array(
		'link'  => 'Explore our Health Information Technology program',
		'guide' => 'Health Information Technology career guide',
	);
}

/**
 * Decodes HTML entities once, so that a value is validated as the browser will read it
 * (`javascript&#58;` is `javascript:`), and escaped once on output.
 *
 * @param mixed $value Raw value.
 * @return string
 */
function hit_pathfinder_decode( $value ) {
	if ( ! is_scalar( $value ) ) {
		return '';
	}
	$text = html_entity_decode( (string) $value, ENT_QUOTES | ENT_HTML5, 'UTF-8' );
	// Not valid UTF-8: nothing of it is kept.
	if ( ! preg_match( '//u', $text ) ) {
		return '';
	}
	return $text;
}

/**
 * An absolute http: or https: address, or '' for anything else (javascript:, data:,
 * relative or malformed addresses, control characters).
 *
 * @param mixed $value Raw value.
 * @return string The address, ready for esc_url() on output.
 */
function hit_pathfinder_sanitize_url( $value ) {
	$url = hit_pathfinder_decode( $value );
	// Browsers drop tabs and newlines anywhere in an address ("java\nscript:" runs) and
	// spaces and control characters at its ends: read it the same way.
	$url = str_replace( array( "\t", "\n", "\r" ), '', $url );
	$url = trim( $url, "\x00..\x20\x7F" );
	if ( '' === $url || strlen( $url ) > HIT_PATHFINDER_MAX_URL ) {
		return '';
	}
	if ( preg_match( '/[\x00-\x1F\x7F]/', $url ) ) {
		return '';
	}
	// A backslash is a slash to a browser but not to PHP: the two would read another host.
	if ( false !== strpos( $url, '\\' ) ) {
		return '';
	}
	if ( ! preg_match( '#^https?://[^/?\#\\\\\s]#i', $url ) ) {
		return '';
	}
	// No user or password part: "https://college.edu@evil.example/" goes to evil.example.
	if ( preg_match( '#^https?://[^/?\#]*@#i', $url ) ) {
		return '';
	}
	$parts = wp_parse_url( $url );
	if ( ! is_array( $parts ) || empty( $parts['host'] ) || empty( $parts['scheme'] )
		|| isset( $parts['user'] ) || isset( $parts['pass'] )
		|| ! in_array( strtolower( $parts['scheme'] ), array( 'http', 'https' ), true ) ) {
		return '';
	}
	// The widget replaces {lang} in a dataset's address; esc_url_raw() would drop the braces.
	$url = str_ireplace( '{lang}', '%7Blang%7D', $url );
	$clean = esc_url_raw( $url, array( 'http', 'https' ) );
	if ( '' === $clean || ! preg_match( '#^https?://#i', $clean ) ) {
		return '';
	}
	return $clean;
}

/**
 * The origin of an address ("https://college.example", with a port only when it is not the
 * scheme's default), lowercased; '' when the address has no http(s) host.
 *
 * @param string $url An address.
 * @return string
 */
function hit_pathfinder_origin( $url ) {
	$parts = wp_parse_url( trim( (string) $url ) );
	if ( ! is_array( $parts ) || empty( $parts['scheme'] ) || empty( $parts['host'] ) ) {
		return '';
	}
	$scheme = strtolower( $parts['scheme'] );
	if ( ! in_array( $scheme, array( 'http', 'https' ), true ) ) {
		return '';
	}
	$origin = $scheme . '://' . strtolower( $parts['host'] );
	if ( isset( $parts['port'] ) && (int) $parts['port'] !== ( 'https' === $scheme ? 443 : 80 ) ) {
		$origin .= ':' . (int) $parts['port'];
	}
	return $origin;
}

/**
 * The origins a dataset or a school profile may come from: this site's (its home, its
 * WordPress address, its content and uploads folders) and those an administrator with
 * `unfiltered_html` allowed in the settings, then through the `hit_pathfinder_dataset_origins`
 * filter.
 *
 * @return string[]
 */
function hit_pathfinder_dataset_origins() {
	$urls = array();
	foreach ( array( 'home_url', 'site_url', 'content_url' ) as $function ) {
		if ( function_exists( $function ) ) {
			$urls[] = $function( '/' );
		}
	}
	if ( function_exists( 'wp_upload_dir' ) ) {
		$uploads = wp_upload_dir( null, false );
		if ( is_array( $uploads ) && ! empty( $uploads['baseurl'] ) ) {
			$urls[] = $uploads['baseurl'];
		}
	}
	$settings = hit_pathfinder_get_settings();
	foreach ( preg_split( '/\s+/', $settings['dataset_origins'], -1, PREG_SPLIT_NO_EMPTY ) as $origin ) {
		$urls[] = $origin;
	}
	$origins = array();
	foreach ( $urls as $url ) {
		$origin = hit_pathfinder_origin( $url );
		if ( '' !== $origin ) {
			$origins[] = $origin;
		}
	}
	/**
	 * Filters the origins a dataset or a school profile may come from
	 * ("https://data.college.example").
	 *
	 * @param string[] $origins The site's own origins and those allowed in the settings.
	 */
	$origins = apply_filters( 'hit_pathfinder_dataset_origins', array_values( array_unique( $origins ) ) );
	return is_array( $origins ) ? array_map( 'hit_pathfinder_origin', array_filter( $origins, 'is_string' ) ) : array();
}

/**
 * A file's address given to a block or shortcode (a dataset's, a school profile's), or '' when
 * it cannot be used: not a full http(s) address, or on an origin that is not allowed (see
 * hit_pathfinder_dataset_allowed()). Each refusal adds its note for editors to $problems: the
 * address itself is never repeated (it is not shown anywhere, not even as text), only the
 * origin of another site.
 *
 * @param string   $value       The given address.
 * @param string   $not_web     The note when it is not a full http(s) address.
 * @param string   $not_allowed The note when its origin is not allowed (%s: that origin).
 * @param string[] $problems    The notes so far.
 * @return string
 */
function hit_pathfinder_allowed_address( $value, $not_web, $not_allowed, &$problems ) {
	$url = hit_pathfinder_sanitize_url( $value );
	if ( '' === $url ) {
		$problems[] = $not_web;
	} elseif ( ! hit_pathfinder_dataset_allowed( $url ) ) {
		$problems[] = sprintf( $not_allowed, hit_pathfinder_quote( hit_pathfinder_origin( $url ) ) );
		$url        = '';
	}
	return $url;
}

/**
 * Whether a (sanitised) dataset or school profile address is on an allowed origin.
 *
 * @param string $url The address, from hit_pathfinder_sanitize_url().
 * @return bool
 */
function hit_pathfinder_dataset_allowed( $url ) {
	$origin = hit_pathfinder_origin( $url );
	return '' !== $origin && in_array( $origin, hit_pathfinder_dataset_origins(), true );
}

/**
 * A view name from the allowed list, or ''.
 *
 * @param mixed $value Raw value.
 * @return string
 */
function hit_pathfinder_sanitize_view( $value ) {
	$view = strtolower( trim( hit_pathfinder_decode( $value ) ) );
	return in_array( $view, HIT_PATHFINDER_VIEWS, true ) ? $view : '';
}

/**
 * A theme from the allowed list, or ''.
 *
 * @param mixed $value Raw value.
 * @return string 'light', 'dark', 'auto' or ''.
 */
function hit_pathfinder_sanitize_theme( $value ) {
	$theme = strtolower( trim( hit_pathfinder_decode( $value ) ) );
	return in_array( $theme, HIT_PATHFINDER_THEMES, true ) ? $theme : '';
}

/**
 * A language from the allowed list, or ''. Region tags are accepted ("es-US" is "es").
 *
 * @param mixed $value Raw value.
 * @return string
 */
function hit_pathfinder_sanitize_lang( $value ) {
	$lang = strtolower( trim( hit_pathfinder_decode( $value ) ) );
	if ( preg_match( '/^([a-z]{2})(?:[-_][a-z0-9]{2,8})*$/', $lang, $match ) ) {
		$lang = $match[1];
	}
	return in_array( $lang, HIT_PATHFINDER_LANGS, true ) ? $lang : '';
}

/**
 * A state's USPS code from the allowed list, in upper case, or ''. Any case is accepted ("tx"
 * is "TX"), as the widget accepts it.
 *
 * @param mixed $value Raw value.
 * @return string
 */
function hit_pathfinder_sanitize_region( $value ) {
	$region = trim( hit_pathfinder_decode( $value ) );
	if ( ! preg_match( '/^[A-Za-z]{2}$/', $region ) ) {
		return '';
	}
	// ASCII only, whatever the locale (strtoupper() follows it before PHP 8.2).
	$region = strtr( $region, 'abcdefghijklmnopqrstuvwxyz', 'ABCDEFGHIJKLMNOPQRSTUVWXYZ' );
	return in_array( $region, HIT_PATHFINDER_REGIONS, true ) ? $region : '';
}

/**
 * The states of HIT_PATHFINDER_REGIONS by code, with their names in the site's language, in
 * the alphabetical order of those names (for a list to choose from).
 *
 * @return array<string, string>
 */
function hit_pathfinder_region_names() {
	$names = array(
		'AL' => _x( 'Alabama', 'US state', 'hit-pathfinder' ),
		'AK' => _x( 'Alaska', 'US state', 'hit-pathfinder' ),
		'AZ' => _x( 'Arizona', 'US state', 'hit-pathfinder' ),
		'AR' => _x( 'Arkansas', 'US state', 'hit-pathfinder' ),
		'CA' => _x( 'California', 'US state', 'hit-pathfinder' ),
		'CO' => _x( 'Colorado', 'US state', 'hit-pathfinder' ),
		'CT' => _x( 'Connecticut', 'US state', 'hit-pathfinder' ),
		'DE' => _x( 'Delaware', 'US state', 'hit-pathfinder' ),
		'DC' => _x( 'District of Columbia', 'US state', 'hit-pathfinder' ),
		'FL' => _x( 'Florida', 'US state', 'hit-pathfinder' ),
		'GA' => _x( 'Georgia', 'US state', 'hit-pathfinder' ),
		'HI' => _x( 'Hawaii', 'US state', 'hit-pathfinder' ),
		'ID' => _x( 'Idaho', 'US state', 'hit-pathfinder' ),
		'IL' => _x( 'Illinois', 'US state', 'hit-pathfinder' ),
		'IN' => _x( 'Indiana', 'US state', 'hit-pathfinder' ),
		'IA' => _x( 'Iowa', 'US state', 'hit-pathfinder' ),
		'KS' => _x( 'Kansas', 'US state', 'hit-pathfinder' ),
		'KY' => _x( 'Kentucky', 'US state', 'hit-pathfinder' ),
		'LA' => _x( 'Louisiana', 'US state', 'hit-pathfinder' ),
		'ME' => _x( 'Maine', 'US state', 'hit-pathfinder' ),
		'MD' => _x( 'Maryland', 'US state', 'hit-pathfinder' ),
		'MA' => _x( 'Massachusetts', 'US state', 'hit-pathfinder' ),
		'MI' => _x( 'Michigan', 'US state', 'hit-pathfinder' ),
		'MN' => _x( 'Minnesota', 'US state', 'hit-pathfinder' ),
		'MS' => _x( 'Mississippi', 'US state', 'hit-pathfinder' ),
		'MO' => _x( 'Missouri', 'US state', 'hit-pathfinder' ),
		'MT' => _x( 'Montana', 'US state', 'hit-pathfinder' ),
		'NE' => _x( 'Nebraska', 'US state', 'hit-pathfinder' ),
		'NV' => _x( 'Nevada', 'US state', 'hit-pathfinder' ),
		'NH' => _x( 'New Hampshire', 'US state', 'hit-pathfinder' ),
		'NJ' => _x( 'New Jersey', 'US state', 'hit-pathfinder' ),
		'NM' => _x( 'New Mexico', 'US state', 'hit-pathfinder' ),
		'NY' => _x( 'New York', 'US state', 'hit-pathfinder' ),
		'NC' => _x( 'North Carolina', 'US state', 'hit-pathfinder' ),
		'ND' => _x( 'North Dakota', 'US state', 'hit-pathfinder' ),
		'OH' => _x( 'Ohio', 'US state', 'hit-pathfinder' ),
		'OK' => _x( 'Oklahoma', 'US state', 'hit-pathfinder' ),
		'OR' => _x( 'Oregon', 'US state', 'hit-pathfinder' ),
		'PA' => _x( 'Pennsylvania', 'US state', 'hit-pathfinder' ),
		'RI' => _x( 'Rhode Island', 'US state', 'hit-pathfinder' ),
		'SC' => _x( 'South Carolina', 'US state', 'hit-pathfinder' ),
		'SD' => _x( 'South Dakota', 'US state', 'hit-pathfinder' ),
		'TN' => _x( 'Tennessee', 'US state', 'hit-pathfinder' ),
		'TX' => _x( 'Texas', 'US state', 'hit-pathfinder' ),
		'UT' => _x( 'Utah', 'US state', 'hit-pathfinder' ),
		'VT' => _x( 'Vermont', 'US state', 'hit-pathfinder' ),
		'VA' => _x( 'Virginia', 'US state', 'hit-pathfinder' ),
		'WA' => _x( 'Washington', 'US state', 'hit-pathfinder' ),
		'WV' => _x( 'West Virginia', 'US state', 'hit-pathfinder' ),
		'WI' => _x( 'Wisconsin', 'US state', 'hit-pathfinder' ),
		'WY' => _x( 'Wyoming', 'US state', 'hit-pathfinder' ),
	);
	uasort(
		$names,
		static function ( $a, $b ) {
			return strcasecmp( remove_accents( $a ), remove_accents( $b ) );
		}
	);
	return $names;
}

/**
 * Plain text for the program's name: no tags, no line breaks, at most 200 characters.
 *
 * @param mixed $value Raw value.
 * @return string
 */
function hit_pathfinder_sanitize_name( $value ) {
	$name = hit_pathfinder_decode( $value );
	$name = wp_strip_all_tags( $name, true );
	$name = preg_replace( '/[\x00-\x1F\x7F]+/', ' ', $name );
	$name = trim( preg_replace( '/\s+/u', ' ', $name ) );
	if ( function_exists( 'mb_substr' ) ) {
		return mb_substr( $name, 0, HIT_PATHFINDER_MAX_NAME, 'UTF-8' );
	}
	return substr( $name, 0, HIT_PATHFINDER_MAX_NAME );
}

/**
 * Shortens a rejected value for a note, which escapes it.
 *
 * @param mixed $value Raw value.
 * @return string
 */
function hit_pathfinder_quote( $value ) {
	$text = is_scalar( $value ) ? (string) $value : '';
	$text = preg_replace( '/[\x00-\x1F\x7F]+/', ' ', $text );
	if ( function_exists( 'mb_strlen' ) && mb_strlen( $text, 'UTF-8' ) > 60 ) {
		return mb_substr( $text, 0, 60, 'UTF-8' ) . '…';
	}
	return strlen( $text ) > 60 ? substr( $text, 0, 60 ) . '…' : $text;
}

/**
 * Reads the options given to one widget (shortcode attributes or block attributes), fills
 * in the site's defaults and validates everything.
 *
 * Keys may be written program_url, program-url or programUrl.
 *
 * @param array $raw Options as given.
 * @return array{attributes: array<string, string>, problems: string[]} The element's
 *     attributes (by their HTML name, only those that are set) and a note per dropped value.
 */
function hit_pathfinder_prepare( $raw ) {
	$given = array();
	if ( is_array( $raw ) ) {
		foreach ( $raw as $key => $value ) {
			if ( ! is_string( $key ) ) {
				continue;
			}
			$key = strtolower( str_replace( array( '-', '_' ), '', $key ) );
			if ( is_scalar( $value ) ) {
				$given[ $key ] = (string) $value;
			}
		}
	}
	$defaults = hit_pathfinder_get_settings();
	$problems = array();
	$out      = array();

	$has = static function ( $key ) use ( $given ) {
		return isset( $given[ $key ] ) && '' !== trim( $given[ $key ] );
	};

	if ( $has( 'view' ) ) {
		$view = hit_pathfinder_sanitize_view( $given['view'] );
		if ( '' === $view ) {
			$problems[] = sprintf(
				/* translators: 1: the value given, 2: the allowed values. */
				__( 'The view "%1$s" is not one of %2$s, so the widget opens with its default view.', 'hit-pathfinder' ),
				hit_pathfinder_quote( $given['view'] ),
				implode( ', ', HIT_PATHFINDER_VIEWS )
			);
		} else {
			$out['view'] = $view;
		}
	}

	if ( $has( 'theme' ) ) {
		$theme = hit_pathfinder_sanitize_theme( $given['theme'] );
		if ( '' === $theme ) {
			$problems[] = sprintf(
				/* translators: 1: the value given, 2: the allowed values. */
				__( 'The theme "%1$s" is not one of %2$s, so the widget uses its light theme.', 'hit-pathfinder' ),
				hit_pathfinder_quote( $given['theme'] ),
				implode( ', ', HIT_PATHFINDER_THEMES )
			);
		} else {
			$out['theme'] = $theme;
		}
	}

	// The state whose pay shows beside the national figures, else the site's default, else
	// none (national figures only).
	$region = '';
	if ( $has( 'region' ) ) {
		$region = hit_pathfinder_sanitize_region( $given['region'] );
		if ( '' === $region ) {
			$problems[] = '' !== $defaults['region']
				? sprintf(
					/* translators: 1: the value given, 2: a state's name, for example Texas. */
					__( 'The region "%1$s" is not the two-letter code of a US state or DC (for example TX), so the widget shows pay in the site\'s default state, %2$s, beside the national figures.', 'hit-pathfinder' ),
					hit_pathfinder_quote( $given['region'] ),
					hit_pathfinder_region_names()[ $defaults['region'] ]
				)
				: sprintf(
					/* translators: %s: the value given. */
					__( 'The region "%s" is not the two-letter code of a US state or DC (for example TX), so the widget shows national pay figures only.', 'hit-pathfinder' ),
					hit_pathfinder_quote( $given['region'] )
				);
		}
	}
	if ( '' === $region ) {
		$region = $defaults['region'];
	}
	if ( '' !== $region ) {
		$out['region'] = $region;
	}

	$lang = '';
	if ( $has( 'lang' ) ) {
		$lang = hit_pathfinder_sanitize_lang( $given['lang'] );
		if ( '' === $lang ) {
			$problems[] = sprintf(
				/* translators: 1: the value given, 2: the allowed values. */
				__( 'The language "%1$s" is not one of %2$s, so the site\'s default is used.', 'hit-pathfinder' ),
				hit_pathfinder_quote( $given['lang'] ),
				implode( ', ', HIT_PATHFINDER_LANGS )
			);
		}
	}
	if ( '' === $lang ) {
		$lang = $defaults['lang'];
	}
	if ( '' !== $lang ) {
		$out['lang'] = $lang;
	}

	// The dataset: a full address on an allowed origin (this site, its uploads, and the
	// origins an administrator who may post unfiltered HTML added), else the site's default
	// (checked the same way), else the widget's own.
	$dataset = '';
	if ( $has( 'dataset' ) ) {
		$dataset = hit_pathfinder_allowed_address(
			$given['dataset'],
			__( 'The dataset address was ignored: only full http:// or https:// addresses are allowed.', 'hit-pathfinder' ),
			/* translators: %s: the address's origin, for example https://example.com */
			__( 'The dataset address was ignored: datasets may come only from this site or from the addresses an administrator allowed in Settings > HIT Pathfinder, and not from %s.', 'hit-pathfinder' ),
			$problems
		);
	}
	if ( '' === $dataset && '' !== $defaults['dataset'] && hit_pathfinder_dataset_allowed( $defaults['dataset'] ) ) {
		$dataset = $defaults['dataset'];
	}
	if ( '' !== $dataset ) {
		$out['dataset'] = $dataset;
	}

	// The school's profile: its programs are links shown under the school's name, so it is
	// checked as a dataset is (a full address on an allowed origin), else the site's default
	// (the settings' address, checked the same way, else the profile this site serves), else
	// none.
	$school = '';
	if ( $has( 'school' ) ) {
		$school = hit_pathfinder_allowed_address(
			$given['school'],
			__( 'The school profile address was ignored: only full http:// or https:// addresses are allowed.', 'hit-pathfinder' ),
			/* translators: %s: the address's origin, for example https://example.com */
			__( 'The school profile address was ignored: school profiles may come only from this site or from the addresses an administrator allowed in Settings > HIT Pathfinder, and not from %s.', 'hit-pathfinder' ),
			$problems
		);
	}
	if ( '' === $school ) {
		$school = hit_pathfinder_default_school();
	}
	if ( '' !== $school ) {
		$out['school'] = $school;
	}

	// The program link: its address and its words go together, or not at all (the widget
	// refuses one without the other). A link without words gets the fallback link's words.
	$program_url = '';
	if ( $has( 'programurl' ) ) {
		$program_url = hit_pathfinder_sanitize_url( $given['programurl'] );
		if ( '' === $program_url ) {
			$problems[] = __( 'The program link was ignored: only full http:// or https:// addresses are allowed.', 'hit-pathfinder' );
		}
	}
	if ( '' === $program_url ) {
		$program_url = $defaults['program_url'];
	}
	$name = $has( 'programname' ) ? hit_pathfinder_sanitize_name( $given['programname'] ) : '';
	if ( '' === $name ) {
		$name = $defaults['program_name'];
	}
	if ( '' !== $program_url ) {
		if ( '' === $name ) {
			$words = hit_pathfinder_fallback_words( '' !== $lang ? $lang : hit_pathfinder_site_lang() );
			$name  = $words['link'];
		}
		$out['program-url']  = $program_url;
		$out['program-name'] = $name;
	} elseif ( $has( 'programname' ) ) {
		$problems[] = __( 'The program name is not shown: it needs a program link, and there is none.', 'hit-pathfinder' );
	}

	return array(
		'attributes' => $out,
		'problems'   => $problems,
	);
}

/**
 * Whether the current user may see notes about this widget's options: those who can edit
 * the post it is on (or, outside a post, edit posts at all).
 *
 * @return bool
 */
function hit_pathfinder_user_sees_notes() {
	if ( ! function_exists( 'is_user_logged_in' ) || ! is_user_logged_in() ) {
		return false;
	}
	$post_id = function_exists( 'get_the_ID' ) ? get_the_ID() : 0;
	if ( $post_id ) {
		return current_user_can( 'edit_post', $post_id );
	}
	return current_user_can( 'edit_posts' );
}

/**
 * The HTML of one widget: the <hit-pathfinder> element with its attributes and a plain
 * fallback (the program's link) as its light-DOM content. Enqueues the widget's script.
 *
 * @param array $raw Options as given (see hit_pathfinder_prepare()).
 * @return string
 */
function hit_pathfinder_render( $raw ) {
	$prepared = hit_pathfinder_prepare( $raw );
	$attrs    = $prepared['attributes'];

	$html = hit_pathfinder_enqueue_widget( false, $attrs );
	if ( $prepared['problems'] && hit_pathfinder_user_sees_notes() ) {
		$html .= '<div class="hit-pathfinder-notice" role="note"><p><strong>'
			. esc_html__( 'HIT Pathfinder', 'hit-pathfinder' ) . '</strong> '
			. esc_html__( 'Only people who can edit this page see this note.', 'hit-pathfinder' )
			. '</p><ul>';
		foreach ( $prepared['problems'] as $problem ) {
			$html .= '<li>' . esc_html( $problem ) . '</li>';
		}
		$html .= '</ul></div>';
	}

	$html .= '<hit-pathfinder';
	foreach ( array( 'view', 'lang', 'dataset', 'school', 'program-url', 'program-name', 'theme', 'region' ) as $name ) {
		if ( ! isset( $attrs[ $name ] ) ) {
			continue;
		}
		$value = in_array( $name, array( 'dataset', 'school', 'program-url' ), true )
			? esc_url( $attrs[ $name ], array( 'http', 'https' ) )
			: esc_attr( $attrs[ $name ] );
		if ( '' !== $value ) {
			$html .= ' ' . $name . '="' . $value . '"';
		}
	}
	$html .= '>';

	$lang  = isset( $attrs['lang'] ) ? $attrs['lang'] : hit_pathfinder_site_lang();
	$words = hit_pathfinder_fallback_words( $lang );
	if ( isset( $attrs['program-url'] ) ) {
		$text  = isset( $attrs['program-name'] ) ? $attrs['program-name'] : $words['link'];
		$html .= '<a href="' . esc_url( $attrs['program-url'], array( 'http', 'https' ) ) . '">'
			. esc_html( $text ) . '</a>';
	} else {
		$html .= '<p>' . esc_html( $words['guide'] ) . '</p>';
	}
	$html .= '</hit-pathfinder>';
	return $html;
}

/**
 * The site's language when the widget speaks it ('es' for es_MX), else 'en'.
 *
 * @return string
 */
function hit_pathfinder_site_lang() {
	$locale  = function_exists( 'determine_locale' ) ? determine_locale() : get_locale();
	$primary = strtolower( substr( (string) $locale, 0, 2 ) );
	return in_array( $primary, HIT_PATHFINDER_LANGS, true ) ? $primary : 'en';
}

/**
 * The [hit_pathfinder] shortcode.
 *
 * @param array|string $atts Attributes as parsed by WordPress ('' when there are none).
 * @return string
 */
function hit_pathfinder_shortcode( $atts ) {
	$atts  = is_array( $atts ) ? $atts : array();
	$named = array();
	foreach ( $atts as $key => $value ) {
		if ( is_string( $key ) ) {
			$named[ str_replace( '-', '_', strtolower( $key ) ) ] = $value;
		}
	}
	$named = shortcode_atts(
		array(
			'view'         => '',
			'dataset'      => '',
			'school'       => '',
			'program_url'  => '',
			'program_name' => '',
			'lang'         => '',
			'theme'        => '',
			'region'       => '',
		),
		$named,
		'hit_pathfinder'
	);
	return hit_pathfinder_render( $named );
}

/**
 * Whether this request renders the block's preview for the block editor (its
 * ServerSideRender asks the REST API's block renderer).
 *
 * @return bool
 */
function hit_pathfinder_is_editor_preview() {
	if ( ! defined( 'REST_REQUEST' ) || ! REST_REQUEST ) {
		return false;
	}
	$route = isset( $GLOBALS['wp']->query_vars['rest_route'] ) ? (string) $GLOBALS['wp']->query_vars['rest_route'] : '';
	return 0 === strpos( ltrim( $route, '/' ), 'wp/v2/block-renderer/' );
}

/**
 * Renders the block: the same element as the shortcode, in the block's wrapper. In the
 * editor's preview the editor already wraps it (useBlockProps), so there is no second one.
 *
 * @param array $attributes Block attributes.
 * @return string
 */
function hit_pathfinder_render_block( $attributes ) {
	$attributes = is_array( $attributes ) ? $attributes : array();
	if ( hit_pathfinder_is_editor_preview() ) {
		return hit_pathfinder_render( $attributes );
	}
	$wrapper = function_exists( 'get_block_wrapper_attributes' ) ? get_block_wrapper_attributes() : 'class="wp-block-hit-pathfinder-widget"';
	return '<div ' . $wrapper . '>' . hit_pathfinder_render( $attributes ) . '</div>';
}

/**
 * The release of the widget's files, from the build (build-zip.sh writes widget/version.php
 * from the widget's own loader): the one version that busts caches, in the script's ?ver=,
 * the editor's scripts and the preload links (whose ?v= must be the loader's own).
 *
 * @return string
 */
function hit_pathfinder_asset_version() {
	static $version = null;
	if ( null === $version ) {
		$file    = HIT_PATHFINDER_DIR . '/widget/version.php';
		$built   = is_file( $file ) ? include $file : '';
		$version = is_string( $built ) && preg_match( '/^[0-9A-Za-z.+-]{1,40}$/', $built ) ? $built : HIT_PATHFINDER_VERSION;
	}
	return $version;
}

/**
 * Where the widget's files come from when it is not the plugin's own widget/ folder: the
 * HIT_PATHFINDER_WIDGET_BASE_URL constant (wp-config.php), else the address saved in the
 * settings by an administrator who may post unfiltered HTML, then the
 * `hit_pathfinder_widget_base_url` filter. '' for the plugin's own files.
 *
 * Whoever sets this address runs a script on every page with the widget and in wp-admin's
 * block editor, so nobody without `unfiltered_html` may set it.
 *
 * @return string
 */
function hit_pathfinder_custom_widget_base_url() {
	$url = '';
	if ( defined( 'HIT_PATHFINDER_WIDGET_BASE_URL' ) ) {
		$url = hit_pathfinder_sanitize_url( HIT_PATHFINDER_WIDGET_BASE_URL );
	} else {
		$settings = hit_pathfinder_get_settings();
		$url      = $settings['widget_base_url'];
	}
	/**
	 * Filters the address of the folder the widget's files are loaded from ('' for the copy
	 * inside the plugin). Must be a full http(s) address.
	 *
	 * @param string $url The address from the constant or the settings, or ''.
	 */
	$url = apply_filters( 'hit_pathfinder_widget_base_url', $url );
	return is_string( $url ) ? hit_pathfinder_sanitize_url( $url ) : '';
}

/**
 * The address of the folder the widget's files are loaded from, ending in a slash.
 *
 * @return string
 */
function hit_pathfinder_widget_base_url() {
	$custom = hit_pathfinder_custom_widget_base_url();
	if ( '' !== $custom ) {
		return trailingslashit( $custom );
	}
	return plugins_url( 'widget/', HIT_PATHFINDER_FILE );
}

/**
 * The address of the widget's element script (hit-pathfinder.js).
 *
 * @return string
 */
function hit_pathfinder_widget_script_url() {
	return hit_pathfinder_widget_base_url() . 'hit-pathfinder.js';
}

/**
 * The preload links for a widget, so that the browser fetches the widget's glue, its
 * WebAssembly, its dataset and the school's profile at once, while it reads the page, instead
 * of one after the other once the footer's script runs. The addresses are exactly those the
 * widget's loader asks for (hit-pathfinder.js: its ?v= on its own files; the dataset as the
 * widget resolves it, `{lang}` replaced by the widget's language; the profile as it is), and
 * the mode (crossorigin, without cookies) that of its fetches, or the browser would download
 * them twice.
 *
 * @param array<string, string> $attrs The element's attributes (from hit_pathfinder_prepare()).
 * @return array<string, string> Link tags by address.
 */
function hit_pathfinder_preload_links( $attrs ) {
	$base    = hit_pathfinder_widget_base_url();
	$version = rawurlencode( hit_pathfinder_asset_version() );
	$links   = array();

	$glue           = $base . 'hit_pathfinder.js?v=' . $version;
	$links[ $glue ] = '<link rel="modulepreload" href="' . esc_url( $glue ) . '">';
	$wasm           = $base . 'hit_pathfinder_bg.wasm?v=' . $version;
	$links[ $wasm ] = '<link rel="preload" href="' . esc_url( $wasm ) . '" as="fetch" crossorigin>';
	// The widget's language as the widget chooses it: the element's, else the page's (which
	// WordPress sets from the site's language).
	$lang   = isset( $attrs['lang'] ) ? $attrs['lang'] : hit_pathfinder_site_lang();
	$locale = isset( HIT_PATHFINDER_LOCALES[ $lang ] ) ? HIT_PATHFINDER_LOCALES[ $lang ] : 'en-US';
	if ( isset( $attrs['dataset'] ) ) {
		$data = str_replace( array( '{lang}', '%7Blang%7D' ), $locale, $attrs['dataset'] );
	} else {
		$data = $base . 'data/hit-pathfinder.' . $locale . '.json';
	}
	$links[ $data ] = '<link rel="preload" href="' . esc_url( $data, array( 'http', 'https' ) ) . '" as="fetch" crossorigin>';
	if ( isset( $attrs['school'] ) ) {
		$school           = $attrs['school'];
		$links[ $school ] = '<link rel="preload" href="' . esc_url( $school, array( 'http', 'https' ) ) . '" as="fetch" crossorigin>';
	}

	/**
	 * Filters the preload links printed before the first widget of a page (and before a later
	 * widget that needs another dataset or school profile). Return an empty array for none.
	 *
	 * @param array<string, string> $links Link tags by the address they preload.
	 * @param array<string, string> $attrs The widget's attributes.
	 */
	$links = apply_filters( 'hit_pathfinder_preload_links', $links, $attrs );
	return is_array( $links ) ? $links : array();
}

/**
 * Enqueues the widget's module script, once per page (WordPress prints it only on pages
 * where a shortcode or block asked for it), and returns the preload links this widget needs
 * that the page does not have yet.
 *
 * @param bool  $reset Forget what was enqueued and preloaded (for tests).
 * @param array $attrs The element's attributes.
 * @return string Preload links to print before the element ('' in the editor's preview).
 */
function hit_pathfinder_enqueue_widget( $reset = false, $attrs = array() ) {
	static $done      = false;
	static $preloaded = array();
	if ( $reset ) {
		$done      = false;
		$preloaded = array();
		return '';
	}
	if ( ! $done ) {
		$done = true;
		hit_pathfinder_enqueue_module( 'hit-pathfinder', hit_pathfinder_widget_script_url(), hit_pathfinder_asset_version() );
	}
	// Not in the editor's preview (the canvas loads the widget itself), nor in a feed.
	if ( hit_pathfinder_is_editor_preview() || ( function_exists( 'is_feed' ) && is_feed() ) ) {
		return '';
	}
	$html = '';
	foreach ( hit_pathfinder_preload_links( is_array( $attrs ) ? $attrs : array() ) as $url => $link ) {
		if ( ! isset( $preloaded[ $url ] ) ) {
			$preloaded[ $url ] = true;
			$html             .= $link;
		}
	}
	return $html;
}

/**
 * Enqueues a module script: with the script-module API (WordPress 6.5+), else as a script in
 * the footer that hit_pathfinder_module_tag() makes a module.
 *
 * @param string      $handle  One of hit_pathfinder_module_handles().
 * @param string      $src     Its address.
 * @param string|null $version Its version (?ver=), or null for none.
 */
function hit_pathfinder_enqueue_module( $handle, $src, $version ) {
	if ( function_exists( 'wp_enqueue_script_module' ) ) {
		wp_enqueue_script_module( $handle, $src, array(), $version );
		return;
	}
	wp_enqueue_script( $handle, $src, array(), $version, true );
	if ( false === has_filter( 'script_loader_tag', 'hit_pathfinder_module_tag' ) ) {
		add_filter( 'script_loader_tag', 'hit_pathfinder_module_tag', 10, 2 );
	}
}

/**
 * The handles of the plugin's module scripts: the widget's element script, the profile form
 * and the settings page's script.
 *
 * @return string[]
 */
function hit_pathfinder_module_handles() {
	return array( 'hit-pathfinder', 'hit-pathfinder-school-form', 'hit-pathfinder-settings' );
}

/**
 * Makes the plugin's module scripts' <script> tags modules (WordPress before 6.5).
 *
 * @param string $tag    The <script> tag.
 * @param string $handle Its handle.
 * @return string
 */
function hit_pathfinder_module_tag( $tag, $handle ) {
	if ( ! in_array( $handle, hit_pathfinder_module_handles(), true ) ) {
		return $tag;
	}
	$tag = preg_replace( '/\s+type=([\'"])[^\'"]*\1/', '', $tag );
	return preg_replace( '/<script\b/', '<script type="module"', $tag, 1 );
}
