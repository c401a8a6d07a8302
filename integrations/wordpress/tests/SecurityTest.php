<?php
/**
 * The holes of issue #14, each as the role that could use it: a site administrator without
 * `unfiltered_html` (every site administrator of a multisite, everyone under
 * DISALLOW_UNFILTERED_HTML) pointing the widget's script at their own host; an Author putting
 * a stranger's dataset on the school's page; half a program link showing visitors an error.
 *
 * @package HIT_Pathfinder
 */

use PHPUnit\Framework\TestCase;

final class SecurityTest extends TestCase {

	private const EVIL = 'https://evil.example/p/';
	private const OWN  = 'https://site.example/wp-content/plugins/hit-pathfinder/widget/hit-pathfinder.js';

	protected function setUp(): void {
		WP_Stub::reset();
		remove_all_shortcodes();
		remove_all_filters( 'hit_pathfinder_widget_base_url' );
		remove_all_filters( 'hit_pathfinder_dataset_origins' );
		add_shortcode( 'hit_pathfinder', 'hit_pathfinder_shortcode' );
	}

	/** Logs in a user with these capabilities. */
	private function as_user( string ...$caps ): void {
		WP_Stub::$logged_in = true;
		WP_Stub::$caps      = $caps;
	}

	/** Saves the settings form as the current user, as options.php does. */
	private function save( array $form ): void {
		WP_Stub::$options['hit_pathfinder_settings'] = hit_pathfinder_sanitize_settings( $form );
	}

	/** The addresses the page and the block editor's canvas load the widget's script from. */
	private function loaded_scripts(): array {
		WP_Stub::reset_scripts();
		do_shortcode( '[hit_pathfinder]' );
		hit_pathfinder_enqueue_editor_canvas();
		$sources = array();
		foreach ( WP_Stub::$scripts as $script ) {
			$query = array();
			parse_str( (string) parse_url( $script['src'], PHP_URL_QUERY ), $query );
			$sources[ $script['handle'] ] = isset( $query['widget'] ) ? rawurldecode( $query['widget'] ) : $script['src'];
		}
		return $sources;
	}

	// --- 1. The widget files' address: only with unfiltered_html ---------------------------

	public function test_an_administrator_without_unfiltered_html_cannot_point_the_widget_files_elsewhere(): void {
		$options = get_option( 'hit_pathfinder_settings', array() );
		$this->as_user( 'manage_options' );
		$this->save( array( 'widget_base_url' => self::EVIL, 'program_name' => 'Kept' ) );
		$this->assertSame(
			array(
				'hit-pathfinder'               => self::OWN,
				'hit-pathfinder-editor-canvas' => self::OWN,
			),
			$this->loaded_scripts()
		);
		$this->assertSame( 'Kept', hit_pathfinder_get_settings()['program_name'] );
		$this->assertContains( 'hit-pathfinder-hosts', array_column( WP_Stub::$settings_errors, 'code' ) );

		// Nor by posting the stored key itself.
		$this->save( array( 'trusted_widget_base_url' => self::EVIL, 'trusted_dataset_origins' => 'https://evil.example' ) );
		$this->assertSame( self::OWN, $this->loaded_scripts()['hit-pathfinder'] );
		$this->assertSame( '', hit_pathfinder_get_settings()['dataset_origins'] );
	}

	public function test_the_field_is_read_only_for_an_administrator_without_unfiltered_html(): void {
		$this->as_user( 'manage_options' );
		foreach ( array( 'widget_base_url' => 'url', 'dataset_origins' => 'origins' ) as $key => $type ) {
			ob_start();
			hit_pathfinder_render_field( array( 'key' => $key, 'type' => $type, 'help' => '' ) );
			$this->assertMatchesRegularExpression( '/<(input|textarea)[^>]* disabled[ >\/]/', ob_get_clean(), $key );
		}
		$this->as_user( 'manage_options', 'unfiltered_html' );
		ob_start();
		hit_pathfinder_render_field( array( 'key' => 'widget_base_url', 'type' => 'url', 'help' => '' ) );
		$this->assertStringNotContainsString( 'disabled', ob_get_clean() );
	}

	public function test_a_widget_files_address_saved_by_an_earlier_version_is_not_trusted(): void {
		// What the plugin stored before this fix, whoever saved it.
		WP_Stub::$options['hit_pathfinder_settings'] = array( 'widget_base_url' => self::EVIL, 'program_url' => 'https://c.example/' );
		$this->assertSame( self::OWN, $this->loaded_scripts()['hit-pathfinder'] );
		$this->assertSame( self::OWN, $this->loaded_scripts()['hit-pathfinder-editor-canvas'] );
		$this->assertTrue( hit_pathfinder_has_untrusted_widget_base_url() );
		// Also beside values this version stored.
		WP_Stub::$options['hit_pathfinder_settings'] += array( 'trusted_widget_base_url' => '', 'trusted_dataset_origins' => '' );
		$this->assertTrue( hit_pathfinder_has_untrusted_widget_base_url() );
		$this->assertSame( self::OWN, $this->loaded_scripts()['hit-pathfinder'] );
		// Saving the form again (as anyone) does not make it trusted.
		$this->as_user( 'manage_options' );
		$this->save( array( 'program_url' => 'https://c.example/' ) );
		$this->assertSame( self::OWN, $this->loaded_scripts()['hit-pathfinder'] );
	}

	public function test_an_administrator_with_unfiltered_html_may_and_others_keep_it(): void {
		$this->as_user( 'manage_options', 'unfiltered_html' );
		$this->save( array( 'widget_base_url' => 'https://cdn.college.example/hp', 'dataset_origins' => "https://data.college.example/x\nnot an address" ) );
		$this->assertSame( 'https://cdn.college.example/hp/hit-pathfinder.js', $this->loaded_scripts()['hit-pathfinder-editor-canvas'] );
		$this->assertSame( 'https://data.college.example', hit_pathfinder_get_settings()['dataset_origins'] );
		$this->assertContains( 'hit-pathfinder-dataset_origins', array_column( WP_Stub::$settings_errors, 'code' ) );

		// Another administrator, without unfiltered_html, saves the rest of the form: kept as is.
		$this->as_user( 'manage_options' );
		$this->save( array( 'program_name' => 'Other' ) );
		$this->assertSame( 'https://cdn.college.example/hp/hit-pathfinder.js', $this->loaded_scripts()['hit-pathfinder'] );
		$this->assertSame( 'https://data.college.example', hit_pathfinder_get_settings()['dataset_origins'] );

		// The option passed through the sanitiser again (as update_option() of a new option does).
		$this->as_user( 'manage_options', 'unfiltered_html' );
		$stored = WP_Stub::$options['hit_pathfinder_settings'];
		$this->assertSame( $stored, hit_pathfinder_sanitize_settings( $stored ) );
	}

	public function test_a_filter_can_set_the_widget_files_address(): void {
		add_filter(
			'hit_pathfinder_widget_base_url',
			static function () {
				return 'https://cdn.college.example/hp/';
			}
		);
		$this->assertSame( 'https://cdn.college.example/hp/hit-pathfinder.js', $this->loaded_scripts()['hit-pathfinder'] );
		add_filter(
			'hit_pathfinder_widget_base_url',
			static function () {
				return 'javascript:alert(1)//';
			},
			20
		);
		$this->assertSame( self::OWN, $this->loaded_scripts()['hit-pathfinder'] );
	}

	/**
	 * @runInSeparateProcess
	 * @preserveGlobalState disabled
	 */
	public function test_a_wp_config_constant_sets_the_widget_files_address(): void {
		define( 'HIT_PATHFINDER_WIDGET_BASE_URL', 'https://cdn.college.example/hp' );
		WP_Stub::reset();
		add_shortcode( 'hit_pathfinder', 'hit_pathfinder_shortcode' );
		$this->as_user( 'manage_options', 'unfiltered_html' );
		$this->save( array( 'widget_base_url' => 'https://other.example/' ) );
		$this->assertSame( 'https://cdn.college.example/hp/hit-pathfinder.js', $this->loaded_scripts()['hit-pathfinder'] );
		ob_start();
		hit_pathfinder_render_field( array( 'key' => 'widget_base_url', 'type' => 'url', 'help' => '' ) );
		$field = ob_get_clean();
		$this->assertStringContainsString( 'value="https://cdn.college.example/hp"', $field );
		$this->assertStringContainsString( ' disabled', $field );
	}

	// --- 2. Datasets only from allowed origins ------------------------------------------------

	/** @return array<string, array{string}> */
	public function foreign_datasets(): array {
		return array(
			'another host'           => array( 'https://evil.example/hit.json' ),
			'user part'              => array( 'https://site.example@evil.example/hit.json' ),
			'user and password'      => array( 'https://site.example:443@evil.example/hit.json' ),
			'look-alike subdomain'   => array( 'https://site.example.evil.example/hit.json' ),
			'another port'           => array( 'https://site.example:8443/hit.json' ),
			'another scheme'         => array( 'http://site.example/hit.json' ),
			'backslash'              => array( 'https://evil.example\\@site.example/hit.json' ),
			'encoded dot'            => array( 'https://evil%2Eexample/hit.json' ),
		);
	}

	/** @dataProvider foreign_datasets */
	public function test_an_author_cannot_show_a_dataset_from_another_host( string $url ): void {
		$this->as_user( 'edit_posts', 'edit_post' );
		WP_Stub::$post_id = 7;
		foreach ( array(
			do_shortcode( '[hit_pathfinder dataset="' . $url . '"]' ),
			hit_pathfinder_render_block( array( 'dataset' => $url ) ),
		) as $html ) {
			$this->assertStringNotContainsString( 'dataset=', $html, $url );
			$this->assertStringNotContainsString( 'evil', preg_replace( '#<div class="hit-pathfinder-notice".*?</div>#s', '', $html ) );
			$this->assertStringContainsString( 'The dataset address was ignored', $html );
		}
	}

	public function test_datasets_from_the_site_its_uploads_and_allowed_origins_are_kept(): void {
		WP_Stub::$uploads = 'https://media.college-cdn.example/uploads';
		$kept             = array(
			'https://site.example/wp-content/uploads/hit.json',
			'https://SITE.example:443/hit.{lang}.json',
			'https://media.college-cdn.example/uploads/2026/11/hit.json',
		);
		foreach ( $kept as $url ) {
			$this->assertStringContainsString( ' dataset="', hit_pathfinder_render( array( 'dataset' => $url ) ), $url );
		}
		$this->assertStringContainsString( 'dataset="https://SITE.example:443/hit.%7Blang%7D.json"', hit_pathfinder_render( array( 'dataset' => $kept[1] ) ) );

		$this->assertStringNotContainsString( 'dataset=', hit_pathfinder_render( array( 'dataset' => 'https://data.college.example/hit.json' ) ) );
		$this->as_user( 'manage_options', 'unfiltered_html' );
		$this->save( array( 'dataset_origins' => 'https://data.college.example' ) );
		WP_Stub::$logged_in = false;
		$this->assertStringContainsString( 'dataset="https://data.college.example/hit.json"', hit_pathfinder_render( array( 'dataset' => 'https://data.college.example/hit.json' ) ) );
	}

	public function test_an_administrator_without_unfiltered_html_cannot_allow_another_origin(): void {
		$this->as_user( 'manage_options' );
		$this->save( array( 'dataset_origins' => 'https://evil.example', 'dataset' => 'https://evil.example/hit.json' ) );
		$this->assertSame( '', hit_pathfinder_get_settings()['dataset_origins'] );
		$this->assertSame( '', hit_pathfinder_get_settings()['dataset'] );
		$this->assertStringNotContainsString( 'dataset=', do_shortcode( '[hit_pathfinder dataset="https://evil.example/hit.json"]' ) );
	}

	public function test_a_default_dataset_saved_earlier_on_another_host_is_not_used(): void {
		WP_Stub::$options['hit_pathfinder_settings'] = array( 'dataset' => 'https://evil.example/hit.json' );
		$this->assertSame( '<hit-pathfinder><p>Health Information Technology career guide</p></hit-pathfinder>', do_shortcode( '[hit_pathfinder]' ) );
	}

	public function test_addresses_with_a_user_or_password_part_are_refused_everywhere(): void {
		foreach ( array( 'https://college.edu@evil.example/', 'https://a:b@college.edu/', 'http://@college.edu/' ) as $url ) {
			$this->assertSame( '', hit_pathfinder_sanitize_url( $url ), $url );
		}
		$html = do_shortcode( '[hit_pathfinder program_url="https://college.edu@evil.example/" program_name="Our program"]' );
		$this->assertStringNotContainsString( 'evil', $html );
	}

	// --- 2b. School profiles, like datasets, only from allowed origins ----------------------

	/** @dataProvider foreign_datasets */
	public function test_an_author_cannot_show_a_school_profile_from_another_host( string $url ): void {
		$this->as_user( 'edit_posts', 'edit_post' );
		WP_Stub::$post_id = 7;
		foreach ( array(
			do_shortcode( '[hit_pathfinder school="' . $url . '"]' ),
			hit_pathfinder_render_block( array( 'school' => $url ) ),
		) as $html ) {
			$this->assertStringNotContainsString( 'school=', $html, $url );
			$this->assertStringNotContainsString( 'evil', preg_replace( '#<div class="hit-pathfinder-notice".*?</div>#s', '', $html ) );
			$this->assertStringContainsString( 'The school profile address was ignored', $html );
		}
	}

	public function test_school_profiles_from_the_site_its_uploads_and_allowed_origins_are_kept(): void {
		WP_Stub::$uploads = 'https://media.college-cdn.example/uploads';
		foreach ( array( 'https://site.example/wp-content/uploads/lakeview.json', 'https://SITE.example:443/lakeview.json', 'https://media.college-cdn.example/uploads/2026/11/lakeview.json' ) as $url ) {
			$this->assertStringContainsString( ' school="', hit_pathfinder_render( array( 'school' => $url ) ), $url );
		}
		$this->assertStringNotContainsString( 'school=', hit_pathfinder_render( array( 'school' => 'https://data.college.example/lakeview.json' ) ) );
		$this->as_user( 'manage_options', 'unfiltered_html' );
		$this->save( array( 'dataset_origins' => 'https://data.college.example' ) );
		WP_Stub::$logged_in = false;
		$this->assertStringContainsString( 'school="https://data.college.example/lakeview.json"', hit_pathfinder_render( array( 'school' => 'https://data.college.example/lakeview.json' ) ) );
		// So may a filter.
		add_filter(
			'hit_pathfinder_dataset_origins',
			static function ( $origins ) {
				return array_merge( $origins, array( 'https://profiles.college.example' ) );
			}
		);
		$this->assertStringContainsString( 'school="https://profiles.college.example/p.json"', hit_pathfinder_render( array( 'school' => 'https://profiles.college.example/p.json' ) ) );
	}

	public function test_the_default_school_profile_is_saved_only_from_an_allowed_origin(): void {
		$this->as_user( 'manage_options' );
		$this->save( array( 'dataset_origins' => 'https://evil.example', 'school' => 'https://evil.example/lakeview.json' ) );
		$this->assertSame( '', hit_pathfinder_get_settings()['school'] );
		$this->assertContains( 'hit-pathfinder-school', array_column( WP_Stub::$settings_errors, 'code' ) );
		$this->assertStringNotContainsString( 'school=', do_shortcode( '[hit_pathfinder school="https://evil.example/lakeview.json"]' ) );
		// The site's own: saved. An origin allowed in the same save (by whoever may): saved.
		$this->save( array( 'school' => 'https://site.example/wp-content/uploads/lakeview.json' ) );
		$this->assertSame( 'https://site.example/wp-content/uploads/lakeview.json', hit_pathfinder_get_settings()['school'] );
		$this->as_user( 'manage_options', 'unfiltered_html' );
		$this->save( array( 'dataset_origins' => 'https://data.college.example', 'school' => 'https://data.college.example/lakeview.json' ) );
		$this->assertSame( 'https://data.college.example/lakeview.json', hit_pathfinder_get_settings()['school'] );
	}

	public function test_a_default_school_profile_saved_earlier_on_another_host_is_not_used(): void {
		WP_Stub::$options['hit_pathfinder_settings'] = array( 'school' => 'https://evil.example/lakeview.json' );
		$this->assertSame( '<hit-pathfinder><p>Health Information Technology career guide</p></hit-pathfinder>', do_shortcode( '[hit_pathfinder]' ) );
	}

	// --- 3. The program link: both attributes or neither -----------------------------------

	public function test_a_program_link_without_a_name_gets_the_fallback_words(): void {
		$el = do_shortcode( '[hit_pathfinder program_url="https://c.example/hit"]' );
		$this->assertStringContainsString( 'program-url="https://c.example/hit" program-name="Explore our Health Information Technology program"', $el );
		$es = do_shortcode( '[hit_pathfinder lang="es" program_url="https://c.example/hit"]' );
		$this->assertStringContainsString( 'program-name="Conozca nuestro programa de Tecnología de la Información de Salud"', $es );
		$block = hit_pathfinder_render_block( array( 'programUrl' => 'https://c.example/hit', 'programName' => '<b></b>' ) );
		$this->assertStringContainsString( 'program-name="Explore our Health Information Technology program"', $block );
	}

	public function test_a_name_without_a_link_is_not_written(): void {
		foreach ( array(
			'[hit_pathfinder program_name="Our program"]',
			'[hit_pathfinder program_url="javascript:alert(1)" program_name="Our program"]',
			'[hit_pathfinder program_url="https://a@b.example/" program_name="Our program"]',
		) as $shortcode ) {
			$html = do_shortcode( $shortcode );
			$this->assertStringNotContainsString( 'program-', $html, $shortcode );
		}
		// With the site's default link, the given name goes with it.
		WP_Stub::$options['hit_pathfinder_settings'] = array( 'program_url' => 'https://c.example/' );
		$this->assertStringContainsString( 'program-url="https://c.example/" program-name="Our program"', do_shortcode( '[hit_pathfinder program_url="javascript:x" program_name="Our program"]' ) );
		// And a default name without a default link is not written either.
		WP_Stub::$options['hit_pathfinder_settings'] = array( 'program_name' => 'Our program' );
		$this->assertStringNotContainsString( 'program-', do_shortcode( '[hit_pathfinder]' ) );
	}
}
