<?php
/**
 * Deleting the plugin deletes its settings and the school's profile, on every site of a
 * multisite network. Posts keep their blocks and shortcodes; without the plugin a block shows
 * nothing and a shortcode shows as plain text.
 *
 * @package HIT_Pathfinder
 */

if ( ! defined( 'WP_UNINSTALL_PLUGIN' ) ) {
	exit;
}

if ( is_multisite() && function_exists( 'get_sites' ) ) {
	$hit_pathfinder_site_ids = get_sites(
		array(
			'fields'                 => 'ids',
			'number'                 => 0,
			'update_site_meta_cache' => false,
		)
	);
	foreach ( $hit_pathfinder_site_ids as $hit_pathfinder_site_id ) {
		switch_to_blog( $hit_pathfinder_site_id );
		delete_option( 'hit_pathfinder_settings' );
		delete_option( 'hit_pathfinder_school_profile' );
		restore_current_blog();
	}
} else {
	delete_option( 'hit_pathfinder_settings' );
	delete_option( 'hit_pathfinder_school_profile' );
}
