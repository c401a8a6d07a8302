<?php
/**
 * The plugin as WordPress sees it (issue #14, from the plugin handbook): its header, the
 * block's metadata, the editor preview without a doubled wrapper, one version for cache
 * busting, translations, and uninstalling on every site of a network.
 *
 * @package HIT_Pathfinder
 */

use PHPUnit\Framework\TestCase;

final class PluginTest extends TestCase {

	private const PLUGIN = __DIR__ . '/../hit-pathfinder';

	protected function setUp(): void {
		WP_Stub::reset();
	}

	/** @return array<string, string> The plugin header's fields. */
	private function header(): array {
		$head = file_get_contents( self::PLUGIN . '/hit-pathfinder.php', false, null, 0, 4096 );
		preg_match_all( '/^ \* ([A-Za-z ]+):\s*(.+)$/m', $head, $matches, PREG_SET_ORDER );
		$fields = array();
		foreach ( $matches as $match ) {
			$fields[ $match[1] ] = trim( $match[2] );
		}
		return $fields;
	}

	/** @return array<string, string> readme.txt's header fields. */
	private function readme(): array {
		preg_match_all( '/^([A-Za-z ]+):\s*(.+)$/m', explode( '==', file_get_contents( self::PLUGIN . '/readme.txt' ) )[2] ?? '', $matches, PREG_SET_ORDER );
		$fields = array();
		foreach ( $matches as $match ) {
			$fields[ $match[1] ] = trim( $match[2] );
		}
		return $fields;
	}

	public function test_the_header_and_readme_say_what_the_code_needs_and_what_is_tested(): void {
		$header = $this->header();
		$readme = $this->readme();
		// Installed from a zip: WordPress.org must never offer an "update" for this slug.
		$this->assertSame( 'false', $header['Update URI'] );
		$this->assertSame( '/languages', $header['Domain Path'] );
		$this->assertSame( 'hit-pathfinder', $header['Text Domain'] );
		// The end-to-end test runs on Debian's WordPress 6.1 (the fallbacks for block apiVersion
		// 3, which needs 6.3, and for wp_enqueue_script_module(), which needs 6.5).
		$this->assertSame( '6.1', $header['Requires at least'] );
		$this->assertSame( $header['Requires at least'], $readme['Requires at least'] );
		$this->assertSame( '6.1', $readme['Tested up to'] );
		$this->assertSame( $header['Version'], $readme['Stable tag'] );
		$this->assertSame( $header['Requires PHP'], $readme['Requires PHP'] );
		$this->assertArrayNotHasKey( 'Contributors', $readme );
		$text = file_get_contents( self::PLUGIN . '/readme.txt' );
		$this->assertStringContainsString( '== External services ==', $text );
		$this->assertStringContainsString( '== Source code and build ==', $text );
	}

	public function test_block_json_lists_the_allowed_values(): void {
		$block = json_decode( file_get_contents( self::PLUGIN . '/block/block.json' ), true );
		$this->assertSame( array_merge( array( '' ), HIT_PATHFINDER_VIEWS ), $block['attributes']['view']['enum'] );
		$this->assertSame( array_merge( array( '' ), HIT_PATHFINDER_LANGS ), $block['attributes']['lang']['enum'] );
		$this->assertSame( array_merge( array( '' ), HIT_PATHFINDER_THEMES ), $block['attributes']['theme']['enum'] );
		$this->assertSame( array_merge( array( '' ), HIT_PATHFINDER_REGIONS ), $block['attributes']['region']['enum'] );
		$this->assertSame( 'hit-pathfinder', $block['textdomain'] );
		$this->assertArrayNotHasKey( 'version', $block, 'one version: the build\'s (editor.asset.php)' );
	}

	/**
	 * @runInSeparateProcess
	 * @preserveGlobalState disabled
	 */
	public function test_the_editor_preview_has_no_second_wrapper(): void {
		define( 'REST_REQUEST', true );
		$GLOBALS['wp'] = (object) array( 'query_vars' => array( 'rest_route' => '/wp/v2/block-renderer/hit-pathfinder/widget' ) );
		WP_Stub::reset();
		$html = hit_pathfinder_render_block( array( 'view' => 'quiz' ) );
		$this->assertSame( '<hit-pathfinder view="quiz"><p>Health Information Technology career guide</p></hit-pathfinder>', $html );
		// Another REST request (a post's rendered content) keeps the wrapper.
		$GLOBALS['wp']->query_vars['rest_route'] = '/wp/v2/posts/1';
		$this->assertStringStartsWith( '<div class="wp-block-hit-pathfinder-widget"><hit-pathfinder', hit_pathfinder_render_block( array( 'view' => 'quiz' ) ) );
	}

	public function test_the_editor_script_and_the_widget_files_share_the_build_version(): void {
		$asset = require self::PLUGIN . '/block/editor.asset.php';
		$this->assertSame( hit_pathfinder_asset_version(), $asset['version'] );
		do_shortcode( '[hit_pathfinder]' );
		$this->assertSame( hit_pathfinder_asset_version(), WP_Stub::$scripts[0]['ver'] );
		hit_pathfinder_enqueue_editor_canvas();
		$this->assertSame( hit_pathfinder_asset_version(), WP_Stub::$scripts[1]['ver'] );
	}

	/**
	 * @runInSeparateProcess
	 * @preserveGlobalState disabled
	 */
	public function test_the_version_comes_from_the_build(): void {
		$file = self::PLUGIN . '/widget/version.php';
		$this->assertFileDoesNotExist( $file, 'widget/ is made by build-zip.sh, not kept in the repository' );
		@mkdir( dirname( $file ) );
		file_put_contents( $file, "<?php\nreturn '9.8.7';\n" );
		try {
			$this->assertSame( '9.8.7', hit_pathfinder_asset_version() );
			$asset = require self::PLUGIN . '/block/editor.asset.php';
			$this->assertSame( '9.8.7', $asset['version'] );
		} finally {
			unlink( $file );
			@rmdir( dirname( $file ) );
		}
	}

	public function test_translations_ship_with_the_plugin(): void {
		$languages = self::PLUGIN . '/languages';
		$this->assertFileExists( $languages . '/hit-pathfinder.pot' );
		$this->assertFileExists( $languages . '/hit-pathfinder-es_ES.po' );
		$this->assertFileExists( $languages . '/hit-pathfinder-es_ES.mo' );
		$json = $languages . '/hit-pathfinder-es_ES-' . md5( 'block/editor.js' ) . '.json';
		$this->assertFileExists( $json );
		$data = json_decode( file_get_contents( $json ), true );
		$this->assertSame( array( 'Se abre con' ), $data['locale_data']['messages']['Opens with'] );
		$this->assertSame( array( 'Predeterminado del sitio: %s' ), $data['locale_data']['messages']['Site default: %s'] );
		// A string the PHP uses too.
		$this->assertSame( array( 'Enlace del programa' ), $data['locale_data']['messages']['Program link'] );

		require_once ABSPATH . WPINC . '/pomo/mo.php';
		$mo = new MO();
		$this->assertTrue( $mo->import_from_file( $languages . '/hit-pathfinder-es_ES.mo' ) );
		$this->assertSame( 'Enlace del programa', $mo->translate( 'Program link' ) );
		$this->assertSame( 'Rutas profesionales', $mo->translate( 'Specialty paths' ) );
		$this->assertSame( 'Virginia Occidental', $mo->translate( 'West Virginia', 'US state' ) );
		$this->assertSame( 'Ninguno: solo los datos nacionales', $mo->translate( 'None: national figures only' ) );
		$this->assertSame( array( 'Hawái' ), $data['locale_data']['messages']["US state\u{4}Hawaii"] );
		$this->assertSame( array( 'Estado para los datos de salario' ), $data['locale_data']['messages']['State for pay figures'] );
		$this->assertSame( 'Dirección del perfil de la escuela', $mo->translate( 'School profile address' ) );
		$this->assertSame( array( 'Dirección del perfil de la escuela' ), $data['locale_data']['messages']['School profile address'] );
		$this->assertStringStartsWith( 'Se ignoró la dirección del perfil de la escuela', $mo->translate( 'The school profile address was ignored: only full http:// or https:// addresses are allowed.' ) );

		// The editor script's translations are looked up in the plugin's own folder.
		$source = file_get_contents( self::PLUGIN . '/hit-pathfinder.php' );
		$this->assertStringContainsString( "wp_set_script_translations( \$handle, 'hit-pathfinder', HIT_PATHFINDER_DIR . '/languages' )", $source );
		$this->assertStringContainsString( 'load_plugin_textdomain(', $source );
	}

	public function test_the_block_sidebar_names_the_same_states_as_the_settings(): void {
		$js = file_get_contents( self::PLUGIN . '/block/editor.js' );
		preg_match_all( "/\\{ value: '([A-Z]{2})', label: _x\\( '([^']+)', 'US state', 'hit-pathfinder' \\) \\}/", $js, $matches );
		$sidebar = array_combine( $matches[1], $matches[2] );
		$this->assertSame( HIT_PATHFINDER_REGIONS, array_keys( $sidebar ) );
		$php = hit_pathfinder_region_names();
		ksort( $php );
		ksort( $sidebar );
		$this->assertSame( $php, $sidebar );
		// The block editor gets the site's default state, for its "Site default (...)" choice.
		$this->assertStringContainsString( "'lang', 'region' )", file_get_contents( self::PLUGIN . '/hit-pathfinder.php' ) );
	}

	public function test_the_block_sidebar_has_the_school_profile_with_the_site_default(): void {
		$js = file_get_contents( self::PLUGIN . '/block/editor.js' );
		$this->assertMatchesRegularExpression( "/label: __\\( 'School profile address', 'hit-pathfinder' \\),\\s*type: 'url',\\s*value: attributes\\.school,\\s*placeholder: defaults\\.school \\|\\| 'https:\\/\\/',/", $js );
		$this->assertStringContainsString( "onChange: set( 'school' )", $js );
		// The block editor gets the site's default profile, for its placeholder and help.
		$this->assertStringContainsString( "array( 'dataset', 'school', 'program_url', 'program_name', 'lang', 'region' )", file_get_contents( self::PLUGIN . '/hit-pathfinder.php' ) );
	}

	public function test_another_spanish_locale_gets_the_es_ES_translation(): void {
		$languages = realpath( self::PLUGIN . '/languages' );
		$this->assertSame( $languages . '/hit-pathfinder-es_ES.mo', hit_pathfinder_spanish_fallback( $languages . '/hit-pathfinder-es_MX.mo', 'hit-pathfinder' ) );
		$this->assertSame( $languages . '/hit-pathfinder-fr_FR.mo', hit_pathfinder_spanish_fallback( $languages . '/hit-pathfinder-fr_FR.mo', 'hit-pathfinder' ) );
		$this->assertSame( $languages . '/other-es_MX.mo', hit_pathfinder_spanish_fallback( $languages . '/other-es_MX.mo', 'other' ) );
		$json = $languages . '/hit-pathfinder-es_ES-' . md5( 'block/editor.js' ) . '.json';
		$this->assertSame( $json, hit_pathfinder_spanish_script_fallback( str_replace( '-es_ES-', '-es_US-', $json ), 'h', 'hit-pathfinder' ) );
	}

	public function test_no_sentence_is_built_by_concatenation(): void {
		$php = file_get_contents( self::PLUGIN . '/includes/render.php' ) . file_get_contents( self::PLUGIN . '/includes/settings.php' );
		// A translated string followed or preceded by more words joined with a dot.
		$this->assertDoesNotMatchRegularExpression( "/__\\(\\s*'[^']*'\\s*,\\s*'hit-pathfinder'\\s*\\)\\s*\\.\\s*'\\s*[^<']/", $php );
		$this->assertDoesNotMatchRegularExpression( "/%s (was|is) /", $php, 'a label inside a sentence' );
		$js = file_get_contents( self::PLUGIN . '/block/editor.js' );
		$this->assertDoesNotMatchRegularExpression( "/__\\([^)]*\\)\\s*\\+/", $js );
	}

	/**
	 * @runInSeparateProcess
	 * @preserveGlobalState disabled
	 */
	public function test_uninstalling_deletes_the_settings_and_the_school_profile_of_every_site(): void {
		$GLOBALS['hp_sites']   = array( 1, 2, 5 );
		$GLOBALS['hp_current'] = 1;
		$GLOBALS['hp_deleted'] = array();
		define( 'WP_UNINSTALL_PLUGIN', 'hit-pathfinder/hit-pathfinder.php' );
		eval(
			'function is_multisite() { return true; }
			function get_sites( $args ) { return $args["fields"] === "ids" && 0 === $args["number"] ? $GLOBALS["hp_sites"] : array(); }
			function switch_to_blog( $id ) { $GLOBALS["hp_stack"][] = $GLOBALS["hp_current"]; $GLOBALS["hp_current"] = $id; }
			function restore_current_blog() { $GLOBALS["hp_current"] = array_pop( $GLOBALS["hp_stack"] ); }
			function delete_option( $name ) { $GLOBALS["hp_deleted"][] = $GLOBALS["hp_current"] . ":" . $name; return true; }'
		);
		require self::PLUGIN . '/uninstall.php';
		$this->assertSame(
			array(
				'1:hit_pathfinder_settings',
				'1:hit_pathfinder_school_profile',
				'2:hit_pathfinder_settings',
				'2:hit_pathfinder_school_profile',
				'5:hit_pathfinder_settings',
				'5:hit_pathfinder_school_profile',
			),
			$GLOBALS['hp_deleted']
		);
		$this->assertSame( 1, $GLOBALS['hp_current'] );
	}
}
