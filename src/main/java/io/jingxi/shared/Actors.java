package io.jingxi.shared;

import java.util.Optional;

/**
 * Resolves the actor of the current request (implemented by the identity module). Modules ask it
 * for the {@link DataScope} to narrow their queries, never the security context directly.
 */
public interface Actors {

	/** The current actor; throws (401) when nobody is signed in. */
	Actor current();

	Optional<Actor> currentIfAny();

	default DataScope scope() {
		return current().scope();
	}

	/** Refuses (404, as if it did not exist) a record of a unit outside the current scope. */
	default void requireUnit(Long unitId) {
		if (!scope().coversUnit(unitId)) {
			throw DomainException.notFound("error.notFound");
		}
	}
}
