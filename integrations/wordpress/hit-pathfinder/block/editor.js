/**
 * HIT Pathfinder block in the editor: the widget's options in the sidebar and a live preview
 * rendered by the server (the same PHP as the page). Plain JavaScript on WordPress's own
 * globals: nothing to build.
 */
( function ( wp ) {
	'use strict';

	var el = wp.element.createElement;
	var Fragment = wp.element.Fragment;
	var InspectorControls = wp.blockEditor.InspectorControls;
	var useBlockProps = wp.blockEditor.useBlockProps;
	var PanelBody = wp.components.PanelBody;
	var SelectControl = wp.components.SelectControl;
	var TextControl = wp.components.TextControl;
	var ServerSideRender = wp.serverSideRender;
	var __ = wp.i18n.__;
	var sprintf = wp.i18n.sprintf;

	var config = window.hitPathfinderEditor || {};
	var defaults = config.defaults || {};

	/** Whether an address will be used: empty, or a full http(s) address (as the server checks). */
	function usableUrl( value ) {
		if ( ! value || ! value.trim() ) {
			return true;
		}
		try {
			var url = new URL( value.trim() );
			return ( url.protocol === 'http:' || url.protocol === 'https:' ) && url.hostname !== '';
		} catch ( error ) {
			return false;
		}
	}

	function urlHelp( value, help ) {
		return usableUrl( value )
			? help
			: __( 'Not used: enter a full address starting with https:// (or http://).', 'hit-pathfinder' );
	}

	function siteDefault( value ) {
		return value
			? /* translators: %s: the value set in Settings > HIT Pathfinder. */ sprintf( __( 'Site default: %s', 'hit-pathfinder' ), value )
			: '';
	}

	function Edit( props ) {
		var attributes = props.attributes;
		var setAttributes = props.setAttributes;
		var blockProps = useBlockProps();
		var set = function ( name ) {
			return function ( value ) {
				var change = {};
				change[ name ] = value;
				setAttributes( change );
			};
		};

		var langNames = { en: 'English', es: 'Español' };
		var controls = el(
			InspectorControls,
			null,
			el(
				PanelBody,
				{ title: __( 'Widget', 'hit-pathfinder' ), initialOpen: true },
				el( SelectControl, {
					label: __( 'Opens with', 'hit-pathfinder' ),
					value: attributes.view,
					options: [
						{ value: '', label: __( 'Default', 'hit-pathfinder' ) },
						{ value: 'quiz', label: __( 'Career-fit quiz', 'hit-pathfinder' ) },
						{ value: 'paths', label: __( 'Specialty paths', 'hit-pathfinder' ) },
						{ value: 'compare', label: __( 'Compare certifications', 'hit-pathfinder' ) },
					],
					onChange: set( 'view' ),
				} ),
				el( SelectControl, {
					label: __( 'Language', 'hit-pathfinder' ),
					value: attributes.lang,
					options: [
						{
							value: '',
							label: defaults.lang
								? /* translators: %s: a language's name, English or Español. */ sprintf( __( 'Site default (%s)', 'hit-pathfinder' ), langNames[ defaults.lang ] )
								: __( 'Site default', 'hit-pathfinder' ),
						},
						{ value: 'en', label: 'English' },
						{ value: 'es', label: 'Español' },
					],
					onChange: set( 'lang' ),
				} ),
				el( SelectControl, {
					label: __( 'Colours', 'hit-pathfinder' ),
					value: attributes.theme,
					options: [
						{ value: '', label: __( 'Light (default)', 'hit-pathfinder' ) },
						{ value: 'dark', label: __( 'Dark', 'hit-pathfinder' ) },
						{ value: 'auto', label: __( "Follow the visitor's system setting", 'hit-pathfinder' ) },
					],
					onChange: set( 'theme' ),
				} )
			),
			el(
				PanelBody,
				{ title: __( 'Your program', 'hit-pathfinder' ), initialOpen: true },
				el( TextControl, {
					label: __( 'Program link', 'hit-pathfinder' ),
					type: 'url',
					value: attributes.programUrl,
					placeholder: defaults.program_url || 'https://',
					help: urlHelp(
						attributes.programUrl,
						siteDefault( defaults.program_url ) ||
							__( 'Your program\'s page, shown with the results.', 'hit-pathfinder' )
					),
					onChange: set( 'programUrl' ),
				} ),
				el( TextControl, {
					label: __( 'Program name', 'hit-pathfinder' ),
					value: attributes.programName,
					placeholder: defaults.program_name || '',
					help: siteDefault( defaults.program_name ),
					onChange: set( 'programName' ),
				} )
			),
			el(
				PanelBody,
				{ title: __( 'Dataset', 'hit-pathfinder' ), initialOpen: false },
				el( TextControl, {
					label: __( 'Dataset URL', 'hit-pathfinder' ),
					type: 'url',
					value: attributes.dataset,
					placeholder: defaults.dataset || 'https://',
					help: urlHelp(
						attributes.dataset,
						siteDefault( defaults.dataset ) ||
							__( 'Your school\'s own dataset (JSON), on this site (for example in the Media Library) or at an address the administrator allowed. Empty: the built-in one.', 'hit-pathfinder' )
					),
					onChange: set( 'dataset' ),
				} )
			)
		);

		return el(
			Fragment,
			null,
			controls,
			el(
				'div',
				blockProps,
				el( ServerSideRender, { block: 'hit-pathfinder/widget', attributes: attributes } )
			)
		);
	}

	wp.blocks.registerBlockType( 'hit-pathfinder/widget', {
		edit: Edit,
		// Rendered on the server: the post stores only the block's comment and attributes.
		save: function () {
			return null;
		},
	} );
} )( window.wp );
