<?php
/**
 * Issue #19, part 3b: the school's profile kept by the site. Who may write it (only who may
 * manage this site's options, and only this site's), how it is checked and re-encoded on save,
 * how it is served (GET /wp-json/hit-pathfinder/v1/school: headers, body, validators), and the
 * widgets that use it by default.
 *
 * @package HIT_Pathfinder
 */

use PHPUnit\Framework\TestCase;

final class SchoolTest extends TestCase {

	private const ROUTE   = 'https://site.example/wp-json/hit-pathfinder/v1/school';
	private const HOSTILE = '<img src=x onerror=alert(1)>';

	/** @var array<int, array> Each simulated site's options (a multisite's own tables). */
	private $sites = array();
	/** @var int The simulated current site. */
	private $site = 1;

	protected function setUp(): void {
		WP_Stub::reset();
		remove_all_shortcodes();
		remove_all_filters( 'rest_send_nocache_headers' );
		remove_all_filters( 'hit_pathfinder_dataset_origins' );
		add_shortcode( 'hit_pathfinder', 'hit_pathfinder_shortcode' );
		$this->sites = array();
		$this->site  = 1;
	}

	/** The example profile of docs/school.md, decoded. */
	private function lakeview(): array {
		return json_decode( file_get_contents( __DIR__ . '/../../../docs/examples/lakeview.json' ), true );
	}

	/** Logs in a user with these capabilities. */
	private function as_user( string ...$caps ): void {
		WP_Stub::$logged_in = true;
		WP_Stub::$caps      = $caps;
	}

	/** Saves the settings page's "Your school's programs" as the current user, as options.php does. */
	private function save( $input ): void {
		WP_Stub::$options[ HIT_PATHFINDER_SCHOOL_OPTION ] = hit_pathfinder_sanitize_school_profile( $input );
	}

	/** The error codes reported so far. */
	private function errors(): array {
		return array_column( WP_Stub::$settings_errors, 'message' );
	}

	/** A GET request to the route, with these headers. */
	private function request( array $headers = array(), string $method = 'GET' ): WP_REST_Request {
		$request = new WP_REST_Request( $method, '/hit-pathfinder/v1/school' );
		foreach ( $headers as $name => $value ) {
			$request->set_header( $name, $value );
		}
		return $request;
	}

	/** What the route sends: the response and the body hit_pathfinder_serve_school() echoes. */
	private function serve( WP_REST_Request $request ): array {
		$response = hit_pathfinder_rest_school( $request );
		if ( $response instanceof WP_Error ) {
			return array( $response, null );
		}
		ob_start();
		$served = hit_pathfinder_serve_school( false, $response, $request );
		$body   = ob_get_clean();
		$this->assertTrue( $served );
		return array( $response, $body );
	}

	/** Moves to another site of a simulated multisite: its own options, the user's own rights there. */
	private function on_site( int $id, array $caps ): void {
		$this->sites[ $this->site ] = WP_Stub::$options;
		$this->site                 = $id;
		WP_Stub::$options           = $this->sites[ $id ] ?? array();
		$this->as_user( ...$caps );
	}

	// --- Saving: checked, re-encoded, never stored as given ---------------------------------

	public function test_an_administrator_saves_a_profile_re_encoded(): void {
		$this->as_user( 'manage_options' );
		$text = json_encode( $this->lakeview(), JSON_PRETTY_PRINT | JSON_UNESCAPED_UNICODE );
		$this->save( array( 'json' => "\xEF\xBB\xBF  " . $text . "\n", 'use' => '1' ) );
		$this->assertSame( array(), $this->errors() );
		$stored = WP_Stub::$options[ HIT_PATHFINDER_SCHOOL_OPTION ];
		$this->assertSame( array( 'json', 'modified', 'use' ), array_keys( $stored ) );
		$this->assertNotSame( $text, $stored['json'], 're-encoded, not the text as given' );
		$this->assertStringNotContainsString( "\n", $stored['json'] );
		$this->assertSame( $this->lakeview(), json_decode( $stored['json'], true ) );
		$this->assertStringContainsString( '"name":"Certificado en Codificación Médica"', $stored['json'] );
		$this->assertStringContainsString( '"url":"https://lakeview.example.edu/hit/coding"', $stored['json'] );
		$this->assertGreaterThan( time() - 5, $stored['modified'] );
		$this->assertTrue( $stored['use'] );

		// Saved again unchanged (or passed through the sanitiser again, as update_option() of a
		// new option does): the same value, the same time.
		$before = $stored;
		$this->save( array( 'json' => $text, 'use' => '1' ) );
		$this->assertSame( $before, WP_Stub::$options[ HIT_PATHFINDER_SCHOOL_OPTION ] );
		$this->save( $before );
		$this->assertSame( $before, WP_Stub::$options[ HIT_PATHFINDER_SCHOOL_OPTION ] );
	}

	public function test_a_script_in_a_name_is_stored_as_data_and_never_as_markup(): void {
		$this->as_user( 'manage_options' );
		$profile                        = $this->lakeview();
		$profile['name']                = self::HOSTILE;
		$profile['programs'][0]['name'] = '</script><script>alert(2)</script> & "more"';
		$this->save( array( 'json' => json_encode( $profile ) ) );
		$json = WP_Stub::$options[ HIT_PATHFINDER_SCHOOL_OPTION ]['json'];
		// As data: the same strings once decoded.
		$decoded = json_decode( $json, true );
		$this->assertSame( self::HOSTILE, $decoded['name'] );
		$this->assertSame( '</script><script>alert(2)</script> & "more"', $decoded['programs'][0]['name'] );
		// Never as markup: no <, > or & in the stored text, nor in what is served.
		$this->assertDoesNotMatchRegularExpression( '/[<>&]/', $json );
		$this->assertStringContainsString( '"name":"\u003Cimg src=x onerror=alert(1)\u003E"', $json );
		list( , $body ) = $this->serve( $this->request() );
		$this->assertDoesNotMatchRegularExpression( '/[<>&]/', $body );
		$this->assertSame( self::HOSTILE, json_decode( $body, true )['name'] );

		// On the settings page, inside the field the form posts: escaped.
		ob_start();
		hit_pathfinder_school_section();
		$html = ob_get_clean();
		$this->assertStringNotContainsString( '<img', $html );
		$this->assertStringNotContainsString( '<script', $html );
	}

	public function test_a_profile_that_is_not_valid_json_is_not_saved_and_the_previous_one_stays(): void {
		$this->as_user( 'manage_options' );
		$this->save( array( 'json' => json_encode( $this->lakeview() ) ) );
		$kept = WP_Stub::$options[ HIT_PATHFINDER_SCHOOL_OPTION ];
		$refused = array(
			'{"schema_version": 1, "name": "X", "programs": [}'               => 'the profile is not valid JSON.',
			"{'schema_version': 1}"                                           => 'the profile is not valid JSON.',
			'{"schema_version":1,"name":"X","programs":[]} trailing'          => 'the profile is not valid JSON.',
			"{\"schema_version\":1,\"name\":\"\xC3\x28\",\"programs\":[]}"    => 'the profile is not valid JSON.',
			str_repeat( '[', 40 ) . str_repeat( ']', 40 )                     => 'the profile is not valid JSON.',
			'[1, 2]'                                                          => 'the profile must be a JSON object ({ ... }).',
			'"Lakeview"'                                                      => 'the profile must be a JSON object ({ ... }).',
			'null'                                                            => 'the profile must be a JSON object ({ ... }).',
			'{"name":"X","programs":[]}'                                      => 'the profile\'s schema_version must be 1.',
			'{"schema_version":"1","name":"X","programs":[]}'                 => 'the profile\'s schema_version must be 1.',
			'{"schema_version":2,"name":"X","programs":[]}'                   => 'the profile\'s schema_version must be 1.',
			'{"schema_version":1,"programs":[]}'                              => 'the profile has no school name (name).',
			'{"schema_version":1,"name":"  ","programs":[]}'                  => 'the profile has no school name (name).',
			'{"schema_version":1,"name":["X"],"programs":[]}'                 => 'the profile has no school name (name).',
			'{"schema_version":1,"name":"X"}'                                 => 'the profile\'s programs must be a list ([ ... ]).',
			'{"schema_version":1,"name":"X","programs":{"a":{}}}'             => 'the profile\'s programs must be a list ([ ... ]).',
			'{"schema_version":1,"name":"X","programs":[{"url":"https://a.example/"},"b"]}' => 'the program at programs[1] must be a JSON object ({ ... }).',
		);
		foreach ( $refused as $json => $message ) {
			WP_Stub::$settings_errors = array();
			$this->save( array( 'json' => $json, 'use' => '1' ) );
			$this->assertSame( $kept, WP_Stub::$options[ HIT_PATHFINDER_SCHOOL_OPTION ], $json );
			$this->assertSame( array( 'Your school\'s programs were not saved: ' . $message ), $this->errors(), $json );
			$this->assertSame( HIT_PATHFINDER_SCHOOL_OPTION, WP_Stub::$settings_errors[0]['setting'] );
		}
	}

	public function test_a_profile_larger_than_256_kb_is_not_saved(): void {
		$this->as_user( 'manage_options' );
		$profile = $this->lakeview();
		// Just under the limit: kept.
		$profile['programs'][0]['name'] = '';
		$size                           = strlen( wp_json_encode( $profile, JSON_UNESCAPED_SLASHES | JSON_UNESCAPED_UNICODE | JSON_HEX_TAG | JSON_HEX_AMP ) );
		$profile['programs'][0]['name'] = str_repeat( 'a', HIT_PATHFINDER_SCHOOL_MAX_BYTES - $size );
		$this->save( array( 'json' => json_encode( $profile, JSON_UNESCAPED_SLASHES | JSON_UNESCAPED_UNICODE ) ) );
		$this->assertSame( array(), $this->errors() );
		$this->assertSame( HIT_PATHFINDER_SCHOOL_MAX_BYTES, strlen( WP_Stub::$options[ HIT_PATHFINDER_SCHOOL_OPTION ]['json'] ) );
		$kept = WP_Stub::$options[ HIT_PATHFINDER_SCHOOL_OPTION ];

		// One byte more, as given or once re-encoded (each < becomes \u003C), or padded with
		// spaces: refused.
		$message                         = 'Your school\'s programs were not saved: the profile is larger than 256 KB.';
		$profile['programs'][0]['name'] .= 'a';
		$bigger                          = json_encode( $profile, JSON_UNESCAPED_SLASHES | JSON_UNESCAPED_UNICODE );
		$profile['programs'][0]['name']  = str_repeat( '<', 50000 );
		foreach ( array( $bigger, json_encode( $profile ), '{"schema_version":1,"name":"X","programs":[]' . str_repeat( ' ', HIT_PATHFINDER_SCHOOL_MAX_BYTES ) . '}' ) as $json ) {
			WP_Stub::$settings_errors = array();
			$this->save( array( 'json' => $json ) );
			$this->assertSame( array( $message ), $this->errors() );
			$this->assertSame( $kept, WP_Stub::$options[ HIT_PATHFINDER_SCHOOL_OPTION ] );
		}
	}

	public function test_every_url_must_be_a_full_http_or_https_address(): void {
		$this->as_user( 'manage_options' );
		$this->save( array( 'json' => json_encode( $this->lakeview() ) ) );
		$kept = WP_Stub::$options[ HIT_PATHFINDER_SCHOOL_OPTION ];
		foreach ( array( 'javascript:alert(1)', 'JaVaScRiPt:alert(1)', 'java&#115;cript:alert(1)', "java\nscript:alert(1)", 'data:text/html,<script>alert(1)</script>', 'mailto:hit@lakeview.example.edu', 'ftp://lakeview.example.edu/', '/hit/coding', '//evil.example/', 'https://lakeview.example.edu@evil.example/', '', 42 ) as $url ) {
			foreach ( array( 'programs[1].url', 'program.url' ) as $place ) {
				$profile = $this->lakeview();
				if ( 'program.url' === $place ) {
					$profile['program']['url'] = $url;
				} else {
					$profile['programs'][1]['url'] = $url;
				}
				WP_Stub::$settings_errors = array();
				$this->save( array( 'json' => json_encode( $profile ) ) );
				$this->assertSame( $kept, WP_Stub::$options[ HIT_PATHFINDER_SCHOOL_OPTION ], var_export( $url, true ) );
				$this->assertSame(
					array( 'Your school\'s programs were not saved: the link at ' . $place . ' must be a full address starting with https:// (or http://).' ),
					$this->errors(),
					var_export( $url, true )
				);
			}
		}
		// http:// is allowed, as the widget allows it.
		$profile                       = $this->lakeview();
		$profile['programs'][1]['url'] = 'http://lakeview.example.edu/hit/aas';
		WP_Stub::$settings_errors      = array();
		$this->save( array( 'json' => json_encode( $profile ) ) );
		$this->assertSame( array(), $this->errors() );
		$this->assertStringContainsString( '"url":"http://lakeview.example.edu/hit/aas"', WP_Stub::$options[ HIT_PATHFINDER_SCHOOL_OPTION ]['json'] );
	}

	public function test_an_empty_profile_is_none_and_widgets_may_stop_using_it(): void {
		$this->as_user( 'manage_options' );
		$this->save( array( 'json' => json_encode( $this->lakeview() ), 'use' => '1' ) );
		$this->assertStringContainsString( ' school="' . self::ROUTE . '"', do_shortcode( '[hit_pathfinder]' ) );

		// "Show on pages" unticked: the hidden field's 0 only. Kept, served, not used by default.
		$this->save( array( 'json' => json_encode( $this->lakeview() ), 'use' => '0' ) );
		$this->assertFalse( hit_pathfinder_school_profile()['use'] );
		$this->assertNotSame( '', hit_pathfinder_school_profile()['json'] );
		$this->assertStringNotContainsString( 'school=', do_shortcode( '[hit_pathfinder]' ) );
		list( $response ) = $this->serve( $this->request() );
		$this->assertSame( 200, $response->get_status() );
		// Ticked again (the box's 1 comes after the hidden field's 0).
		$this->save( array( 'json' => json_encode( $this->lakeview() ), 'use' => '1' ) );
		$this->assertStringContainsString( ' school="' . self::ROUTE . '"', do_shortcode( '[hit_pathfinder]' ) );

		// Emptied: none; nothing served.
		$this->save( array( 'json' => "  \n", 'use' => '1' ) );
		$this->assertSame(
			array(
				'json'     => '',
				'modified' => 0,
				'use'      => true,
			),
			WP_Stub::$options[ HIT_PATHFINDER_SCHOOL_OPTION ]
		);
		$this->assertSame( array(), $this->errors() );
		$this->assertStringNotContainsString( 'school=', do_shortcode( '[hit_pathfinder]' ) );
		$this->assertSame( array( 'status' => 404 ), hit_pathfinder_rest_school( $this->request() )->get_error_data() );
	}

	public function test_a_form_without_the_profile_changes_nothing(): void {
		$this->as_user( 'manage_options' );
		$this->save( array( 'json' => json_encode( $this->lakeview() ) ) );
		$kept = WP_Stub::$options[ HIT_PATHFINDER_SCHOOL_OPTION ];
		// options.php passes null for a field the form did not post.
		foreach ( array( null, 42, array(), array( 'other' => 'x' ) ) as $input ) {
			$this->save( $input );
			$this->assertSame( $kept, WP_Stub::$options[ HIT_PATHFINDER_SCHOOL_OPTION ] );
		}
		$this->assertSame( array(), $this->errors() );
		// A value that is not text.
		$this->save( array( 'json' => array( 'schema_version' => 1 ) ) );
		$this->assertSame( $kept, WP_Stub::$options[ HIT_PATHFINDER_SCHOOL_OPTION ] );
		$this->assertSame( array( 'Your school\'s programs were not saved: the profile is not text.' ), $this->errors() );
	}

	// --- Who may write it -------------------------------------------------------------------

	public function test_only_who_may_manage_the_sites_options_saves_a_profile(): void {
		$this->as_user( 'manage_options' );
		$this->save( array( 'json' => json_encode( $this->lakeview() ) ) );
		$kept    = WP_Stub::$options[ HIT_PATHFINDER_SCHOOL_OPTION ];
		$profile = $this->lakeview();
		$profile['name'] = 'Evil College';
		$roles = array(
			'visitor'     => null,
			'subscriber'  => array( 'read' ),
			'contributor' => array( 'read', 'edit_posts' ),
			'author'      => array( 'read', 'edit_posts', 'publish_posts', 'upload_files' ),
			'editor'      => array( 'read', 'edit_posts', 'publish_posts', 'edit_others_posts', 'publish_pages', 'unfiltered_html', 'moderate_comments' ),
		);
		foreach ( $roles as $role => $caps ) {
			WP_Stub::$settings_errors = array();
			WP_Stub::reset_scripts();
			if ( null === $caps ) {
				WP_Stub::$logged_in = false;
				WP_Stub::$caps      = array();
			} else {
				$this->as_user( ...$caps );
			}
			foreach ( array( array( 'json' => json_encode( $profile ) ), json_encode( $profile ), array( 'json' => '' ), array( 'use' => '0' ) ) as $input ) {
				$this->save( $input );
				$this->assertSame( $kept, WP_Stub::$options[ HIT_PATHFINDER_SCHOOL_OPTION ], $role );
			}
			$this->assertContains( 'Your school\'s programs were not saved: only an administrator of this site may change them.', $this->errors(), $role );
			// Nor do they get the form's scripts on the settings page (which they cannot open).
			hit_pathfinder_enqueue_settings_assets( 'settings_page_hit-pathfinder' );
			$this->assertSame( array(), WP_Stub::$scripts, $role );
		}
		// The Settings API's own check stays manage_options: nothing lowers it.
		$this->assertFalse( has_filter( 'option_page_capability_hit_pathfinder' ) );
	}

	public function test_the_option_is_registered_with_its_check_and_kept_out_of_the_rest_api(): void {
		hit_pathfinder_register_school_setting();
		$registered = WP_Stub::$registered[ HIT_PATHFINDER_SCHOOL_OPTION ];
		$this->assertSame( 'hit_pathfinder', $registered['option_group'] );
		$this->assertSame( 'hit_pathfinder_sanitize_school_profile', $registered['args']['sanitize_callback'] );
		$this->assertFalse( $registered['args']['show_in_rest'] );

		// The route reads only: GET, for anyone; no argument (no other site's, no other option).
		hit_pathfinder_register_rest_routes();
		$this->assertCount( 1, WP_Stub::$routes );
		$this->assertSame( 'hit-pathfinder/v1', WP_Stub::$routes[0]['route_namespace'] );
		$this->assertSame( '/school', WP_Stub::$routes[0]['route'] );
		$this->assertSame( 'GET', WP_Stub::$routes[0]['args']['methods'] );
		$this->assertSame( '__return_true', WP_Stub::$routes[0]['args']['permission_callback'] );
		$this->assertSame( array(), WP_Stub::$routes[0]['args']['args'] );

		$plugin = file_get_contents( __DIR__ . '/../hit-pathfinder/hit-pathfinder.php' );
		$this->assertStringContainsString( "add_action( 'init', 'hit_pathfinder_register_school_setting' );", $plugin );
		$this->assertStringContainsString( "add_action( 'rest_api_init', 'hit_pathfinder_register_rest_routes' );", $plugin );
		$this->assertStringContainsString( "add_filter( 'rest_pre_serve_request', 'hit_pathfinder_serve_school', 10, 3 );", $plugin );
	}

	public function test_multisite_a_site_administrator_cannot_change_another_sites_profile(): void {
		// Site 1's administrator saves Lakeview.
		$this->as_user( 'manage_options' );
		$this->save( array( 'json' => json_encode( $this->lakeview() ) ) );
		$site1 = WP_Stub::$options[ HIT_PATHFINDER_SCHOOL_OPTION ];

		// Site 2's administrator (manage_options there, not on site 1) saves their own, on site 2.
		$profile         = $this->lakeview();
		$profile['name'] = 'Other College';
		$this->on_site( 2, array( 'manage_options' ) );
		$this->save( array( 'json' => json_encode( $profile ) ) );
		$this->assertSame( 'Other College', json_decode( hit_pathfinder_school_profile()['json'], true )['name'] );

		// The same user on site 1, where they have no right: whatever they post is refused.
		$this->on_site( 1, array( 'read' ) );
		$this->assertSame( $site1, WP_Stub::$options[ HIT_PATHFINDER_SCHOOL_OPTION ] );
		foreach ( array( array( 'json' => json_encode( $profile ) ), array( 'json' => '' ), array( 'use' => '0' ) ) as $input ) {
			$this->save( $input );
			$this->assertSame( $site1, WP_Stub::$options[ HIT_PATHFINDER_SCHOOL_OPTION ] );
		}
		WP_Stub::$logged_in = false;
		list( , $body ) = $this->serve( $this->request() );
		$this->assertSame( 'Lakeview College', json_decode( $body, true )['name'] );

		// The profile is each site's own option: never a network option, never another site's.
		$source = file_get_contents( __DIR__ . '/../hit-pathfinder/includes/school.php' );
		$this->assertDoesNotMatchRegularExpression( '/\b(get|update|add|delete)_(site|network)_option\b|switch_to_blog|get_blog_option|update_blog_option/', $source );
	}

	// --- Served ------------------------------------------------------------------------------

	public function test_the_route_serves_the_profile_with_its_type_nosniff_and_validators(): void {
		$this->as_user( 'manage_options' );
		$this->save( array( 'json' => json_encode( $this->lakeview() ) ) );
		$stored = WP_Stub::$options[ HIT_PATHFINDER_SCHOOL_OPTION ];
		// Anyone reads it: a visitor.
		WP_Stub::$logged_in = false;
		WP_Stub::$caps      = array();

		list( $response, $body ) = $this->serve( $this->request() );
		$this->assertSame( 200, $response->get_status() );
		$headers = $response->get_headers();
		$this->assertSame( 'application/json; charset=utf-8', $headers['Content-Type'] );
		$this->assertSame( 'nosniff', $headers['X-Content-Type-Options'] );
		$this->assertSame( 'public, max-age=300', $headers['Cache-Control'] );
		$this->assertMatchesRegularExpression( '/^"[0-9a-f]{32}"$/', $headers['ETag'] );
		$this->assertSame( gmdate( 'D, d M Y H:i:s', $stored['modified'] ) . ' GMT', $headers['Last-Modified'] );
		// The body is the stored JSON itself; the response's data, the profile.
		$this->assertSame( $stored['json'], $body );
		$this->assertSame( $this->lakeview(), json_decode( $body, true ) );
		$this->assertSame( $this->lakeview(), $response->get_data() );
		// The answer is the same for everyone: no no-cache headers after it for a logged-in visitor.
		$this->assertFalse( apply_filters( 'rest_send_nocache_headers', true ) );

		// The browser's copy is current: 304, nothing sent.
		$etag = $headers['ETag'];
		foreach ( array( $etag, 'W/' . $etag, '"other", ' . $etag, '*' ) as $tag ) {
			list( $not_modified, $nothing ) = $this->serve( $this->request( array( 'If-None-Match' => $tag ) ) );
			$this->assertSame( 304, $not_modified->get_status(), $tag );
			$this->assertSame( '', $nothing );
			$this->assertSame( $etag, $not_modified->get_headers()['ETag'] );
		}
		list( $modified ) = $this->serve( $this->request( array( 'If-None-Match' => '"other"', 'If-Modified-Since' => gmdate( 'D, d M Y H:i:s', time() + 60 ) . ' GMT' ) ) );
		$this->assertSame( 200, $modified->get_status(), 'If-None-Match wins over If-Modified-Since' );
		list( $since ) = $this->serve( $this->request( array( 'If-Modified-Since' => $headers['Last-Modified'] ) ) );
		$this->assertSame( 304, $since->get_status() );
		list( $older ) = $this->serve( $this->request( array( 'If-Modified-Since' => gmdate( 'D, d M Y H:i:s', $stored['modified'] - 60 ) . ' GMT' ) ) );
		$this->assertSame( 200, $older->get_status() );

		// Another profile, another ETag.
		$profile         = $this->lakeview();
		$profile['name'] = 'Lakeview Community College';
		$this->as_user( 'manage_options' );
		$this->save( array( 'json' => json_encode( $profile ) ) );
		list( $changed ) = $this->serve( $this->request( array( 'If-None-Match' => $etag ) ) );
		$this->assertSame( 200, $changed->get_status() );
		$this->assertNotSame( $etag, $changed->get_headers()['ETag'] );
	}

	public function test_the_route_answers_404_without_a_profile_and_serves_nothing_it_did_not_check(): void {
		$error = hit_pathfinder_rest_school( $this->request() );
		$this->assertInstanceOf( WP_Error::class, $error );
		$this->assertSame( 'hit_pathfinder_no_school_profile', $error->get_error_code() );
		$this->assertSame( array( 'status' => 404 ), $error->get_error_data() );

		// Text written to the database some other way (not through the check): not served.
		foreach ( array( '</script><script>alert(1)</script>', '{"schema_version":1,"name":"X","programs":[{"url":"javascript:alert(1)"}]}', array( 'x' ) ) as $raw ) {
			WP_Stub::$options[ HIT_PATHFINDER_SCHOOL_OPTION ] = array( 'json' => $raw, 'modified' => 1, 'use' => true );
			$this->assertInstanceOf( WP_Error::class, hit_pathfinder_rest_school( $this->request() ) );
		}
		// Valid but not as the check writes it: served re-encoded.
		WP_Stub::$options[ HIT_PATHFINDER_SCHOOL_OPTION ] = array( 'json' => '{ "schema_version": 1, "name": "<b>X</b>", "programs": [] }', 'modified' => 1, 'use' => true );
		list( , $body ) = $this->serve( $this->request() );
		$this->assertSame( '{"schema_version":1,"name":"\u003Cb\u003EX\u003C/b\u003E","programs":[]}', $body );

		// Other routes, HEAD requests, and errors are the REST server's to send.
		$response = new WP_REST_Response( array( 'x' => 1 ), 200 );
		$other    = new WP_REST_Request( 'GET', '/wp/v2/posts' );
		$this->assertFalse( hit_pathfinder_serve_school( false, $response, $other ) );
		$this->assertFalse( hit_pathfinder_serve_school( false, $response, $this->request( array(), 'HEAD' ) ) );
		$this->assertFalse( hit_pathfinder_serve_school( false, new WP_REST_Response( array(), 404 ), $this->request() ) );
		$this->assertTrue( hit_pathfinder_serve_school( true, $response, $other ) );
	}

	public function test_the_fields_parameter_is_dropped_so_the_server_never_filters_a_profile(): void {
		$this->as_user( 'manage_options' );
		$this->save( array( 'json' => json_encode( $this->lakeview() ) ) );
		$request = $this->request();
		$request->set_query_params( array( '_fields' => 'name' ) );
		hit_pathfinder_rest_school( $request );
		$this->assertFalse( isset( $request['_fields'] ) );
	}

	// --- Used by default ---------------------------------------------------------------------

	public function test_widgets_that_name_no_profile_use_the_served_one_and_an_explicit_one_wins(): void {
		$this->assertStringNotContainsString( 'school=', do_shortcode( '[hit_pathfinder]' ), 'none saved: none' );
		$this->as_user( 'manage_options' );
		$this->save( array( 'json' => json_encode( $this->lakeview() ) ) );
		WP_Stub::$logged_in = false;

		$this->assertStringContainsString( ' school="' . self::ROUTE . '"', do_shortcode( '[hit_pathfinder]' ) );
		$this->assertStringContainsString( ' school="' . self::ROUTE . '"', hit_pathfinder_render_block( array( 'view' => 'paths' ) ) );
		// A shortcode's or a block's own profile wins.
		$own = 'https://site.example/wp-content/uploads/other.json';
		$this->assertStringContainsString( ' school="' . $own . '"', do_shortcode( '[hit_pathfinder school="' . $own . '"]' ) );
		$this->assertStringContainsString( ' school="' . $own . '"', hit_pathfinder_render_block( array( 'school' => $own ) ) );
		// So does the settings' address.
		WP_Stub::$options['hit_pathfinder_settings'] = array( 'school' => $own );
		$this->assertStringContainsString( ' school="' . $own . '"', do_shortcode( '[hit_pathfinder]' ) );
		WP_Stub::$options['hit_pathfinder_settings'] = array();

		// A value that is refused (an Author's javascript:, another site's): the site's default,
		// and a note for whoever may edit the page.
		$this->as_user( 'edit_posts' );
		foreach ( array( 'javascript:alert(1)', 'https://evil.example/lakeview.json' ) as $refused ) {
			$html = do_shortcode( '[hit_pathfinder school="' . $refused . '"]' );
			$this->assertStringContainsString( ' school="' . self::ROUTE . '"', $html );
			$this->assertStringContainsString( 'The school profile address was ignored', $html );
			$this->assertStringNotContainsString( 'javascript', $html );
			$this->assertStringNotContainsString( 'evil.example/lakeview.json', $html );
		}
	}

	public function test_the_served_profile_is_preloaded_with_the_page_as_the_widget_fetches_it(): void {
		remove_all_filters( 'hit_pathfinder_preload_links' );
		$this->as_user( 'manage_options' );
		$this->save( array( 'json' => json_encode( $this->lakeview() ) ) );
		WP_Stub::$logged_in = false;
		WP_Stub::reset_scripts();
		$html = do_shortcode( '[hit_pathfinder][hit_pathfinder view="paths"]' );
		$this->assertSame( 1, substr_count( $html, '<link rel="preload" href="' . self::ROUTE . '" as="fetch" crossorigin>' ) );
		$this->assertSame( 2, substr_count( $html, ' school="' . self::ROUTE . '"' ) );
	}

	public function test_the_block_editor_gets_the_default_profile_the_widgets_use(): void {
		$this->assertSame( '', hit_pathfinder_default_school() );
		$this->as_user( 'manage_options' );
		$this->save( array( 'json' => json_encode( $this->lakeview() ) ) );
		$this->assertSame( self::ROUTE, hit_pathfinder_default_school() );
		$this->assertStringContainsString( "\$defaults['school'] = hit_pathfinder_default_school();", file_get_contents( __DIR__ . '/../hit-pathfinder/hit-pathfinder.php' ) );
	}

	// --- The settings page -------------------------------------------------------------------

	public function test_the_settings_section_holds_the_form_its_preview_and_the_field_it_saves(): void {
		$this->as_user( 'manage_options' );
		$this->save( array( 'json' => json_encode( $this->lakeview() ) ) );
		ob_start();
		hit_pathfinder_school_section();
		$html = ob_get_clean();
		$v    = hit_pathfinder_asset_version();
		$this->assertStringContainsString(
			'<div class="hit-pathfinder-programs" id="hit-pathfinder-programs" data-form="https://site.example/wp-content/plugins/hit-pathfinder/widget/school-form.js?v=' . $v
			. '" data-lang="en" data-dataset="https://site.example/wp-content/plugins/hit-pathfinder/widget/data/hit-pathfinder.en-US.json">',
			$html
		);
		$this->assertStringContainsString( '<div class="hit-pathfinder-programs-form" id="hit-pathfinder-programs-form">', $html );
		$this->assertStringContainsString( '<hit-pathfinder view="paths" lang="en">', $html );
		$this->assertStringContainsString( '<code>' . self::ROUTE . '</code>', $html );
		$this->assertStringContainsString( '<noscript>', $html );
		$json = WP_Stub::$options[ HIT_PATHFINDER_SCHOOL_OPTION ]['json'];
		$this->assertStringContainsString( '<textarea hidden id="hit-pathfinder-programs-json" name="hit_pathfinder_school_profile[json]">' . esc_textarea( $json ) . '</textarea>', $html );

		// In Spanish for a Spanish administrator, with the site's own dataset in that language.
		WP_Stub::$locale = 'es_MX';
		WP_Stub::$options['hit_pathfinder_settings'] = array( 'dataset' => 'https://site.example/wp-content/uploads/school.{lang}.json' );
		ob_start();
		hit_pathfinder_school_section();
		$html = ob_get_clean();
		$this->assertStringContainsString( 'data-lang="es" data-dataset="https://site.example/wp-content/uploads/school.es-US.json"', $html );
		$this->assertStringContainsString( '<hit-pathfinder view="paths" lang="es" dataset="https://site.example/wp-content/uploads/school.%7Blang%7D.json">', $html );

		// Whatever the database holds, the field's content is escaped.
		WP_Stub::$options[ HIT_PATHFINDER_SCHOOL_OPTION ] = array( 'json' => '</textarea><script>alert(1)</script>' );
		ob_start();
		hit_pathfinder_school_section();
		$html = ob_get_clean();
		$this->assertStringNotContainsString( '<script', $html );
		$this->assertStringContainsString( '&lt;/textarea&gt;&lt;script&gt;', $html );
	}

	public function test_every_id_on_the_settings_page_is_unique(): void {
		// The school profile address's field is hit-pathfinder-school: the section's own ids
		// (which its script looks up) must not take it.
		$this->as_user( 'manage_options', 'unfiltered_html' );
		ob_start();
		foreach ( array( 'program_url' => 'url', 'program_name' => 'text', 'lang' => 'lang', 'region' => 'region', 'school' => 'url', 'dataset' => 'url', 'dataset_origins' => 'origins', 'widget_base_url' => 'url' ) as $key => $type ) {
			hit_pathfinder_render_field( array( 'key' => $key, 'type' => $type, 'help' => '' ) );
		}
		hit_pathfinder_school_section();
		hit_pathfinder_render_school_use_field();
		preg_match_all( '/\sid="([^"]+)"/', ob_get_clean(), $ids );
		$this->assertContains( 'hit-pathfinder-school', $ids[1] );
		$this->assertContains( 'hit-pathfinder-programs', $ids[1] );
		$this->assertSame( array_unique( $ids[1] ), $ids[1] );
		$js = file_get_contents( __DIR__ . '/../hit-pathfinder/admin/settings.js' );
		preg_match_all( '/getElementById\("([^"]+)"\)/', $js, $looked_up );
		$this->assertNotEmpty( $looked_up[1] );
		foreach ( $looked_up[1] as $id ) {
			$this->assertContains( $id, $ids[1] );
			$this->assertStringStartsWith( 'hit-pathfinder-programs', $id );
		}
	}

	public function test_the_show_on_pages_box_posts_0_unticked_and_1_ticked(): void {
		ob_start();
		hit_pathfinder_render_school_use_field();
		$html = ob_get_clean();
		$this->assertMatchesRegularExpression( '/<input type="hidden" name="hit_pathfinder_school_profile\[use\]" value="0" \/><label><input type="checkbox" id="hit-pathfinder-programs-use" name="hit_pathfinder_school_profile\[use\]" value="1" [^>]*checked="checked" \/>/', $html );
		WP_Stub::$options[ HIT_PATHFINDER_SCHOOL_OPTION ] = array( 'json' => '', 'use' => false );
		ob_start();
		hit_pathfinder_render_school_use_field();
		$this->assertStringNotContainsString( 'checked', ob_get_clean() );
	}

	public function test_the_form_and_its_script_are_enqueued_as_modules_on_the_settings_page_only(): void {
		$this->as_user( 'manage_options' );
		foreach ( array( 'index.php', 'post.php', 'options-general.php', 'settings_page_other' ) as $hook ) {
			hit_pathfinder_enqueue_settings_assets( $hook );
		}
		$this->assertSame( array(), WP_Stub::$scripts );
		$this->assertSame( array(), WP_Stub::$styles );

		hit_pathfinder_enqueue_settings_assets( 'settings_page_hit-pathfinder' );
		$v      = hit_pathfinder_asset_version();
		$widget = 'https://site.example/wp-content/plugins/hit-pathfinder/widget/';
		$this->assertSame(
			array(
				array(
					'handle'    => 'hit-pathfinder-school-form',
					'src'       => $widget . 'school-form.js?v=' . $v,
					'deps'      => array(),
					'ver'       => null,
					'in_footer' => true,
				),
				array(
					'handle'    => 'hit-pathfinder-settings',
					'src'       => 'https://site.example/wp-content/plugins/hit-pathfinder/admin/settings.js',
					'deps'      => array(),
					'ver'       => $v,
					'in_footer' => true,
				),
			),
			WP_Stub::$scripts
		);
		$this->assertSame( array( 'hit-pathfinder-school-form', 'hit-pathfinder-settings' ), array_column( WP_Stub::$styles, 'handle' ) );
		$this->assertSame( $widget . 'school-form.css', WP_Stub::$styles[0]['src'] );
		// The page's script imports the form at the address enqueued, so it runs once.
		ob_start();
		hit_pathfinder_school_section();
		$this->assertStringContainsString( 'data-form="' . esc_url( WP_Stub::$scripts[0]['src'] ) . '"', ob_get_clean() );
		// Both tags are modules (WordPress before 6.5); other scripts are left alone.
		foreach ( array( 'hit-pathfinder-school-form', 'hit-pathfinder-settings' ) as $handle ) {
			$this->assertSame(
				'<script type="module" src="x.js" id="' . $handle . '-js"></script>',
				apply_filters( 'script_loader_tag', "<script type='text/javascript' src=\"x.js\" id=\"$handle-js\"></script>", $handle, 'x.js' )
			);
		}
		$this->assertSame( '<script src="x.js"></script>', apply_filters( 'script_loader_tag', '<script src="x.js"></script>', 'jquery', 'x.js' ) );
		// The page's own script: a file, with no inline part and no words of its own.
		$js = file_get_contents( __DIR__ . '/../hit-pathfinder/admin/settings.js' );
		$this->assertStringContainsString( 'await import(root.dataset.form)', $js );
		$this->assertStringContainsString( 'field.value = isEmpty(json) ? "" : json;', $js );
	}

	public function test_every_word_of_the_profile_is_translated_to_spanish(): void {
		require_once ABSPATH . WPINC . '/pomo/mo.php';
		$mo = new MO();
		$this->assertTrue( $mo->import_from_file( __DIR__ . '/../hit-pathfinder/languages/hit-pathfinder-es_ES.mo' ) );
		preg_match_all( "/(?:__|esc_html__)\\(\\s*'((?:[^'\\\\]|\\\\.)*)',\\s*'hit-pathfinder'\\s*\\)/", file_get_contents( __DIR__ . '/../hit-pathfinder/includes/school.php' ), $matches );
		$this->assertGreaterThan( 15, count( $matches[1] ) );
		foreach ( $matches[1] as $text ) {
			$text = stripslashes( $text );
			$this->assertNotSame( $text, $mo->translate( $text ), $text );
		}
		$this->assertSame( 'Los programas de su escuela', $mo->translate( 'Your school\'s programs' ) );
		$this->assertSame( 'Mostrar en las páginas', $mo->translate( 'Show on pages' ) );
	}

	public function test_the_form_comes_from_the_widget_files_address_set_by_an_administrator_with_unfiltered_html(): void {
		$this->as_user( 'manage_options', 'unfiltered_html' );
		WP_Stub::$options['hit_pathfinder_settings'] = hit_pathfinder_sanitize_settings( array( 'widget_base_url' => 'https://cdn.example/hit-pathfinder/' ) );
		$this->assertSame( 'https://cdn.example/hit-pathfinder/school-form.js?v=' . hit_pathfinder_asset_version(), hit_pathfinder_school_form_url() );
	}
}
