package io.jingxi.organization;

import org.springframework.dao.DataIntegrityViolationException;
import org.springframework.dao.OptimisticLockingFailureException;
import org.springframework.data.jpa.repository.JpaRepository;

import io.jingxi.shared.DomainException;

/**
 * Writes a service's changes before it returns, so that a race the checks could not see (another
 * request took the same code a moment earlier, or changed the same record) is answered as a
 * localized 409 instead of failing at commit.
 */
final class Flushes {

	private Flushes() {
	}

	/**
	 * @param duplicateKey the message key when a unique constraint refuses the write
	 */
	static void flush(JpaRepository<?, ?> repository, String duplicateKey, Object... args) {
		try {
			repository.flush();
		}
		catch (OptimisticLockingFailureException ex) {
			throw DomainException.conflict("organization.concurrentChange");
		}
		catch (DataIntegrityViolationException ex) {
			throw DomainException.conflict(duplicateKey, args);
		}
	}
}
