<?php
// Dependencies of editor.js, which is plain JavaScript: no build step makes this file.
return array(
	'dependencies' => array( 'wp-blocks', 'wp-element', 'wp-block-editor', 'wp-components', 'wp-server-side-render', 'wp-i18n' ),
	'version'      => '1.0.0',
);
