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
 * `widget_base_url` and `dataset_origins` decide what runs on the site and whose content it
 * shows: they are read only from what an administrator with `unfiltered_html` saved (stored
 * as `trusted_widget_base_url` and `trusted_dataset_origins`); a `widget_base_url` saved by
 * an earlier version of the plugin, by anyone, is not used.
 *
 * @return array<string, string>
 */
function hit_pathfinder_default_settings() {
	return array(
		'dataset'         => '',
		'school'          => '',
		'program_url'     => '',
		'program_name'    => '',
		'lang'            => '',
		'region'          => '',
		'widget_base_url' => '',
		'dataset_origins' => '',
	);
}

/**
 * Whether the current user may change the settings that load scripts or content from other
 * hosts: an administrator who may also post unfiltered HTML (on a multisite, a super admin;
 * nobody when DISALLOW_UNFILTERED_HTML is set).
 *
 * @return bool
 */
function hit_pathfinder_user_may_set_hosts() {
	return current_user_can( 'manage_options' ) && current_user_can( 'unfiltered_html' );
}

/**
 * Reads a list of origins (one per line or separated by spaces or commas), each given as an
 * address; returns the valid origins, one per line, and the entries that are not valid.
 *
 * @param mixed $value The list.
 * @return array{0: string, 1: string[]}
 */
function hit_pathfinder_sanitize_origins( $value ) {
	$text    = is_scalar( $value ) ? hit_pathfinder_decode( $value ) : '';
	$origins = array();
	$refused = array();
	foreach ( preg_split( '/[\s,]+/', $text, -1, PREG_SPLIT_NO_EMPTY ) as $entry ) {
		$url    = hit_pathfinder_sanitize_url( $entry );
		$origin = '' === $url ? '' : hit_pathfinder_origin( $url );
		if ( '' === $origin ) {
			$refused[] = $entry;
		} else {
			$origins[] = $origin;
		}
	}
	return array( implode( "\n", array_unique( $origins ) ), $refused );
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
	foreach ( array( 'dataset', 'school', 'program_url' ) as $key ) {
		if ( isset( $saved[ $key ] ) ) {
			$settings[ $key ] = hit_pathfinder_sanitize_url( $saved[ $key ] );
		}
	}
	if ( isset( $saved['trusted_widget_base_url'] ) ) {
		$settings['widget_base_url'] = hit_pathfinder_sanitize_url( $saved['trusted_widget_base_url'] );
	}
	if ( isset( $saved['trusted_dataset_origins'] ) ) {
		$settings['dataset_origins'] = hit_pathfinder_sanitize_origins( $saved['trusted_dataset_origins'] )[0];
	}
	if ( isset( $saved['program_name'] ) ) {
		$settings['program_name'] = hit_pathfinder_sanitize_name( $saved['program_name'] );
	}
	if ( isset( $saved['lang'] ) ) {
		$settings['lang'] = hit_pathfinder_sanitize_lang( $saved['lang'] );
	}
	if ( isset( $saved['region'] ) ) {
		$settings['region'] = hit_pathfinder_sanitize_region( $saved['region'] );
	}
	return $settings;
}

/**
 * Whether the option holds a widget_base_url saved by an earlier version of the plugin
 * (whoever saved it), which is no longer used. This version never stores that key (it stores
 * trusted_widget_base_url), and the next save of the settings drops it.
 *
 * @return bool
 */
function hit_pathfinder_has_untrusted_widget_base_url() {
	$saved = get_option( HIT_PATHFINDER_OPTION, array() );
	return is_array( $saved ) && isset( $saved['widget_base_url'] ) && is_scalar( $saved['widget_base_url'] )
		&& '' !== trim( (string) $saved['widget_base_url'] );
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
		'region'          => __( 'State for pay figures', 'hit-pathfinder' ),
		'dataset'         => __( 'Dataset URL', 'hit-pathfinder' ),
		'school'          => __( 'School profile address', 'hit-pathfinder' ),
		'dataset_origins' => __( 'Datasets may also come from', 'hit-pathfinder' ),
		'widget_base_url' => __( 'Load the widget files from', 'hit-pathfinder' ),
	);
}

/**
 * Validates the settings form. A value that is not valid is not saved: the previous one
 * stays, and the page says why. The two settings that reach other hosts change only when the
 * user may post unfiltered HTML; for anyone else the saved values stay as they were.
 *
 * The stored option holds dataset, school, program_url, program_name, lang, region,
 * trusted_widget_base_url and trusted_dataset_origins.
 *
 * @param mixed $input The submitted values.
 * @return array<string, string>
 */
function hit_pathfinder_sanitize_settings( $input ) {
	$previous = hit_pathfinder_get_settings();
	$stored   = array(
		'dataset'                 => $previous['dataset'],
		'school'                  => $previous['school'],
		'program_url'             => $previous['program_url'],
		'program_name'            => $previous['program_name'],
		'lang'                    => $previous['lang'],
		'region'                  => $previous['region'],
		'trusted_widget_base_url' => $previous['widget_base_url'],
		'trusted_dataset_origins' => $previous['dataset_origins'],
	);
	if ( ! is_array( $input ) ) {
		return $stored;
	}
	// The option as stored, passed through again (update_option() of a new option sanitises
	// twice): nothing to change.
	if ( isset( $input['trusted_widget_base_url'] ) || isset( $input['trusted_dataset_origins'] ) ) {
		$input['widget_base_url'] = isset( $input['trusted_widget_base_url'] ) ? $input['trusted_widget_base_url'] : '';
		$input['dataset_origins'] = isset( $input['trusted_dataset_origins'] ) ? $input['trusted_dataset_origins'] : '';
	}
	$may_set_hosts = hit_pathfinder_user_may_set_hosts();

	if ( $may_set_hosts ) {
		$value = isset( $input['widget_base_url'] ) && is_scalar( $input['widget_base_url'] ) ? trim( (string) $input['widget_base_url'] ) : '';
		$url   = '' === $value ? '' : hit_pathfinder_sanitize_url( $value );
		if ( '' !== $value && '' === $url ) {
			hit_pathfinder_settings_error(
				HIT_PATHFINDER_OPTION,
				'hit-pathfinder-widget_base_url',
				__( 'The address to load the widget files from was not saved: enter a full address starting with https:// (or http://).', 'hit-pathfinder' )
			);
			$url = $previous['widget_base_url'];
		}
		$stored['trusted_widget_base_url'] = $url;

		list( $origins, $refused ) = hit_pathfinder_sanitize_origins( isset( $input['dataset_origins'] ) ? $input['dataset_origins'] : '' );
		if ( $refused ) {
			hit_pathfinder_settings_error(
				HIT_PATHFINDER_OPTION,
				'hit-pathfinder-dataset_origins',
				sprintf(
					/* translators: %s: the entries that are not addresses. */
					__( 'These entries of "Datasets may also come from" are not full https:// (or http://) addresses and were left out: %s', 'hit-pathfinder' ),
					implode( ', ', array_map( 'hit_pathfinder_quote', $refused ) )
				)
			);
		}
		$stored['trusted_dataset_origins'] = $origins;
	} elseif ( ( isset( $input['widget_base_url'] ) && is_scalar( $input['widget_base_url'] ) && hit_pathfinder_sanitize_url( $input['widget_base_url'] ) !== $previous['widget_base_url'] )
		|| ( isset( $input['dataset_origins'] ) && is_scalar( $input['dataset_origins'] ) && hit_pathfinder_sanitize_origins( $input['dataset_origins'] )[0] !== $previous['dataset_origins'] ) ) {
		hit_pathfinder_settings_error(
			HIT_PATHFINDER_OPTION,
			'hit-pathfinder-hosts',
			__( 'The widget files\' address and the datasets\' addresses were not changed: only an administrator who may post unfiltered HTML can change them.', 'hit-pathfinder' )
		);
	}

	$messages = array(
		'dataset'     => __( 'The dataset URL was not saved: enter a full address starting with https:// (or http://).', 'hit-pathfinder' ),
		'school'      => __( 'The school profile address was not saved: enter a full address starting with https:// (or http://).', 'hit-pathfinder' ),
		'program_url' => __( 'The program link was not saved: enter a full address starting with https:// (or http://).', 'hit-pathfinder' ),
	);
	foreach ( array( 'dataset', 'school', 'program_url' ) as $key ) {
		$value = isset( $input[ $key ] ) && is_scalar( $input[ $key ] ) ? trim( (string) $input[ $key ] ) : '';
		if ( '' === $value ) {
			$stored[ $key ] = '';
			continue;
		}
		$url = hit_pathfinder_sanitize_url( $value );
		if ( '' === $url ) {
			hit_pathfinder_settings_error( HIT_PATHFINDER_OPTION, 'hit-pathfinder-' . $key, $messages[ $key ] );
			continue;
		}
		$stored[ $key ] = $url;
	}
	// The default dataset and school profile, like any, only from an allowed origin (with the
	// origins as saved now).
	$elsewhere = array(
		'dataset' => __( 'The dataset URL was not saved: datasets may come only from this site or from the addresses in "Datasets may also come from".', 'hit-pathfinder' ),
		'school'  => __( 'The school profile address was not saved: school profiles may come only from this site or from the addresses in "Datasets may also come from".', 'hit-pathfinder' ),
	);
	$allowed = null;
	foreach ( $elsewhere as $key => $message ) {
		if ( '' === $stored[ $key ] || $stored[ $key ] === $previous[ $key ] ) {
			continue;
		}
		if ( null === $allowed ) {
			$allowed = hit_pathfinder_dataset_origins();
			foreach ( preg_split( '/\s+/', $stored['trusted_dataset_origins'], -1, PREG_SPLIT_NO_EMPTY ) as $origin ) {
				$allowed[] = $origin;
			}
		}
		if ( ! in_array( hit_pathfinder_origin( $stored[ $key ] ), $allowed, true ) ) {
			hit_pathfinder_settings_error( HIT_PATHFINDER_OPTION, 'hit-pathfinder-' . $key, $message );
			$stored[ $key ] = $previous[ $key ];
		}
	}

	$stored['program_name'] = isset( $input['program_name'] ) ? hit_pathfinder_sanitize_name( $input['program_name'] ) : '';

	$lang = isset( $input['lang'] ) ? hit_pathfinder_decode( $input['lang'] ) : '';
	$stored['lang'] = '';
	if ( '' !== trim( $lang ) ) {
		$stored['lang'] = hit_pathfinder_sanitize_lang( $lang );
		if ( '' === $stored['lang'] ) {
			hit_pathfinder_settings_error(
				HIT_PATHFINDER_OPTION,
				'hit-pathfinder-lang',
				__( 'The language was not saved: choose English or Spanish.', 'hit-pathfinder' )
			);
			$stored['lang'] = $previous['lang'];
		}
	}

	$region = isset( $input['region'] ) ? hit_pathfinder_decode( $input['region'] ) : '';
	$stored['region'] = '';
	if ( '' !== trim( $region ) ) {
		$stored['region'] = hit_pathfinder_sanitize_region( $region );
		if ( '' === $stored['region'] ) {
			hit_pathfinder_settings_error(
				HIT_PATHFINDER_OPTION,
				'hit-pathfinder-region',
				__( 'The state for pay figures was not saved: choose a state from the list.', 'hit-pathfinder' )
			);
			$stored['region'] = $previous['region'];
		}
	}
	return $stored;
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
 * Reports a value that was not saved, on the settings page, under its option (the settings',
 * or the school's profile).
 *
 * @param string $option  The option's name.
 * @param string $code    Error code.
 * @param string $message Message.
 */
function hit_pathfinder_settings_error( $option, $code, $message ) {
	if ( function_exists( 'add_settings_error' ) ) {
		add_settings_error( $option, $code, $message );
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
		'hit_pathfinder_school',
		__( 'Your school\'s programs', 'hit-pathfinder' ),
		'hit_pathfinder_school_section',
		'hit-pathfinder'
	);
	add_settings_field(
		'hit-pathfinder-programs-use',
		__( 'Show on pages', 'hit-pathfinder' ),
		'hit_pathfinder_render_school_use_field',
		'hit-pathfinder',
		'hit_pathfinder_school'
	);
	add_settings_section(
		'hit_pathfinder_files',
		__( 'Files and datasets from other sites', 'hit-pathfinder' ),
		'hit_pathfinder_files_intro',
		'hit-pathfinder'
	);

	$labels = hit_pathfinder_setting_labels();
	$fields = array(
		'program_url'     => array( 'hit_pathfinder_defaults', 'url', __( 'Your program\'s page, shown on the results and on each path. When set, it is shown instead of the main program link under "Your school\'s programs". Example: https://college.example/programs/hit', 'hit-pathfinder' ) ),
		'program_name'    => array( 'hit_pathfinder_defaults', 'text', __( 'The words of that link. Example: Explore our Health Information Technology AAS', 'hit-pathfinder' ) ),
		'lang'            => array( 'hit_pathfinder_defaults', 'lang', __( 'The widget\'s language when a block or shortcode does not choose one.', 'hit-pathfinder' ) ),
		'region'          => array( 'hit_pathfinder_defaults', 'region', __( 'Pay in this state shows beside the national figures, when a block or shortcode does not choose a state.', 'hit-pathfinder' ) ),
		'school'          => array( 'hit_pathfinder_defaults', 'url', __( 'The address of a school profile: a JSON file naming your programs and the career paths they lead to (its format is in the widget\'s docs/school.md), for example in the Media Library. Leave empty to show the programs entered under "Your school\'s programs" below, if any.', 'hit-pathfinder' ) ),
		'dataset'         => array( 'hit_pathfinder_defaults', 'url', __( 'Your school\'s own dataset (a JSON file, for example in the Media Library). Leave empty for the built-in one.', 'hit-pathfinder' ) ),
		'dataset_origins' => array( 'hit_pathfinder_files', 'origins', __( 'A dataset or a school profile may come from this site and its uploads. To allow other sites, enter their addresses, one per line (for example https://data.college.example). Every visitor\'s browser will contact them.', 'hit-pathfinder' ) ),
		'widget_base_url' => array( 'hit_pathfinder_files', 'url', __( 'Leave empty to use the files that come with this plugin. Otherwise, the address of a folder holding hit-pathfinder.js, hit_pathfinder.js and hit_pathfinder_bg.wasm. The script there runs on every page with the widget and in the block editor.', 'hit-pathfinder' ) ),
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
 * Introduces the section of the settings that reach other hosts.
 */
function hit_pathfinder_files_intro() {
	echo '<p>' . esc_html__( 'Pages that hold the widget must allow WebAssembly: if your site sends a Content-Security-Policy, its script-src needs \'wasm-unsafe-eval\'.', 'hit-pathfinder' ) . '</p>';
	if ( ! hit_pathfinder_user_may_set_hosts() ) {
		echo '<p>' . esc_html__( 'Only an administrator who may post unfiltered HTML (on a multisite network, a super admin) can change these two settings, because they decide which hosts the widget\'s script and its content come from.', 'hit-pathfinder' ) . '</p>';
	}
	if ( hit_pathfinder_has_untrusted_widget_base_url() ) {
		echo '<p>' . esc_html__( 'An address to load the widget files from was saved by an earlier version of this plugin. It is not used, because it may have been set by someone not allowed to: the widget uses the files that come with this plugin. To load them from elsewhere, enter the address again and save.', 'hit-pathfinder' ) . '</p>';
	}
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

	// The settings that reach other hosts: read-only for whoever may not change them.
	$locked = in_array( $key, array( 'widget_base_url', 'dataset_origins' ), true ) && ! hit_pathfinder_user_may_set_hosts();
	if ( 'widget_base_url' === $key && defined( 'HIT_PATHFINDER_WIDGET_BASE_URL' ) ) {
		$locked = true;
		$value  = hit_pathfinder_sanitize_url( HIT_PATHFINDER_WIDGET_BASE_URL );
	}
	$disabled = $locked ? ' disabled' : '';

	if ( 'lang' === $args['type'] || 'region' === $args['type'] ) {
		$choices = 'lang' === $args['type']
			? array(
				''   => __( 'The site\'s language', 'hit-pathfinder' ),
				'en' => __( 'English', 'hit-pathfinder' ),
				'es' => __( 'Spanish (Español)', 'hit-pathfinder' ),
			)
			: array( '' => __( 'None: national figures only', 'hit-pathfinder' ) ) + hit_pathfinder_region_names();
		echo '<select id="' . esc_attr( $id ) . '" name="' . esc_attr( $name ) . '" aria-describedby="' . esc_attr( $id ) . '-help">';
		foreach ( $choices as $choice => $label ) {
			echo '<option value="' . esc_attr( $choice ) . '"' . selected( $value, $choice, false ) . '>' . esc_html( $label ) . '</option>';
		}
		echo '</select>';
	} elseif ( 'origins' === $args['type'] ) {
		echo '<textarea class="large-text code" rows="3" id="' . esc_attr( $id ) . '" name="' . esc_attr( $name ) . '" aria-describedby="'
			. esc_attr( $id ) . '-help"' . $disabled . '>' . esc_textarea( $value ) . '</textarea>'; // phpcs:ignore WordPress.Security.EscapeOutput.OutputNotEscaped -- $disabled is a constant.
	} else {
		$shown = 'url' === $args['type'] ? esc_url( $value ) : esc_attr( $value );
		echo '<input type="' . esc_attr( $args['type'] ) . '" class="regular-text" id="' . esc_attr( $id ) . '" name="'
			. esc_attr( $name ) . '" value="' . $shown . '" aria-describedby="' . esc_attr( $id ) . '-help"'  // phpcs:ignore WordPress.Security.EscapeOutput.OutputNotEscaped -- escaped just above.
			. ( 'url' === $args['type'] ? ' placeholder="https://"' : '' ) . $disabled . ' />';
	}
	if ( 'widget_base_url' === $key && defined( 'HIT_PATHFINDER_WIDGET_BASE_URL' ) ) {
		echo '<p class="description">' . esc_html__( 'Set in wp-config.php (HIT_PATHFINDER_WIDGET_BASE_URL).', 'hit-pathfinder' ) . '</p>';
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
	echo '<p>' . sprintf(
		/* translators: %s: the shortcode, for example [hit_pathfinder view="quiz"]. */
		esc_html__( 'Place the widget with the "HIT Pathfinder" block, or with the shortcode %s.', 'hit-pathfinder' ),
		'<code>[hit_pathfinder view=&quot;quiz&quot;]</code>'
	) . '</p>';
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
	if ( '' !== hit_pathfinder_custom_widget_base_url() || file_exists( HIT_PATHFINDER_DIR . '/widget/hit-pathfinder.js' ) ) {
		return;
	}
	echo '<div class="notice notice-warning"><p>'
		. esc_html__( 'HIT Pathfinder: the widget\'s files are missing from the plugin\'s widget/ folder. Install the plugin from the zip that build-zip.sh makes, or set "Load the widget files from" in Settings > HIT Pathfinder.', 'hit-pathfinder' )
		. '</p></div>';
}
