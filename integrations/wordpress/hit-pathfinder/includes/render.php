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

/** The languages the widget speaks. */
const HIT_PATHFINDER_LANGS = array( 'en', 'es' );

/** The widget's colour themes ('auto' follows the visitor's system setting). */
const HIT_PATHFINDER_THEMES = array( 'light', 'dark', 'auto' );

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
	if ( ! preg_match( '#^https?://[^/?\#\\\\\s]#i', $url ) ) {
		return '';
	}
	$parts = wp_parse_url( $url );
	if ( ! is_array( $parts ) || empty( $parts['host'] ) || empty( $parts['scheme'] )
		|| ! in_array( strtolower( $parts['scheme'] ), array( 'http', 'https' ), true ) ) {
		return '';
	}
	$clean = esc_url_raw( $url, array( 'http', 'https' ) );
	if ( '' === $clean || ! preg_match( '#^https?://#i', $clean ) ) {
		return '';
	}
	return $clean;
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

	$urls = array(
		'dataset'     => array( 'dataset', __( 'dataset address', 'hit-pathfinder' ) ),
		'program-url' => array( 'programurl', __( 'program link', 'hit-pathfinder' ) ),
	);
	foreach ( $urls as $attribute => list( $key, $label ) ) {
		$url = '';
		if ( $has( $key ) ) {
			$url = hit_pathfinder_sanitize_url( $given[ $key ] );
			if ( '' === $url ) {
				// The address itself is not repeated: it is not shown anywhere, not even as text.
				$problems[] = sprintf(
					/* translators: %s: what the address is for. */
					__( 'The %s was ignored: only full http:// or https:// addresses are allowed.', 'hit-pathfinder' ),
					$label
				);
			}
		}
		if ( '' === $url ) {
			$setting = str_replace( '-', '_', $attribute );
			$url     = $defaults[ $setting ];
		}
		if ( '' !== $url ) {
			$out[ $attribute ] = $url;
		}
	}

	$name = $has( 'programname' ) ? hit_pathfinder_sanitize_name( $given['programname'] ) : '';
	if ( '' === $name ) {
		$name = $defaults['program_name'];
	}
	if ( '' !== $name ) {
		$out['program-name'] = $name;
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

	hit_pathfinder_enqueue_widget();

	$html = '';
	if ( $prepared['problems'] && hit_pathfinder_user_sees_notes() ) {
		$html .= '<div class="hit-pathfinder-notice" role="note"><p><strong>'
			. esc_html__( 'HIT Pathfinder:', 'hit-pathfinder' ) . '</strong> '
			. esc_html__( 'only people who can edit this page see this note.', 'hit-pathfinder' )
			. '</p><ul>';
		foreach ( $prepared['problems'] as $problem ) {
			$html .= '<li>' . esc_html( $problem ) . '</li>';
		}
		$html .= '</ul></div>';
	}

	$html .= '<hit-pathfinder';
	foreach ( array( 'view', 'lang', 'dataset', 'program-url', 'program-name', 'theme' ) as $name ) {
		if ( ! isset( $attrs[ $name ] ) ) {
			continue;
		}
		$value = ( 'dataset' === $name || 'program-url' === $name )
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
 * 'es' when the site speaks Spanish, else 'en'.
 *
 * @return string
 */
function hit_pathfinder_site_lang() {
	$locale = function_exists( 'determine_locale' ) ? determine_locale() : get_locale();
	return 0 === strpos( strtolower( (string) $locale ), 'es' ) ? 'es' : 'en';
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
			'program_url'  => '',
			'program_name' => '',
			'lang'         => '',
			'theme'        => '',
		),
		$named,
		'hit_pathfinder'
	);
	return hit_pathfinder_render( $named );
}

/**
 * Renders the block: the same element as the shortcode, in the block's wrapper.
 *
 * @param array $attributes Block attributes.
 * @return string
 */
function hit_pathfinder_render_block( $attributes ) {
	$attributes = is_array( $attributes ) ? $attributes : array();
	$wrapper    = function_exists( 'get_block_wrapper_attributes' ) ? get_block_wrapper_attributes() : 'class="wp-block-hit-pathfinder-widget"';
	return '<div ' . $wrapper . '>' . hit_pathfinder_render( $attributes ) . '</div>';
}

/**
 * The address of the folder the widget's files are loaded from, ending in a slash: the
 * site's setting, else the plugin's own widget/ folder.
 *
 * @return string
 */
function hit_pathfinder_widget_base_url() {
	$settings = hit_pathfinder_get_settings();
	if ( '' !== $settings['widget_base_url'] ) {
		return trailingslashit( $settings['widget_base_url'] );
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
 * Enqueues the widget's module script, once per page. WordPress prints it only on pages
 * where a shortcode or block asked for it.
 *
 * @param bool $reset Forget that it was enqueued (for tests).
 * @return bool Whether this call enqueued it.
 */
function hit_pathfinder_enqueue_widget( $reset = false ) {
	static $done = false;
	if ( $reset ) {
		$done = false;
		return false;
	}
	if ( $done ) {
		return false;
	}
	$done = true;
	$src  = hit_pathfinder_widget_script_url();
	if ( function_exists( 'wp_enqueue_script_module' ) ) {
		wp_enqueue_script_module( 'hit-pathfinder', $src, array(), HIT_PATHFINDER_VERSION );
	} else {
		wp_enqueue_script( 'hit-pathfinder', $src, array(), HIT_PATHFINDER_VERSION, true );
		if ( false === has_filter( 'script_loader_tag', 'hit_pathfinder_module_tag' ) ) {
			add_filter( 'script_loader_tag', 'hit_pathfinder_module_tag', 10, 2 );
		}
	}
	return true;
}

/**
 * Makes the widget's <script> a module (WordPress before 6.5).
 *
 * @param string $tag    The <script> tag.
 * @param string $handle Its handle.
 * @return string
 */
function hit_pathfinder_module_tag( $tag, $handle ) {
	if ( 'hit-pathfinder' !== $handle ) {
		return $tag;
	}
	$tag = preg_replace( '/\s+type=([\'"])[^\'"]*\1/', '', $tag );
	return preg_replace( '/<script\b/', '<script type="module"', $tag, 1 );
}
