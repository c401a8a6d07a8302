<?php
// Dependencies of editor.js, which is plain JavaScript: no build step makes this file. Its
// version is the build's (see hit_pathfinder_asset_version()), the same as the widget's files.
return array(
	'dependencies' => array( 'wp-blocks', 'wp-element', 'wp-block-editor', 'wp-components', 'wp-server-side-render', 'wp-i18n' ),
	'version'      => function_exists( 'hit_pathfinder_asset_version' ) ? hit_pathfinder_asset_version() : '1.0.0',
);
