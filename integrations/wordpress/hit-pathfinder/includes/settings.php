<?php
/**
 * Settings > HIT Pathfinder: the site's defaults for every widget, through the Settings API
 * (which checks the capability and the nonce), each value validated on save.
 *
 * @package HIT_Pathfinder
 */

if ( ! defined( 'ABSPATH' ) ) {
	exit;
}

/** The option that holds the settings. */
const HIT_PATHFINDER_OPTION = 'hit_pathfinder_settings';

/**
 * The settings when nothing is saved.
 *
 * @return array<string, string>
 */
function hit_pathfinder_default_settings() {
	return array(
		'dataset'         => '',
		'program_url'     => '',
		'program_name'    => '',
		'lang'            => '',
		'widget_base_url' => '',
	);
}

/**
 * The saved settings, each checked again as it is read (a value written to the database
 * some other way is dropped if it is not valid).
 *
 * @return array<string, string>
 */
function hit_pathfinder_get_settings() {
	$saved    = get_option( HIT_PATHFINDER_OPTION, array() );
	$saved    = is_array( $saved ) ? $saved : array();
	$settings = hit_pathfinder_default_settings();
	foreach ( array( 'dataset', 'program_url', 'widget_base_url' ) as $key ) {
		if ( isset( $saved[ $key ] ) ) {
			$settings[ $key ] = hit_pathfinder_sanitize_url( $saved[ $key ] );
		}
	}
	if ( isset( $saved['program_name'] ) ) {
		$settings['program_name'] = hit_pathfinder_sanitize_name( $saved['program_name'] );
	}
	if ( isset( $saved['lang'] ) ) {
		$settings['lang'] = hit_pathfinder_sanitize_lang( $saved['lang'] );
	}
	return $settings;
}

/**
 * The labels of the settings fields.
 *
 * @return array<string, string>
 */
function hit_pathfinder_setting_labels() {
	return array(
		'program_url'     => __( 'Program link', 'hit-pathfinder' ),
		'program_name'    => __( 'Program name', 'hit-pathfinder' ),
		'lang'            => __( 'Language', 'hit-pathfinder' ),
		'dataset'         => __( 'Dataset URL', 'hit-pathfinder' ),
		'widget_base_url' => __( 'Load the widget files from', 'hit-pathfinder' ),
	);
}

/**
 * Validates the settings form. A value that is not valid is not saved: the previous one
 * stays, and the page says why.
 *
 * @param mixed $input The submitted values.
 * @return array<string, string>
 */
function hit_pathfinder_sanitize_settings( $input ) {
	$previous = hit_pathfinder_get_settings();
	if ( ! is_array( $input ) ) {
		return $previous;
	}
	$labels = hit_pathfinder_setting_labels();
	$clean  = hit_pathfinder_default_settings();

	foreach ( array( 'dataset', 'program_url', 'widget_base_url' ) as $key ) {
		$value = isset( $input[ $key ] ) && is_scalar( $input[ $key ] ) ? trim( (string) $input[ $key ] ) : '';
		if ( '' === $value ) {
			continue;
		}
		$url = hit_pathfinder_sanitize_url( $value );
		if ( '' === $url ) {
			hit_pathfinder_settings_error(
				'hit-pathfinder-' . $key,
				sprintf(
					/* translators: %s: the field's label. */
					__( '%s was not saved: enter a full address starting with https:// (or http://).', 'hit-pathfinder' ),
					$labels[ $key ]
				)
			);
			$url = $previous[ $key ];
		}
		$clean[ $key ] = $url;
	}

	$clean['program_name'] = isset( $input['program_name'] ) ? hit_pathfinder_sanitize_name( $input['program_name'] ) : '';

	$lang = isset( $input['lang'] ) ? hit_pathfinder_decode( $input['lang'] ) : '';
	if ( '' !== trim( $lang ) ) {
		$clean['lang'] = hit_pathfinder_sanitize_lang( $lang );
		if ( '' === $clean['lang'] ) {
			hit_pathfinder_settings_error(
				'hit-pathfinder-lang',
				__( 'Language was not saved: choose English or Spanish.', 'hit-pathfinder' )
			);
			$clean['lang'] = $previous['lang'];
		}
	}
	return $clean;
}

/**
 * Registers the setting and its sanitising callback (on init, so that every way of saving it
 * is checked, not only the settings page).
 */
function hit_pathfinder_register_setting() {
	register_setting(
		'hit_pathfinder',
		HIT_PATHFINDER_OPTION,
		array(
			'type'              => 'array',
			'sanitize_callback' => 'hit_pathfinder_sanitize_settings',
			'default'           => hit_pathfinder_default_settings(),
		)
	);
}

/**
 * Reports a value that was not saved, on the settings page.
 *
 * @param string $code    Error code.
 * @param string $message Message.
 */
function hit_pathfinder_settings_error( $code, $message ) {
	if ( function_exists( 'add_settings_error' ) ) {
		add_settings_error( HIT_PATHFINDER_OPTION, $code, $message );
	}
}

/**
 * Registers the settings page's sections and fields.
 */
function hit_pathfinder_register_settings() {

	add_settings_section(
		'hit_pathfinder_defaults',
		__( 'Defaults for every widget', 'hit-pathfinder' ),
		'hit_pathfinder_section_intro',
		'hit-pathfinder'
	);
	add_settings_section(
		'hit_pathfinder_files',
		__( 'Widget files', 'hit-pathfinder' ),
		'hit_pathfinder_files_intro',
		'hit-pathfinder'
	);

	$labels = hit_pathfinder_setting_labels();
	$fields = array(
		'program_url'     => array( 'hit_pathfinder_defaults', 'url', __( 'Your program\'s page, shown on the results and on each path. Example: https://college.example/programs/hit', 'hit-pathfinder' ) ),
		'program_name'    => array( 'hit_pathfinder_defaults', 'text', __( 'The words of that link. Example: Explore our Health Information Technology AAS', 'hit-pathfinder' ) ),
		'lang'            => array( 'hit_pathfinder_defaults', 'lang', __( 'The widget\'s language when a block or shortcode does not choose one.', 'hit-pathfinder' ) ),
		'dataset'         => array( 'hit_pathfinder_defaults', 'url', __( 'Your school\'s own dataset (a JSON file, for example in the Media Library). Leave empty for the built-in one.', 'hit-pathfinder' ) ),
		'widget_base_url' => array( 'hit_pathfinder_files', 'url', __( 'Leave empty to use the files that come with this plugin. Otherwise, the address of a folder holding hit-pathfinder.js, hit_pathfinder.js and hit_pathfinder_bg.wasm.', 'hit-pathfinder' ) ),
	);
	foreach ( $fields as $key => list( $section, $type, $help ) ) {
		add_settings_field(
			'hit-pathfinder-' . $key,
			$labels[ $key ],
			'hit_pathfinder_render_field',
			'hit-pathfinder',
			$section,
			array(
				'label_for' => 'hit-pathfinder-' . $key,
				'key'       => $key,
				'type'      => $type,
				'help'      => $help,
			)
		);
	}
}

/**
 * Introduces the defaults section.
 */
function hit_pathfinder_section_intro() {
	echo '<p>' . esc_html__( 'A block or a shortcode can override each of these.', 'hit-pathfinder' ) . '</p>';
}

/**
 * Introduces the widget files section.
 */
function hit_pathfinder_files_intro() {
	echo '<p>' . esc_html__( 'Pages that hold the widget must allow WebAssembly: if your site sends a Content-Security-Policy, its script-src needs \'wasm-unsafe-eval\'.', 'hit-pathfinder' ) . '</p>';
}

/**
 * Prints one settings field.
 *
 * @param array $args Field arguments.
 */
function hit_pathfinder_render_field( $args ) {
	$settings = hit_pathfinder_get_settings();
	$key      = $args['key'];
	$id       = 'hit-pathfinder-' . $key;
	$name     = HIT_PATHFINDER_OPTION . '[' . $key . ']';
	$value    = $settings[ $key ];

	if ( 'lang' === $args['type'] ) {
		$choices = array(
			''   => __( 'The site\'s language', 'hit-pathfinder' ),
			'en' => __( 'English', 'hit-pathfinder' ),
			'es' => __( 'Spanish (Español)', 'hit-pathfinder' ),
		);
		echo '<select id="' . esc_attr( $id ) . '" name="' . esc_attr( $name ) . '" aria-describedby="' . esc_attr( $id ) . '-help">';
		foreach ( $choices as $choice => $label ) {
			echo '<option value="' . esc_attr( $choice ) . '"' . selected( $value, $choice, false ) . '>' . esc_html( $label ) . '</option>';
		}
		echo '</select>';
	} else {
		$shown = 'url' === $args['type'] ? esc_url( $value ) : esc_attr( $value );
		echo '<input type="' . esc_attr( $args['type'] ) . '" class="regular-text" id="' . esc_attr( $id ) . '" name="'
			. esc_attr( $name ) . '" value="' . $shown . '" aria-describedby="' . esc_attr( $id ) . '-help"'  // phpcs:ignore WordPress.Security.EscapeOutput.OutputNotEscaped -- escaped just above.
			. ( 'url' === $args['type'] ? ' placeholder="https://"' : '' ) . ' />';
	}
	echo '<p class="description" id="' . esc_attr( $id ) . '-help">' . esc_html( $args['help'] ) . '</p>';
}

/**
 * Adds Settings > HIT Pathfinder.
 */
function hit_pathfinder_add_settings_page() {
	add_options_page(
		__( 'HIT Pathfinder', 'hit-pathfinder' ),
		__( 'HIT Pathfinder', 'hit-pathfinder' ),
		'manage_options',
		'hit-pathfinder',
		'hit_pathfinder_render_settings_page'
	);
}

/**
 * Prints the settings page. options.php checks the nonce that settings_fields() prints and
 * the capability again on save.
 */
function hit_pathfinder_render_settings_page() {
	if ( ! current_user_can( 'manage_options' ) ) {
		wp_die( esc_html__( 'Sorry, you are not allowed to manage these settings.', 'hit-pathfinder' ), 403 );
	}
	echo '<div class="wrap"><h1>' . esc_html( get_admin_page_title() ) . '</h1>';
	echo '<p>' . esc_html__( 'Place the widget with the "HIT Pathfinder" block, or with the shortcode', 'hit-pathfinder' )
		. ' <code>[hit_pathfinder view="quiz"]</code>.</p>';
	echo '<form action="' . esc_url( admin_url( 'options.php' ) ) . '" method="post">';
	settings_fields( 'hit_pathfinder' );
	do_settings_sections( 'hit-pathfinder' );
	submit_button();
	echo '</form></div>';
}

/**
 * Warns administrators when the widget's files are neither in the plugin nor at a set URL
 * (the plugin was installed from the repository's folder, not from the built zip).
 */
function hit_pathfinder_missing_files_notice() {
	if ( ! current_user_can( 'manage_options' ) ) {
		return;
	}
	$screen = function_exists( 'get_current_screen' ) ? get_current_screen() : null;
	if ( ! $screen || ! in_array( $screen->id, array( 'plugins', 'settings_page_hit-pathfinder' ), true ) ) {
		return;
	}
	$settings = hit_pathfinder_get_settings();
	if ( '' !== $settings['widget_base_url'] || file_exists( HIT_PATHFINDER_DIR . '/widget/hit-pathfinder.js' ) ) {
		return;
	}
	echo '<div class="notice notice-warning"><p>'
		. esc_html__( 'HIT Pathfinder: the widget\'s files are missing from the plugin\'s widget/ folder. Install the plugin from the zip that build-zip.sh makes, or set "Load the widget files from" in Settings > HIT Pathfinder.', 'hit-pathfinder' )
		. '</p></div>';
}
