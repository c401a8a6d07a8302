/**
 * Loaded into the block editor's canvas (its iframe in WordPress 6.3+): defines the
 * <hit-pathfinder> element there, so the block's server-rendered preview becomes the live
 * widget. The widget's files are fetched only once a preview appears, not for every post
 * opened in the editor. The element script's address comes in this file's own query
 * string (?widget=).
 */
( function () {
	'use strict';
	var script = document.currentScript;
	if ( ! script || ! script.src || ! window.customElements || window.customElements.get( 'hit-pathfinder' ) ) {
		return;
	}
	var widget = new URL( script.src ).searchParams.get( 'widget' );
	if ( ! widget || ! /^https?:\/\//i.test( widget ) ) {
		return;
	}

	var loaded = false;
	function load() {
		if ( loaded ) {
			return;
		}
		loaded = true;
		import( widget ).catch( function ( error ) {
			// The preview keeps its fallback link.
			window.console.error( 'HIT Pathfinder preview could not load the widget:', error );
		} );
	}

	if ( document.querySelector( 'hit-pathfinder' ) ) {
		load();
		return;
	}
	var observer = new MutationObserver( function ( records ) {
		for ( var i = 0; i < records.length; i++ ) {
			var added = records[ i ].addedNodes;
			for ( var j = 0; j < added.length; j++ ) {
				var node = added[ j ];
				if ( node.nodeType === 1 && ( node.localName === 'hit-pathfinder' || node.querySelector( 'hit-pathfinder' ) ) ) {
					observer.disconnect();
					load();
					return;
				}
			}
		}
	} );
	observer.observe( document.documentElement, { childList: true, subtree: true } );
} )();
