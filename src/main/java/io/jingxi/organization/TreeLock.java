package io.jingxi.organization;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;

/**
 * Serializes changes of the tree's shape. A move rewrites the paths of a whole subtree; a unit
 * created below that subtree at the same moment would keep a stale path, and two crossing moves
 * could close a cycle, without either touching the other's rows. Such changes are rare (an
 * administrator's drag and drop, an import), so they simply take turns.
 */
@Component
class TreeLock {

	private final JdbcClient jdbc;

	TreeLock(JdbcClient jdbc) {
		this.jdbc = jdbc;
	}

	/**
	 * Waits for the lock, held until the current transaction ends. Call it before reading the
	 * units to change: later reads then see every change committed before.
	 */
	@Transactional(propagation = Propagation.MANDATORY)
	void acquire() {
		jdbc.sql("select id from org_tree_lock where id = 1 for update").query(Integer.class).single();
	}
}
