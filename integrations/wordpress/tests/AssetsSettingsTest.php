<?php
/**
 * The widget's script (a module, once per page, from the plugin or the set URL) and the
 * settings page's validation.
 *
 * @package HIT_Pathfinder
 */

use PHPUnit\Framework\TestCase;

final class AssetsSettingsTest extends TestCase {

	protected function setUp(): void {
		WP_Stub::reset();
		remove_all_shortcodes();
		add_shortcode( 'hit_pathfinder', 'hit_pathfinder_shortcode' );
	}

	public function test_nothing_is_enqueued_until_a_widget_is_rendered(): void {
		do_shortcode( 'A page without the widget. [gallery]' );
		$this->assertSame( array(), WP_Stub::$scripts );
	}

	public function test_two_widgets_on_a_page_enqueue_the_script_once_as_a_module(): void {
		$html = do_shortcode( '[hit_pathfinder view="quiz"] and [hit_pathfinder view="compare"]' );
		$this->assertSame( 2, substr_count( $html, '<hit-pathfinder ' ) );
		hit_pathfinder_render_block( array( 'view' => 'paths' ) );
		$this->assertCount( 1, WP_Stub::$scripts );
		$this->assertSame( 'hit-pathfinder', WP_Stub::$scripts[0]['handle'] );
		$this->assertSame( 'https://site.example/wp-content/plugins/hit-pathfinder/widget/hit-pathfinder.js', WP_Stub::$scripts[0]['src'] );
		$this->assertTrue( WP_Stub::$scripts[0]['in_footer'] );

		// WordPress before 6.5 prints a classic tag: the filter makes it a module.
		$tag = "<script type='text/javascript' src='https://site.example/wp-content/plugins/hit-pathfinder/widget/hit-pathfinder.js?ver=1.0.0' id='hit-pathfinder-js'></script>\n";
		$this->assertSame(
			"<script type=\"module\" src='https://site.example/wp-content/plugins/hit-pathfinder/widget/hit-pathfinder.js?ver=1.0.0' id='hit-pathfinder-js'></script>\n",
			apply_filters( 'script_loader_tag', $tag, 'hit-pathfinder', 'https://x' )
		);
		$html5 = '<script src="https://s.example/hit-pathfinder.js" id="hit-pathfinder-js"></script>';
		$this->assertSame(
			'<script type="module" src="https://s.example/hit-pathfinder.js" id="hit-pathfinder-js"></script>',
			apply_filters( 'script_loader_tag', $html5, 'hit-pathfinder', 'https://x' )
		);
		$other = "<script type='text/javascript' src='jquery.js' id='jquery-js'></script>";
		$this->assertSame( $other, apply_filters( 'script_loader_tag', $other, 'jquery', 'jquery.js' ) );
	}

	/**
	 * @runInSeparateProcess
	 * @preserveGlobalState disabled
	 */
	public function test_wordpress_6_5_and_later_get_a_script_module(): void {
		if ( ! function_exists( 'wp_enqueue_script_module' ) ) {
			function wp_enqueue_script_module( $id, $src = '', $deps = array(), $version = false ) {
				WP_Stub::$modules[] = compact( 'id', 'src', 'deps', 'version' );
			}
		}
		WP_Stub::reset();
		add_shortcode( 'hit_pathfinder', 'hit_pathfinder_shortcode' );
		do_shortcode( '[hit_pathfinder][hit_pathfinder view="paths"]' );
		$this->assertSame( array(), WP_Stub::$scripts );
		$this->assertCount( 1, WP_Stub::$modules );
		$this->assertSame( 'hit-pathfinder', WP_Stub::$modules[0]['id'] );
		$this->assertFalse( has_filter( 'script_loader_tag', 'hit_pathfinder_module_tag' ) );
	}

	public function test_widget_files_can_come_from_another_url_set_by_an_administrator_with_unfiltered_html(): void {
		WP_Stub::$logged_in = true;
		WP_Stub::$caps      = array( 'manage_options', 'unfiltered_html' );
		WP_Stub::$options['hit_pathfinder_settings'] = hit_pathfinder_sanitize_settings( array( 'widget_base_url' => 'https://cdn.example/hit-pathfinder/1.0' ) );
		WP_Stub::$logged_in = false;
		do_shortcode( '[hit_pathfinder]' );
		$this->assertSame( 'https://cdn.example/hit-pathfinder/1.0/hit-pathfinder.js', WP_Stub::$scripts[0]['src'] );
	}

	public function test_settings_are_validated_on_save(): void {
		$clean = hit_pathfinder_sanitize_settings(
			array(
				'dataset'         => ' https://site.example/wp-content/uploads/hit.json ',
				'school'          => ' https://site.example/wp-content/uploads/lakeview.json ',
				'program_url'     => 'https://college.example/hit',
				'program_name'    => '  Explore our <em>HIT</em> AAS ',
				'lang'            => 'es',
				'region'          => ' tx ',
				'widget_base_url' => '',
				'extra'           => 'dropped',
			)
		);
		$this->assertSame(
			array(
				'dataset'                 => 'https://site.example/wp-content/uploads/hit.json',
				'school'                  => 'https://site.example/wp-content/uploads/lakeview.json',
				'program_url'             => 'https://college.example/hit',
				'program_name'            => 'Explore our HIT AAS',
				'lang'                    => 'es',
				'region'                  => 'TX',
				'trusted_widget_base_url' => '',
				'trusted_dataset_origins' => '',
			),
			$clean
		);
		$this->assertSame( array(), WP_Stub::$settings_errors );
	}

	public function test_an_unsafe_address_is_not_saved_and_the_previous_value_stays(): void {
		WP_Stub::$logged_in = true;
		WP_Stub::$caps      = array( 'manage_options', 'unfiltered_html' );
		WP_Stub::$options['hit_pathfinder_settings'] = array(
			'program_url' => 'https://college.example/hit',
			'lang'        => 'en',
			'region'      => 'NM',
			'school'      => 'https://site.example/lakeview.json',
		);
		$clean = hit_pathfinder_sanitize_settings(
			array(
				'dataset'         => 'javascript:alert(1)',
				'program_url'     => '"><script>alert(1)</script>',
				'program_name'    => '<script>alert(1)</script>',
				'lang'            => 'fr',
				'region'          => '"><script>alert(1)</script>',
				'school'          => 'javascript:alert(1)',
				'widget_base_url' => 'data:text/javascript,alert(1)',
			)
		);
		$this->assertSame( '', $clean['dataset'] );
		$this->assertSame( 'https://college.example/hit', $clean['program_url'] );
		$this->assertSame( '', $clean['program_name'] );
		$this->assertSame( 'en', $clean['lang'] );
		$this->assertSame( 'NM', $clean['region'] );
		$this->assertSame( 'https://site.example/lakeview.json', $clean['school'] );
		$this->assertSame( '', $clean['trusted_widget_base_url'] );
		$codes = array_column( WP_Stub::$settings_errors, 'code' );
		sort( $codes );
		$this->assertSame( array( 'hit-pathfinder-dataset', 'hit-pathfinder-lang', 'hit-pathfinder-program_url', 'hit-pathfinder-region', 'hit-pathfinder-school', 'hit-pathfinder-widget_base_url' ), $codes );
		foreach ( WP_Stub::$settings_errors as $error ) {
			$this->assertSame( 'hit_pathfinder_settings', $error['setting'] );
			$this->assertStringNotContainsString( 'script', $error['message'] );
		}
	}

	public function test_a_form_that_is_not_an_array_changes_nothing(): void {
		WP_Stub::$options['hit_pathfinder_settings'] = array( 'program_name' => 'Kept' );
		$this->assertSame( 'Kept', hit_pathfinder_sanitize_settings( 'garbage' )['program_name'] );
		$this->assertSame( 'Kept', hit_pathfinder_sanitize_settings( null )['program_name'] );
	}

	public function test_settings_fields_escape_their_values(): void {
		WP_Stub::$options['hit_pathfinder_settings'] = array( 'program_name' => '" autofocus onfocus="alert(1)' );
		ob_start();
		hit_pathfinder_render_field(
			array(
				'key'  => 'program_name',
				'type' => 'text',
				'help' => 'Help <b>text</b>',
			)
		);
		$html = ob_get_clean();
		$this->assertStringContainsString( 'value="&quot; autofocus onfocus=&quot;alert(1)"', $html );
		$this->assertStringContainsString( 'Help &lt;b&gt;text&lt;/b&gt;', $html );
		$this->assertStringContainsString( 'name="hit_pathfinder_settings[program_name]"', $html );
	}

	public function test_the_default_region_is_saved_in_upper_case_cleared_when_empty_and_refused_when_not_a_state(): void {
		$this->assertSame( '', hit_pathfinder_get_settings()['region'], 'none by default' );
		WP_Stub::$options['hit_pathfinder_settings'] = hit_pathfinder_sanitize_settings( array( 'region' => 'wa' ) );
		$this->assertSame( 'WA', WP_Stub::$options['hit_pathfinder_settings']['region'] );
		$this->assertSame( 'WA', $this->region_of( do_shortcode( '[hit_pathfinder]' ) ) );
		// Passed through the sanitiser again (update_option() of a new option does): unchanged.
		$this->assertSame( WP_Stub::$options['hit_pathfinder_settings'], hit_pathfinder_sanitize_settings( WP_Stub::$options['hit_pathfinder_settings'] ) );

		foreach ( array( 'Washington', 'PR', 'W A', '0' ) as $refused ) {
			WP_Stub::$settings_errors = array();
			WP_Stub::$options['hit_pathfinder_settings'] = hit_pathfinder_sanitize_settings( array( 'region' => $refused ) );
			$this->assertSame( 'WA', WP_Stub::$options['hit_pathfinder_settings']['region'], $refused );
			$this->assertSame( array( 'hit-pathfinder-region' ), array_column( WP_Stub::$settings_errors, 'code' ) );
			$this->assertSame( 'The state for pay figures was not saved: choose a state from the list.', WP_Stub::$settings_errors[0]['message'] );
		}

		// "None: national figures only" clears it.
		WP_Stub::$options['hit_pathfinder_settings'] = hit_pathfinder_sanitize_settings( array( 'region' => '' ) );
		$this->assertSame( '', WP_Stub::$options['hit_pathfinder_settings']['region'] );
		$this->assertNull( $this->region_of( do_shortcode( '[hit_pathfinder]' ) ) );
	}

	public function test_the_region_field_lists_the_states_by_name_with_the_saved_one_selected(): void {
		WP_Stub::$options['hit_pathfinder_settings'] = array( 'region' => 'TX' );
		ob_start();
		hit_pathfinder_render_field( array( 'key' => 'region', 'type' => 'region', 'help' => 'Help' ) );
		$html = ob_get_clean();
		$this->assertStringContainsString( '<select id="hit-pathfinder-region" name="hit_pathfinder_settings[region]" aria-describedby="hit-pathfinder-region-help">', $html );
		preg_match_all( '/<option value="([^"]*)"( selected=\'selected\')?>([^<]*)<\/option>/', $html, $options, PREG_SET_ORDER );
		$this->assertCount( 52, $options );
		$this->assertSame( array( '', '', 'None: national figures only' ), array_slice( $options[0], 1 ) );
		$this->assertSame( array( 'AL', '', 'Alabama' ), array_slice( $options[1], 1 ) );
		$selected = array_values( array_filter( $options, static function ( $option ) {
			return '' !== $option[2];
		} ) );
		$this->assertCount( 1, $selected );
		$this->assertSame( array( 'TX', " selected='selected'", 'Texas' ), array_slice( $selected[0], 1 ) );
		$this->assertSame( 'State for pay figures', hit_pathfinder_setting_labels()['region'] );
	}

	public function test_the_default_school_profile_is_saved_cleared_when_empty_and_refused_when_not_a_web_address(): void {
		$this->assertSame( '', hit_pathfinder_get_settings()['school'], 'none by default' );
		$own = 'https://site.example/wp-content/uploads/lakeview.json';
		WP_Stub::$options['hit_pathfinder_settings'] = hit_pathfinder_sanitize_settings( array( 'school' => $own ) );
		$this->assertSame( $own, WP_Stub::$options['hit_pathfinder_settings']['school'] );
		$this->assertStringContainsString( ' school="' . $own . '"', do_shortcode( '[hit_pathfinder]' ) );
		// Passed through the sanitiser again (update_option() of a new option does): unchanged.
		$this->assertSame( WP_Stub::$options['hit_pathfinder_settings'], hit_pathfinder_sanitize_settings( WP_Stub::$options['hit_pathfinder_settings'] ) );

		foreach ( array( 'javascript:alert(1)', 'lakeview.json', '/wp-content/uploads/lakeview.json', 'ftp://site.example/p.json' ) as $refused ) {
			WP_Stub::$settings_errors = array();
			WP_Stub::$options['hit_pathfinder_settings'] = hit_pathfinder_sanitize_settings( array( 'school' => $refused ) );
			$this->assertSame( $own, WP_Stub::$options['hit_pathfinder_settings']['school'], $refused );
			$this->assertSame( array( 'hit-pathfinder-school' ), array_column( WP_Stub::$settings_errors, 'code' ) );
			$this->assertSame( 'The school profile address was not saved: enter a full address starting with https:// (or http://).', WP_Stub::$settings_errors[0]['message'] );
		}
		WP_Stub::$settings_errors = array();
		WP_Stub::$options['hit_pathfinder_settings'] = hit_pathfinder_sanitize_settings( array( 'school' => 'https://evil.example/lakeview.json' ) );
		$this->assertSame( $own, WP_Stub::$options['hit_pathfinder_settings']['school'] );
		$this->assertSame( 'The school profile address was not saved: school profiles may come only from this site or from the addresses in "Datasets may also come from".', WP_Stub::$settings_errors[0]['message'] );

		// Emptied: none.
		WP_Stub::$options['hit_pathfinder_settings'] = hit_pathfinder_sanitize_settings( array( 'school' => '' ) );
		$this->assertSame( '', WP_Stub::$options['hit_pathfinder_settings']['school'] );
		$this->assertStringNotContainsString( 'school=', do_shortcode( '[hit_pathfinder]' ) );
	}

	public function test_the_school_field_is_an_address_field_with_its_value_escaped(): void {
		WP_Stub::$options['hit_pathfinder_settings'] = array( 'school' => 'https://site.example/lakeview.json?a=1&b="2"' );
		ob_start();
		hit_pathfinder_render_field( array( 'key' => 'school', 'type' => 'url', 'help' => 'Help' ) );
		$html = ob_get_clean();
		$this->assertStringContainsString( '<input type="url" class="regular-text" id="hit-pathfinder-school" name="hit_pathfinder_settings[school]" value="https://site.example/lakeview.json?a=1&#038;b=2"', $html );
		$this->assertStringContainsString( 'aria-describedby="hit-pathfinder-school-help"', $html );
		$this->assertSame( 'School profile address', hit_pathfinder_setting_labels()['school'] );
	}

	/** The region attribute of the one widget in $html, or null. */
	private function region_of( string $html ): ?string {
		return preg_match( '/<hit-pathfinder[^>]* region="([^"]*)"/', $html, $match ) ? $match[1] : null;
	}
}
