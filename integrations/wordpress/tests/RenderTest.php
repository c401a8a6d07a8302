<?php
/**
 * Rendering of the shortcode and the block, and validation of every option, malicious values
 * included. Escaping is WordPress's own (loaded by the bootstrap).
 *
 * @package HIT_Pathfinder
 */

use PHPUnit\Framework\TestCase;

final class RenderTest extends TestCase {

	protected function setUp(): void {
		WP_Stub::reset();
		remove_all_shortcodes();
		add_shortcode( 'hit_pathfinder', 'hit_pathfinder_shortcode' );
	}

	/**
	 * Parses rendered HTML as a browser would and returns the <hit-pathfinder> elements.
	 *
	 * @return DOMElement[]
	 */
	private function elements( string $html ): array {
		$doc = new DOMDocument();
		$old = libxml_use_internal_errors( true );
		$doc->loadHTML( '<!doctype html><html><head><meta charset="utf-8"></head><body>' . $html . '</body></html>' );
		libxml_use_internal_errors( $old );
		$found = array();
		foreach ( $doc->getElementsByTagName( 'hit-pathfinder' ) as $element ) {
			$found[] = $element;
		}
		return $found;
	}

	/** @return array<string, string> */
	private function attributes( DOMElement $element ): array {
		$attrs = array();
		foreach ( $element->attributes as $attr ) {
			$attrs[ $attr->name ] = $attr->value;
		}
		return $attrs;
	}

	/** Asserts the HTML is one widget and nothing that can run. */
	private function assertInert( string $html ): DOMElement {
		$this->assertDoesNotMatchRegularExpression( '/<\s*(script|iframe|img|svg|style|object|embed)\b/i', $html );
		// In a tag, outside the (double-quoted) attribute values, no event handler.
		$this->assertDoesNotMatchRegularExpression( '/<[^>]*\son[a-z]+\s*=/i', preg_replace( '/="[^"]*"/', '=""', $html ) );
		$this->assertStringNotContainsStringIgnoringCase( 'javascript:', html_entity_decode( $html, ENT_QUOTES | ENT_HTML5 ) );
		$elements = $this->elements( $html );
		$this->assertCount( 1, $elements, $html );
		$allowed = array( 'view', 'lang', 'dataset', 'school', 'program-url', 'program-name', 'theme', 'region' );
		foreach ( array_keys( $this->attributes( $elements[0] ) ) as $name ) {
			$this->assertContains( $name, $allowed, "unexpected attribute $name in $html" );
		}
		foreach ( $elements[0]->getElementsByTagName( '*' ) as $child ) {
			$this->assertContains( $child->nodeName, array( 'a', 'p' ), $html );
		}
		return $elements[0];
	}

	public function test_shortcode_renders_the_element_with_every_attribute_and_a_fallback_link(): void {
		$html = do_shortcode( '[hit_pathfinder view="compare" dataset="https://site.example/wp-content/uploads/hit.json" program_url="https://college.example/programs/hit" program_name="Explore our HIT AAS" lang="es"]' );
		$this->assertSame(
			'<hit-pathfinder view="compare" lang="es" dataset="https://site.example/wp-content/uploads/hit.json" program-url="https://college.example/programs/hit" program-name="Explore our HIT AAS">'
			. '<a href="https://college.example/programs/hit">Explore our HIT AAS</a></hit-pathfinder>',
			$html
		);
		$this->assertInert( $html );
	}

	public function test_shortcode_without_attributes_renders_the_bare_element_with_a_fallback_text(): void {
		$html = do_shortcode( '[hit_pathfinder]' );
		$this->assertSame( '<hit-pathfinder><p>Health Information Technology career guide</p></hit-pathfinder>', $html );
	}

	public function test_fallback_words_follow_the_widget_language(): void {
		$html = do_shortcode( '[hit_pathfinder lang="es" program_url="https://college.example/hit"]' );
		$this->assertStringContainsString( '>Conozca nuestro programa de Tecnología de la Información de Salud</a>', $html );
		WP_Stub::$locale = 'es_MX';
		$this->assertStringContainsString( '<p>Guía de carreras', do_shortcode( '[hit_pathfinder]' ) );
	}

	public function test_hyphenated_and_camel_case_option_names_are_accepted(): void {
		$a = hit_pathfinder_render( array( 'program-url' => 'https://c.example/a', 'program-name' => 'A' ) );
		$b = hit_pathfinder_render( array( 'programUrl' => 'https://c.example/a', 'programName' => 'A' ) );
		$c = do_shortcode( '[hit_pathfinder program-url="https://c.example/a" program-name="A"]' );
		$this->assertSame( $a, $b );
		$this->assertSame( $a, $c );
		$this->assertStringContainsString( 'program-url="https://c.example/a"', $a );
	}

	public function test_view_and_lang_only_from_their_lists(): void {
		foreach ( array( 'quiz', 'paths', 'compare', ' Compare ', 'QUIZ' ) as $view ) {
			$attrs = $this->attributes( $this->assertInert( hit_pathfinder_render( array( 'view' => $view ) ) ) );
			$this->assertSame( strtolower( trim( $view ) ), $attrs['view'] );
		}
		foreach ( array( 'results', 'quiz paths', 'quiz" onclick="alert(1)', '<script>', 'compare&quot; x=&quot;', "quiz\x01" ) as $view ) {
			$attrs = $this->attributes( $this->assertInert( hit_pathfinder_render( array( 'view' => $view ) ) ) );
			$this->assertArrayNotHasKey( 'view', $attrs, $view );
		}
		foreach ( array( 'en' => 'en', 'es' => 'es', 'ES' => 'es', 'es-US' => 'es', 'en_GB' => 'en' ) as $given => $lang ) {
			$attrs = $this->attributes( $this->assertInert( hit_pathfinder_render( array( 'lang' => $given ) ) ) );
			$this->assertSame( $lang, $attrs['lang'] );
		}
		foreach ( array( 'fr', 'english', 'es" onfocus="alert(1)', 'e' ) as $given ) {
			$attrs = $this->attributes( $this->assertInert( hit_pathfinder_render( array( 'lang' => $given ) ) ) );
			$this->assertArrayNotHasKey( 'lang', $attrs, $given );
		}
	}

	public function test_theme_only_from_its_list(): void {
		foreach ( array( 'light', 'dark', 'auto', ' Dark ' ) as $theme ) {
			$attrs = $this->attributes( $this->assertInert( hit_pathfinder_render( array( 'theme' => $theme ) ) ) );
			$this->assertSame( strtolower( trim( $theme ) ), $attrs['theme'] );
		}
		foreach ( array( 'night', 'dark" onclick="alert(1)', '<b>' ) as $theme ) {
			$attrs = $this->attributes( $this->assertInert( hit_pathfinder_render( array( 'theme' => $theme ) ) ) );
			$this->assertArrayNotHasKey( 'theme', $attrs, $theme );
		}
		$html = hit_pathfinder_shortcode( array( 'theme' => 'dark' ) );
		$this->assertStringContainsString( 'theme="dark"', $html );
	}

	public function test_region_is_a_state_code_written_in_upper_case(): void {
		foreach ( array( 'TX' => 'TX', 'tx' => 'TX', ' Dc ' => 'DC', 'wY' => 'WY', 'T&#88;' => 'TX' ) as $given => $region ) {
			$attrs = $this->attributes( $this->assertInert( hit_pathfinder_render( array( 'region' => $given ) ) ) );
			$this->assertSame( $region, $attrs['region'], $given );
		}
		$this->assertSame( 'TX', $this->attributes( $this->assertInert( do_shortcode( '[hit_pathfinder region="tx"]' ) ) )['region'] );
		$this->assertSame(
			'<hit-pathfinder view="paths" region="TX"><p>Health Information Technology career guide</p></hit-pathfinder>',
			hit_pathfinder_shortcode( array( 'view' => 'paths', 'region' => 'tx' ) )
		);
		// Every one of the 50 states and DC, and nothing else of two letters.
		$this->assertCount( 51, array_unique( HIT_PATHFINDER_REGIONS ) );
		foreach ( HIT_PATHFINDER_REGIONS as $code ) {
			$this->assertSame( $code, hit_pathfinder_sanitize_region( strtolower( $code ) ) );
		}
		foreach ( array( 'Texas', 'PR', 'GU', 'XX', 'T X', 'TXX', 'US-TX', "\u{0131}n", "T\x01X", '<b>TX</b>', 'tx" onclick="alert(1)', 'TX&quot; x=&quot;' ) as $given ) {
			$attrs = $this->attributes( $this->assertInert( hit_pathfinder_render( array( 'region' => $given ) ) ) );
			$this->assertArrayNotHasKey( 'region', $attrs, $given );
			$this->assertSame( '', hit_pathfinder_sanitize_region( $given ), $given );
		}
		$this->assertSame( '', hit_pathfinder_sanitize_region( array( 'TX' ) ) );
		// Empty: no attribute, and nothing to say.
		WP_Stub::$logged_in = true;
		WP_Stub::$caps      = array( 'edit_posts' );
		$this->assertSame( '<hit-pathfinder><p>Health Information Technology career guide</p></hit-pathfinder>', do_shortcode( '[hit_pathfinder region=" "]' ) );
	}

	public function test_a_refused_region_is_named_in_a_note_for_editors_like_a_refused_theme(): void {
		$raw = array( 'region' => 'Texas', 'theme' => 'night' );
		$this->assertStringNotContainsString( 'hit-pathfinder-notice', hit_pathfinder_render( $raw ), 'a visitor' );

		WP_Stub::$logged_in = true;
		WP_Stub::$post_id   = 42;
		WP_Stub::$caps      = array( 'edit_post' );
		$html = hit_pathfinder_render( $raw );
		$this->assertStringContainsString( 'The theme &quot;night&quot; is not one of light, dark, auto', $html );
		$this->assertStringContainsString( 'The region &quot;Texas&quot; is not the two-letter code of a US state or DC (for example TX), so the widget shows national pay figures only.', $html );
		$this->assertArrayNotHasKey( 'region', $this->attributes( $this->elements( $html )[0] ) );

		// A hostile value is quoted as text only.
		$html = do_shortcode( '[hit_pathfinder region="&lt;img src=x onerror=alert(1)&gt;"]' );
		$this->assertStringContainsString( 'The region &quot;&lt;img src=x onerror=alert(1)&gt;&quot; is not', $html );
		$this->assertDoesNotMatchRegularExpression( '/<img/i', $html );
		$this->assertInert( preg_replace( '#<div class="hit-pathfinder-notice".*?</div>#s', '', $html ) );

		// With a site default, the note says which state shows instead.
		WP_Stub::$options['hit_pathfinder_settings'] = array( 'region' => 'NM' );
		$html = hit_pathfinder_render( array( 'region' => 'XX' ) );
		$this->assertStringContainsString( 'The region &quot;XX&quot; is not the two-letter code of a US state or DC (for example TX), so the widget shows pay in the site&#039;s default state, New Mexico, beside the national figures.', $html );
		$this->assertSame( 'NM', $this->attributes( $this->elements( $html )[0] )['region'] );
	}

	public function test_the_site_default_region_applies_and_a_widget_overrides_it(): void {
		WP_Stub::$options['hit_pathfinder_settings'] = array( 'region' => 'ca' );
		$this->assertSame( 'CA', hit_pathfinder_get_settings()['region'] );
		$this->assertSame( 'CA', $this->attributes( $this->assertInert( do_shortcode( '[hit_pathfinder]' ) ) )['region'] );
		$this->assertSame( 'TX', $this->attributes( $this->assertInert( do_shortcode( '[hit_pathfinder region="TX"]' ) ) )['region'] );
		$this->assertSame( 'CA', $this->attributes( $this->assertInert( hit_pathfinder_render_block( array( 'region' => '' ) ) ) )['region'] );
		$this->assertSame( 'CA', $this->attributes( $this->assertInert( do_shortcode( '[hit_pathfinder region="Texas"]' ) ) )['region'] );
		// A value written to the database some other way is checked as it is read.
		WP_Stub::$options['hit_pathfinder_settings'] = array( 'region' => '"><script>alert(1)</script>' );
		$this->assertSame( '', hit_pathfinder_get_settings()['region'] );
		$this->assertSame( '<hit-pathfinder><p>Health Information Technology career guide</p></hit-pathfinder>', do_shortcode( '[hit_pathfinder]' ) );
	}

	public function test_block_region_attribute_renders_on_the_element(): void {
		$this->assertSame(
			'<div class="wp-block-hit-pathfinder-widget"><hit-pathfinder view="quiz" region="TX"><p>Health Information Technology career guide</p></hit-pathfinder></div>',
			hit_pathfinder_render_block( array( 'view' => 'quiz', 'region' => 'TX' ) )
		);
		$this->assertSame(
			hit_pathfinder_render( array( 'region' => 'wa' ) ),
			preg_replace( '#^<div[^>]*>|</div>$#', '', hit_pathfinder_render_block( array( 'region' => 'wa' ) ) )
		);
		$attrs = $this->attributes( $this->assertInert( hit_pathfinder_render_block( array( 'region' => 'TX" onclick="alert(1)' ) ) ) );
		$this->assertArrayNotHasKey( 'region', $attrs );
	}

	public function test_state_names_are_every_code_in_alphabetical_order(): void {
		$names = hit_pathfinder_region_names();
		$codes = array_keys( $names );
		$sorted = $codes;
		sort( $sorted );
		$expected = HIT_PATHFINDER_REGIONS;
		sort( $expected );
		$this->assertSame( $expected, $sorted );
		$this->assertSame( 'Texas', $names['TX'] );
		$this->assertSame( 'District of Columbia', $names['DC'] );
		$this->assertSame( array( 'AL', 'AK', 'AZ' ), array_slice( $codes, 0, 3 ) );
		$this->assertSame( 'WY', end( $codes ) );
	}

	public function test_school_is_a_full_address_on_this_site_written_escaped(): void {
		$this->assertSame(
			'<hit-pathfinder view="paths" school="https://site.example/wp-content/uploads/lakeview.json?a=1&#038;b=2"><p>Health Information Technology career guide</p></hit-pathfinder>',
			do_shortcode( '[hit_pathfinder view="paths" school="https://site.example/wp-content/uploads/lakeview.json?a=1&amp;b=2"]' )
		);
		// Any way the option's name is written; spaces around the address dropped.
		foreach ( array( 'school', 'School', 'SCHOOL' ) as $key ) {
			$attrs = $this->attributes( $this->assertInert( hit_pathfinder_render( array( $key => ' https://site.example/lakeview.json ' ) ) ) );
			$this->assertSame( 'https://site.example/lakeview.json', $attrs['school'], $key );
		}
		// Quotes and angle brackets cannot break out of the attribute.
		$attrs = $this->attributes( $this->assertInert( do_shortcode( '[hit_pathfinder school="https://site.example/p.json?x=&quot;&gt;&lt;script&gt;alert(1)&lt;/script&gt;"]' ) ) );
		$this->assertStringStartsWith( 'https://site.example/p.json?x=', $attrs['school'] );
		$this->assertStringNotContainsString( '"', $attrs['school'] );
		$this->assertStringNotContainsString( '<', $attrs['school'] );
		$attrs = $this->attributes( $this->assertInert( hit_pathfinder_render( array( 'school' => "https://site.example/p.json?x=' onload='alert(1)" ) ) ) );
		$this->assertStringStartsWith( 'https://site.example/p.json?x=', $attrs['school'] );
		// Empty: no attribute, and nothing to say.
		WP_Stub::$logged_in = true;
		WP_Stub::$caps      = array( 'edit_posts' );
		$this->assertSame( '<hit-pathfinder><p>Health Information Technology career guide</p></hit-pathfinder>', do_shortcode( '[hit_pathfinder school=" "]' ) );
	}

	public function test_a_refused_school_profile_is_named_in_a_note_for_editors_without_its_address(): void {
		$raw = array( 'school' => 'javascript:alert(1)' );
		$this->assertSame( '<hit-pathfinder><p>Health Information Technology career guide</p></hit-pathfinder>', hit_pathfinder_render( $raw ), 'a visitor' );

		WP_Stub::$logged_in = true;
		WP_Stub::$post_id   = 42;
		WP_Stub::$caps      = array( 'edit_post' );
		$html = hit_pathfinder_render( $raw );
		$this->assertStringContainsString( '<div class="hit-pathfinder-notice" role="note">', $html );
		$this->assertStringContainsString( '<li>The school profile address was ignored: only full http:// or https:// addresses are allowed.</li>', $html );
		$this->assertStringNotContainsStringIgnoringCase( 'javascript', $html );
		$this->assertArrayNotHasKey( 'school', $this->attributes( $this->elements( $html )[0] ) );

		// Another site's: its origin is named, as a dataset's is.
		$html = do_shortcode( '[hit_pathfinder school="https://evil.example/lakeview.json"]' );
		$this->assertStringContainsString( 'The school profile address was ignored: school profiles may come only from this site or from the addresses an administrator allowed in Settings &gt; HIT Pathfinder, and not from https://evil.example.', $html );
		$this->assertArrayNotHasKey( 'school', $this->attributes( $this->elements( $html )[0] ) );
		$this->assertStringNotContainsString( 'lakeview', $html );
	}

	public function test_the_site_default_school_profile_applies_and_a_widget_overrides_it(): void {
		WP_Stub::$options['hit_pathfinder_settings'] = array( 'school' => 'https://site.example/wp-content/uploads/lakeview.json' );
		$this->assertSame( 'https://site.example/wp-content/uploads/lakeview.json', hit_pathfinder_get_settings()['school'] );
		$this->assertSame( 'https://site.example/wp-content/uploads/lakeview.json', $this->attributes( $this->assertInert( do_shortcode( '[hit_pathfinder]' ) ) )['school'] );
		$this->assertSame( 'https://site.example/other.json', $this->attributes( $this->assertInert( do_shortcode( '[hit_pathfinder school="https://site.example/other.json"]' ) ) )['school'] );
		$this->assertSame( 'https://site.example/wp-content/uploads/lakeview.json', $this->attributes( $this->assertInert( hit_pathfinder_render_block( array( 'school' => '' ) ) ) )['school'] );
		// A refused value falls back to the site's default.
		$this->assertSame( 'https://site.example/wp-content/uploads/lakeview.json', $this->attributes( $this->assertInert( do_shortcode( '[hit_pathfinder school="javascript:alert(1)"]' ) ) )['school'] );
		$this->assertSame( 'https://site.example/wp-content/uploads/lakeview.json', $this->attributes( $this->assertInert( do_shortcode( '[hit_pathfinder school="https://evil.example/p.json"]' ) ) )['school'] );
		// A value written to the database some other way is checked as it is read.
		foreach ( array( 'javascript:alert(1)', '"><script>alert(1)</script>', 'https://evil.example/p.json' ) as $stored ) {
			WP_Stub::$options['hit_pathfinder_settings'] = array( 'school' => $stored );
			$this->assertSame( '<hit-pathfinder><p>Health Information Technology career guide</p></hit-pathfinder>', do_shortcode( '[hit_pathfinder]' ), $stored );
		}
	}

	public function test_block_school_attribute_renders_on_the_element(): void {
		$this->assertSame(
			'<div class="wp-block-hit-pathfinder-widget"><hit-pathfinder view="quiz" school="https://site.example/wp-content/uploads/lakeview.json"><p>Health Information Technology career guide</p></hit-pathfinder></div>',
			hit_pathfinder_render_block( array( 'view' => 'quiz', 'school' => 'https://site.example/wp-content/uploads/lakeview.json' ) )
		);
		$this->assertSame(
			hit_pathfinder_render( array( 'school' => 'https://site.example/p.json' ) ),
			preg_replace( '#^<div[^>]*>|</div>$#', '', hit_pathfinder_render_block( array( 'school' => 'https://site.example/p.json' ) ) )
		);
		$attrs = $this->attributes( $this->assertInert( hit_pathfinder_render_block( array( 'school' => 'https://site.example/p.json" onclick="alert(1)' ) ) ) );
		$this->assertStringNotContainsString( '"', $attrs['school'] ?? '' );
		$this->assertArrayNotHasKey( 'school', $this->attributes( $this->assertInert( hit_pathfinder_render_block( array( 'school' => 'data:application/json,{}' ) ) ) ) );
	}

	/** @return array<string, array{string}> */
	public function dangerous_urls(): array {
		return array(
			'javascript'            => array( 'javascript:alert(1)' ),
			'mixed case'            => array( 'JaVaScRiPt:alert(document.cookie)' ),
			'leading space'         => array( '  javascript:alert(1)' ),
			'leading control'       => array( "\x01javascript:alert(1)" ),
			'newline inside'        => array( "java\nscript:alert(1)" ),
			'tab inside'            => array( "java\tscript:alert(1)" ),
			'entity colon'          => array( 'javascript&#58;alert(1)' ),
			'named entity colon'    => array( 'javascript&colon;alert(1)' ),
			'entity letter'         => array( '&#106;avascript:alert(1)' ),
			'hex entity'            => array( '&#x6A;avascript:alert(1)' ),
			'data'                  => array( 'data:text/html,<script>alert(1)</script>' ),
			'data base64'           => array( 'data:text/html;base64,PHNjcmlwdD5hbGVydCgxKTwvc2NyaXB0Pg==' ),
			'vbscript'              => array( 'vbscript:msgbox(1)' ),
			'protocol relative'     => array( '//evil.example/x.json' ),
			'relative'              => array( '/wp-content/uploads/hit.json' ),
			'no slashes'            => array( 'https:evil.example' ),
			'backslashes'           => array( 'https:\\\\evil.example' ),
			'no host'               => array( 'https://' ),
			'ftp'                   => array( 'ftp://files.example/hit.json' ),
			'mailto'                => array( 'mailto:someone@example.com' ),
			'quote breakout'        => array( '" onmouseover="alert(1)' ),
			'tag breakout'          => array( '"><script>alert(1)</script>' ),
			'javascript after http' => array( 'javascript:alert(1)//https://ok.example' ),
		);
	}

	/** @dataProvider dangerous_urls */
	public function test_dangerous_addresses_are_dropped_and_never_rendered( string $url ): void {
		foreach ( array( 'program_url', 'dataset', 'school' ) as $key ) {
			$html  = hit_pathfinder_render( array( $key => $url ) );
			$attrs = $this->attributes( $this->assertInert( $html ) );
			$this->assertArrayNotHasKey( str_replace( '_', '-', $key ), $attrs, $html );
			$this->assertStringNotContainsString( 'href', $html );
			$this->assertSame( '', hit_pathfinder_sanitize_url( $url ) );
			$html = do_shortcode( '[hit_pathfinder ' . $key . '="' . str_replace( '"', '&quot;', $url ) . '"]' );
			$this->assertInert( $html );
			$this->assertStringNotContainsString( 'href', $html );
		}
	}

	public function test_quotes_and_angle_brackets_in_allowed_addresses_cannot_break_out(): void {
		$html  = hit_pathfinder_render(
			array(
				'program_url' => 'https://college.example/hit?a=1&b="><script>alert(1)</script>',
				'dataset'     => "https://site.example/d.json?x=' onload='alert(1)",
			)
		);
		$attrs = $this->attributes( $this->assertInert( $html ) );
		$this->assertStringStartsWith( 'https://college.example/hit?a=1&b=', $attrs['program-url'] );
		$this->assertStringNotContainsString( '"', $attrs['program-url'] );
		$this->assertStringNotContainsString( '<', $attrs['program-url'] );
		$this->assertStringStartsWith( 'https://site.example/d.json?x=', $attrs['dataset'] );
	}

	public function test_program_name_is_plain_text_and_cannot_break_out(): void {
		$names = array(
			'"><script>alert(1)</script>'               => '">',
			"' onmouseover='alert(1)"                   => "' onmouseover='alert(1)",
			'</hit-pathfinder><img src=x onerror=alert(1)>' => '',
			'Health &amp; IT <b>AAS</b>'                => 'Health & IT AAS',
			"Two\nlines\tand\x07bell"                  => 'Two lines and bell',
		);
		foreach ( $names as $given => $expected ) {
			$html  = hit_pathfinder_render( array( 'program_url' => 'https://c.example/', 'program_name' => $given ) );
			$el    = $this->assertInert( $html );
			$attrs = $this->attributes( $el );
			if ( '' === $expected ) {
				// Nothing left of the name: the link gets the fallback's words, in both places.
				$this->assertSame( 'Explore our Health Information Technology program', $attrs['program-name'], $html );
				$this->assertSame( 'Explore our Health Information Technology program', $el->textContent );
			} else {
				$this->assertSame( $expected, $attrs['program-name'], $html );
				$this->assertSame( $expected, $el->textContent, $html );
			}
		}
		$long = str_repeat( 'é', 500 );
		$this->assertSame( 200, mb_strlen( hit_pathfinder_sanitize_name( $long ) ) );
	}

	public function test_shortcode_with_every_attribute_malicious_renders_one_inert_element(): void {
		$html = do_shortcode( '[hit_pathfinder view="quiz&quot;><script>alert(1)</script>" lang="es\' autofocus onfocus=\'alert(1)" dataset="javascript:alert(1)" program_url="JAVASCRIPT:alert(2)" program_name="<svg onload=alert(3)>" region="tx&quot; onclick=&quot;alert(4)" school="javascript:alert(5)"]' );
		$el   = $this->assertInert( $html );
		$this->assertSame( array(), $this->attributes( $el ), $html );
	}

	public function test_non_text_values_and_invalid_utf8_are_ignored(): void {
		$html = hit_pathfinder_render(
			array(
				'view'         => array( 'quiz' ),
				'program_url'  => new stdClass(),
				'program_name' => "\xC3\x28",
				'lang'         => null,
			)
		);
		$this->assertSame( '<hit-pathfinder><p>Health Information Technology career guide</p></hit-pathfinder>', $html );
		$this->assertSame( $html, hit_pathfinder_render( 'not an array' ) );
	}

	public function test_good_addresses_are_kept(): void {
		$this->assertSame( 'https://college.example/programs/hit', hit_pathfinder_sanitize_url( 'https://college.example/programs/hit' ) );
		$this->assertSame( 'https://college.example/', hit_pathfinder_sanitize_url( ' HTTPS://college.example/ ' ) );
		$this->assertSame( 'http://127.0.0.1:8090/x.json?a=1&b=2', hit_pathfinder_sanitize_url( 'http://127.0.0.1:8090/x.json?a=1&amp;b=2' ) );
		$this->assertSame( 'https://college.example/a%20b#top', hit_pathfinder_sanitize_url( 'https://college.example/a b#top' ) );
		$html = hit_pathfinder_render( array( 'program_url' => 'https://c.example/?a=1&b=2' ) );
		$this->assertStringContainsString( 'program-url="https://c.example/?a=1&#038;b=2"', $html );
		$this->assertSame( '', hit_pathfinder_sanitize_url( 'https://c.example/' . str_repeat( 'a', 2100 ) ) );
	}

	public function test_editors_see_a_note_about_dropped_values_and_visitors_do_not(): void {
		$raw = array( 'program_url' => 'javascript:alert(1)', 'view' => '<b>results</b>' );

		$visitor = hit_pathfinder_render( $raw );
		$this->assertStringNotContainsString( 'hit-pathfinder-notice', $visitor );

		WP_Stub::$logged_in = true;
		WP_Stub::$post_id   = 42;
		WP_Stub::$caps      = array( 'read' );
		$this->assertStringNotContainsString( 'hit-pathfinder-notice', hit_pathfinder_render( $raw ), 'a subscriber' );

		WP_Stub::$caps = array( 'edit_post' );
		$editor        = hit_pathfinder_render( $raw );
		$this->assertStringContainsString( '<div class="hit-pathfinder-notice" role="note">', $editor );
		$this->assertStringContainsString( 'The program link was ignored: only full http:// or https:// addresses are allowed.', $editor );
		$this->assertStringContainsString( 'The view &quot;&lt;b&gt;results&lt;/b&gt;&quot; is not one of quiz, paths, compare', $editor );
		$this->assertStringNotContainsStringIgnoringCase( 'javascript', $editor );
		$this->assertStringNotContainsString( '<b>', $editor );
	}

	public function test_site_defaults_fill_in_and_are_overridden(): void {
		WP_Stub::$options['hit_pathfinder_settings'] = array(
			'dataset'      => 'https://site.example/wp-content/uploads/hit.json',
			'program_url'  => 'https://college.example/hit',
			'program_name' => 'Our HIT program',
			'lang'         => 'es',
		);
		$attrs = $this->attributes( $this->assertInert( do_shortcode( '[hit_pathfinder]' ) ) );
		$this->assertSame(
			array(
				'lang'         => 'es',
				'dataset'      => 'https://site.example/wp-content/uploads/hit.json',
				'program-url'  => 'https://college.example/hit',
				'program-name' => 'Our HIT program',
			),
			$attrs
		);
		$attrs = $this->attributes( $this->assertInert( do_shortcode( '[hit_pathfinder lang="en" program_url="https://other.example/" program_name="Other"]' ) ) );
		$this->assertSame( 'en', $attrs['lang'] );
		$this->assertSame( 'https://other.example/', $attrs['program-url'] );
		$this->assertSame( 'Other', $attrs['program-name'] );

		// A dropped value falls back to the site's default.
		$attrs = $this->attributes( $this->assertInert( do_shortcode( '[hit_pathfinder program_url="javascript:alert(1)" lang="xx"]' ) ) );
		$this->assertSame( 'https://college.example/hit', $attrs['program-url'] );
		$this->assertSame( 'es', $attrs['lang'] );
	}

	public function test_unsafe_values_stored_in_the_option_are_ignored(): void {
		WP_Stub::$options['hit_pathfinder_settings'] = array(
			'dataset'         => 'javascript:alert(1)',
			'program_url'     => 'data:text/html,x',
			'program_name'    => '<script>alert(1)</script>',
			'lang'            => '"><x',
			'widget_base_url' => 'javascript:alert(1)//',
		);
		$html = do_shortcode( '[hit_pathfinder]' );
		$this->assertSame( '<hit-pathfinder><p>Health Information Technology career guide</p></hit-pathfinder>', $html );
		$this->assertSame( 'https://site.example/wp-content/plugins/hit-pathfinder/widget/hit-pathfinder.js', WP_Stub::$scripts[0]['src'] );
	}

	public function test_block_renders_the_same_element_in_its_wrapper(): void {
		$html = hit_pathfinder_render_block(
			array(
				'view'        => 'quiz',
				'lang'        => 'en',
				'programUrl'  => 'https://college.example/hit',
				'programName' => 'Explore "our" <HIT>',
				'dataset'     => '',
			)
		);
		$this->assertSame(
			'<div class="wp-block-hit-pathfinder-widget"><hit-pathfinder view="quiz" lang="en" program-url="https://college.example/hit" program-name="Explore &quot;our&quot;">'
			. '<a href="https://college.example/hit">Explore &quot;our&quot;</a></hit-pathfinder></div>',
			$html
		);
		$this->assertSame(
			hit_pathfinder_render( array( 'view' => 'compare', 'program_url' => 'https://c.example/' ) ),
			preg_replace( '#^<div[^>]*>|</div>$#', '', hit_pathfinder_render_block( array( 'view' => 'compare', 'programUrl' => 'https://c.example/' ) ) )
		);
	}

	public function test_block_json_declares_the_same_options(): void {
		$dir   = dirname( __DIR__ ) . '/hit-pathfinder/block';
		$block = json_decode( file_get_contents( $dir . '/block.json' ), true );
		$this->assertSame( 'hit-pathfinder/widget', $block['name'] );
		$this->assertSame( array( 'view', 'lang', 'programUrl', 'programName', 'dataset', 'theme', 'region', 'school' ), array_keys( $block['attributes'] ) );
		$this->assertSame( array( 'type' => 'string', 'default' => '' ), $block['attributes']['school'] );
		$this->assertSame( 'file:./editor.js', $block['editorScript'] );
		$asset = require $dir . '/editor.asset.php';
		$this->assertContains( 'wp-server-side-render', $asset['dependencies'] );
		$this->assertContains( 'wp-block-editor', $asset['dependencies'] );
	}
}
