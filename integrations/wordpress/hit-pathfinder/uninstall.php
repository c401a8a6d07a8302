<?php
/**
 * Deleting the plugin deletes its settings. Posts keep their blocks and shortcodes; without
 * the plugin a block shows nothing and a shortcode shows as plain text.
 *
 * @package HIT_Pathfinder
 */

if ( ! defined( 'WP_UNINSTALL_PLUGIN' ) ) {
	exit;
}

delete_option( 'hit_pathfinder_settings' );
