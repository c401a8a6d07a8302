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
	var _x = wp.i18n._x;
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

	/**
	 * The 50 states and DC by USPS code, named in the editor's language, in the alphabetical
	 * order of those names (the plugin's HIT_PATHFINDER_REGIONS).
	 */
	function states() {
		return [
			{ value: 'AL', label: _x( 'Alabama', 'US state', 'hit-pathfinder' ) },
			{ value: 'AK', label: _x( 'Alaska', 'US state', 'hit-pathfinder' ) },
			{ value: 'AZ', label: _x( 'Arizona', 'US state', 'hit-pathfinder' ) },
			{ value: 'AR', label: _x( 'Arkansas', 'US state', 'hit-pathfinder' ) },
			{ value: 'CA', label: _x( 'California', 'US state', 'hit-pathfinder' ) },
			{ value: 'CO', label: _x( 'Colorado', 'US state', 'hit-pathfinder' ) },
			{ value: 'CT', label: _x( 'Connecticut', 'US state', 'hit-pathfinder' ) },
			{ value: 'DE', label: _x( 'Delaware', 'US state', 'hit-pathfinder' ) },
			{ value: 'DC', label: _x( 'District of Columbia', 'US state', 'hit-pathfinder' ) },
			{ value: 'FL', label: _x( 'Florida', 'US state', 'hit-pathfinder' ) },
			{ value: 'GA', label: _x( 'Georgia', 'US state', 'hit-pathfinder' ) },
			{ value: 'HI', label: _x( 'Hawaii', 'US state', 'hit-pathfinder' ) },
			{ value: 'ID', label: _x( 'Idaho', 'US state', 'hit-pathfinder' ) },
			{ value: 'IL', label: _x( 'Illinois', 'US state', 'hit-pathfinder' ) },
			{ value: 'IN', label: _x( 'Indiana', 'US state', 'hit-pathfinder' ) },
			{ value: 'IA', label: _x( 'Iowa', 'US state', 'hit-pathfinder' ) },
			{ value: 'KS', label: _x( 'Kansas', 'US state', 'hit-pathfinder' ) },
			{ value: 'KY', label: _x( 'Kentucky', 'US state', 'hit-pathfinder' ) },
			{ value: 'LA', label: _x( 'Louisiana', 'US state', 'hit-pathfinder' ) },
			{ value: 'ME', label: _x( 'Maine', 'US state', 'hit-pathfinder' ) },
			{ value: 'MD', label: _x( 'Maryland', 'US state', 'hit-pathfinder' ) },
			{ value: 'MA', label: _x( 'Massachusetts', 'US state', 'hit-pathfinder' ) },
			{ value: 'MI', label: _x( 'Michigan', 'US state', 'hit-pathfinder' ) },
			{ value: 'MN', label: _x( 'Minnesota', 'US state', 'hit-pathfinder' ) },
			{ value: 'MS', label: _x( 'Mississippi', 'US state', 'hit-pathfinder' ) },
			{ value: 'MO', label: _x( 'Missouri', 'US state', 'hit-pathfinder' ) },
			{ value: 'MT', label: _x( 'Montana', 'US state', 'hit-pathfinder' ) },
			{ value: 'NE', label: _x( 'Nebraska', 'US state', 'hit-pathfinder' ) },
			{ value: 'NV', label: _x( 'Nevada', 'US state', 'hit-pathfinder' ) },
			{ value: 'NH', label: _x( 'New Hampshire', 'US state', 'hit-pathfinder' ) },
			{ value: 'NJ', label: _x( 'New Jersey', 'US state', 'hit-pathfinder' ) },
			{ value: 'NM', label: _x( 'New Mexico', 'US state', 'hit-pathfinder' ) },
			{ value: 'NY', label: _x( 'New York', 'US state', 'hit-pathfinder' ) },
			{ value: 'NC', label: _x( 'North Carolina', 'US state', 'hit-pathfinder' ) },
			{ value: 'ND', label: _x( 'North Dakota', 'US state', 'hit-pathfinder' ) },
			{ value: 'OH', label: _x( 'Ohio', 'US state', 'hit-pathfinder' ) },
			{ value: 'OK', label: _x( 'Oklahoma', 'US state', 'hit-pathfinder' ) },
			{ value: 'OR', label: _x( 'Oregon', 'US state', 'hit-pathfinder' ) },
			{ value: 'PA', label: _x( 'Pennsylvania', 'US state', 'hit-pathfinder' ) },
			{ value: 'RI', label: _x( 'Rhode Island', 'US state', 'hit-pathfinder' ) },
			{ value: 'SC', label: _x( 'South Carolina', 'US state', 'hit-pathfinder' ) },
			{ value: 'SD', label: _x( 'South Dakota', 'US state', 'hit-pathfinder' ) },
			{ value: 'TN', label: _x( 'Tennessee', 'US state', 'hit-pathfinder' ) },
			{ value: 'TX', label: _x( 'Texas', 'US state', 'hit-pathfinder' ) },
			{ value: 'UT', label: _x( 'Utah', 'US state', 'hit-pathfinder' ) },
			{ value: 'VT', label: _x( 'Vermont', 'US state', 'hit-pathfinder' ) },
			{ value: 'VA', label: _x( 'Virginia', 'US state', 'hit-pathfinder' ) },
			{ value: 'WA', label: _x( 'Washington', 'US state', 'hit-pathfinder' ) },
			{ value: 'WV', label: _x( 'West Virginia', 'US state', 'hit-pathfinder' ) },
			{ value: 'WI', label: _x( 'Wisconsin', 'US state', 'hit-pathfinder' ) },
			{ value: 'WY', label: _x( 'Wyoming', 'US state', 'hit-pathfinder' ) },
		].sort( function ( a, b ) {
			return a.label.localeCompare( b.label );
		} );
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
		var stateOptions = states();
		var siteState = stateOptions.filter( function ( option ) {
			return option.value === defaults.region;
		} )[ 0 ];
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
				} ),
				el( SelectControl, {
					label: __( 'State for pay figures', 'hit-pathfinder' ),
					value: attributes.region,
					options: [
						{
							value: '',
							label: siteState
								? /* translators: %s: a US state's name, for example Texas. */ sprintf( __( 'Site default (%s)', 'hit-pathfinder' ), siteState.label )
								: __( 'None: national figures only', 'hit-pathfinder' ),
						},
					].concat( stateOptions ),
					help: __( 'Pay in this state shows beside the national figures.', 'hit-pathfinder' ),
					onChange: set( 'region' ),
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
				} ),
				el( TextControl, {
					label: __( 'School profile address', 'hit-pathfinder' ),
					type: 'url',
					value: attributes.school,
					placeholder: defaults.school || 'https://',
					help: urlHelp(
						attributes.school,
						siteDefault( defaults.school ) ||
							__( 'Your school\'s profile (JSON): your programs on the career paths they lead to. On this site (for example in the Media Library) or at an address the administrator allowed.', 'hit-pathfinder' )
					),
					onChange: set( 'school' ),
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
