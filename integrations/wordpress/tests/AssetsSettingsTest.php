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
				'program_url'     => 'https://college.example/hit',
				'program_name'    => '  Explore our <em>HIT</em> AAS ',
				'lang'            => 'es',
				'widget_base_url' => '',
				'extra'           => 'dropped',
			)
		);
		$this->assertSame(
			array(
				'dataset'                 => 'https://site.example/wp-content/uploads/hit.json',
				'program_url'             => 'https://college.example/hit',
				'program_name'            => 'Explore our HIT AAS',
				'lang'                    => 'es',
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
		);
		$clean = hit_pathfinder_sanitize_settings(
			array(
				'dataset'         => 'javascript:alert(1)',
				'program_url'     => '"><script>alert(1)</script>',
				'program_name'    => '<script>alert(1)</script>',
				'lang'            => 'fr',
				'widget_base_url' => 'data:text/javascript,alert(1)',
			)
		);
		$this->assertSame( '', $clean['dataset'] );
		$this->assertSame( 'https://college.example/hit', $clean['program_url'] );
		$this->assertSame( '', $clean['program_name'] );
		$this->assertSame( 'en', $clean['lang'] );
		$this->assertSame( '', $clean['trusted_widget_base_url'] );
		$codes = array_column( WP_Stub::$settings_errors, 'code' );
		sort( $codes );
		$this->assertSame( array( 'hit-pathfinder-dataset', 'hit-pathfinder-lang', 'hit-pathfinder-program_url', 'hit-pathfinder-widget_base_url' ), $codes );
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
}
