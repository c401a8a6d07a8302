<?php
/**
 * Issue #13: a page with the widget tells the browser, while it reads the page, to fetch the
 * widget's glue, WebAssembly and dataset (no request waterfall), once per page, with the
 * exact addresses and mode the widget's loader uses.
 *
 * @package HIT_Pathfinder
 */

use PHPUnit\Framework\TestCase;

final class PreloadTest extends TestCase {

	private const WIDGET = 'https://site.example/wp-content/plugins/hit-pathfinder/widget/';

	protected function setUp(): void {
		WP_Stub::reset();
		remove_all_filters( 'hit_pathfinder_preload_links' );
		remove_all_filters( 'hit_pathfinder_widget_base_url' );
		remove_all_shortcodes();
		add_shortcode( 'hit_pathfinder', 'hit_pathfinder_shortcode' );
	}

	/** @return string[] The preload links' tags in the HTML. */
	private function links( string $html ): array {
		preg_match_all( '/<link [^>]*>/', $html, $matches );
		return $matches[0];
	}

	public function test_the_first_widget_of_a_page_brings_the_preload_links_and_the_second_none(): void {
		$v    = hit_pathfinder_asset_version();
		$html = do_shortcode( '[hit_pathfinder view="quiz"] [hit_pathfinder view="compare"]' )
			. hit_pathfinder_render_block( array( 'view' => 'paths' ) );
		$this->assertSame(
			array(
				'<link rel="modulepreload" href="' . self::WIDGET . 'hit_pathfinder.js?v=' . $v . '">',
				'<link rel="preload" href="' . self::WIDGET . 'hit_pathfinder_bg.wasm?v=' . $v . '" as="fetch" crossorigin>',
				'<link rel="preload" href="' . self::WIDGET . 'data/hit-pathfinder.en-US.json" as="fetch" crossorigin>',
			),
			$this->links( $html )
		);
		// Before the first element.
		$this->assertStringStartsWith( '<link rel="modulepreload"', $html );
	}

	public function test_the_dataset_preloaded_is_the_one_in_the_widgets_language(): void {
		$this->assertStringContainsString( 'data/hit-pathfinder.es-US.json" as="fetch" crossorigin>', do_shortcode( '[hit_pathfinder lang="es"]' ) );
		WP_Stub::reset_scripts();
		WP_Stub::$locale = 'es_MX';
		$this->assertStringContainsString( 'data/hit-pathfinder.es-US.json"', do_shortcode( '[hit_pathfinder]' ) );
		WP_Stub::reset_scripts();
		$this->assertStringContainsString( 'data/hit-pathfinder.en-US.json"', do_shortcode( '[hit_pathfinder lang="en"]' ) );

		// Two widgets in two languages: each dataset once, the glue and wasm once.
		WP_Stub::reset_scripts();
		$links = $this->links( do_shortcode( '[hit_pathfinder lang="en"][hit_pathfinder lang="es"][hit_pathfinder lang="es"]' ) );
		$this->assertCount( 4, $links );
	}

	public function test_a_schools_dataset_is_preloaded_at_the_address_the_widget_fetches(): void {
		$links = $this->links( do_shortcode( '[hit_pathfinder lang="es" dataset="https://site.example/wp-content/uploads/school.{lang}.json"]' ) );
		$this->assertSame( '<link rel="preload" href="https://site.example/wp-content/uploads/school.es-US.json" as="fetch" crossorigin>', $links[2] );
		$this->assertCount( 3, $links );
		// A dataset that was refused is neither shown nor preloaded.
		WP_Stub::reset_scripts();
		$html = do_shortcode( '[hit_pathfinder dataset="https://evil.example/x.json"]' );
		$this->assertStringNotContainsString( 'evil', $html );
		$this->assertStringContainsString( 'data/hit-pathfinder.en-US.json"', $html );
	}

	public function test_a_school_profile_is_preloaded_at_the_address_the_widget_fetches(): void {
		$html  = do_shortcode( '[hit_pathfinder school="https://site.example/wp-content/uploads/lakeview.json?a=1&amp;b=2"]' );
		$links = $this->links( $html );
		$this->assertCount( 4, $links );
		$this->assertSame( '<link rel="preload" href="https://site.example/wp-content/uploads/lakeview.json?a=1&#038;b=2" as="fetch" crossorigin>', $links[3] );
		// The same text as the element's attribute, so the same address for the browser.
		$this->assertStringContainsString( ' school="https://site.example/wp-content/uploads/lakeview.json?a=1&#038;b=2"', $html );
		// Two widgets with the same profile: one link; another profile: its own.
		WP_Stub::reset_scripts();
		$links = $this->links( do_shortcode( '[hit_pathfinder school="https://site.example/a.json"][hit_pathfinder school="https://site.example/a.json"][hit_pathfinder school="https://site.example/b.json"][hit_pathfinder]' ) );
		$this->assertSame(
			array(
				'<link rel="preload" href="https://site.example/a.json" as="fetch" crossorigin>',
				'<link rel="preload" href="https://site.example/b.json" as="fetch" crossorigin>',
			),
			array_values( array_filter( $links, static function ( $link ) {
				return false === strpos( $link, '/widget/' );
			} ) )
		);
		// A profile that was refused is neither shown nor preloaded.
		WP_Stub::reset_scripts();
		$html = do_shortcode( '[hit_pathfinder school="https://evil.example/lakeview.json"][hit_pathfinder school="javascript:alert(1)"]' );
		$this->assertStringNotContainsString( 'evil', $html );
		$this->assertStringNotContainsString( 'javascript', $html );
		$this->assertCount( 3, $this->links( $html ) );
	}

	public function test_links_follow_the_widget_files_address(): void {
		add_filter(
			'hit_pathfinder_widget_base_url',
			static function () {
				return 'https://cdn.college.example/hp';
			}
		);
		$links = $this->links( do_shortcode( '[hit_pathfinder]' ) );
		$this->assertStringStartsWith( '<link rel="modulepreload" href="https://cdn.college.example/hp/hit_pathfinder.js?v=', $links[0] );
		$this->assertStringContainsString( 'href="https://cdn.college.example/hp/data/hit-pathfinder.en-US.json"', $links[2] );
	}

	public function test_the_versions_query_is_the_loaders(): void {
		// The loader (js/hit-pathfinder.js) asks for `./${name}?v=${VERSION}`; the build writes
		// that VERSION into widget/version.php, which hit_pathfinder_asset_version() reads.
		$loader = file_get_contents( dirname( __DIR__, 3 ) . '/js/hit-pathfinder.js' );
		$this->assertMatchesRegularExpression( '/\?v=\$\{VERSION\}/', $loader );
		$this->assertMatchesRegularExpression( '/VERSION = "[^"]+"/', $loader );
	}

	/**
	 * @runInSeparateProcess
	 * @preserveGlobalState disabled
	 */
	public function test_a_feed_has_no_preload_links(): void {
		eval( 'function is_feed() { return true; }' );
		WP_Stub::reset();
		remove_all_filters( 'hit_pathfinder_preload_links' );
		add_shortcode( 'hit_pathfinder', 'hit_pathfinder_shortcode' );
		$this->assertStringNotContainsString( '<link', do_shortcode( '[hit_pathfinder]' ) );
	}

	/**
	 * @runInSeparateProcess
	 * @preserveGlobalState disabled
	 */
	public function test_the_editor_preview_has_no_preload_links(): void {
		define( 'REST_REQUEST', true );
		$GLOBALS['wp'] = (object) array( 'query_vars' => array( 'rest_route' => '/wp/v2/block-renderer/hit-pathfinder/widget' ) );
		WP_Stub::reset();
		remove_all_filters( 'hit_pathfinder_preload_links' );
		$this->assertStringNotContainsString( '<link', hit_pathfinder_render_block( array() ) );
	}
}
