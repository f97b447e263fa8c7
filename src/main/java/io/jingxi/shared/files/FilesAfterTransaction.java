package io.jingxi.shared.files;

import java.util.List;

import org.springframework.transaction.support.TransactionSynchronization;
import org.springframework.transaction.support.TransactionSynchronizationManager;

/**
 * Keeps stored files in step with the database rows that name them: files stored during a transaction
 * go again when it does not commit, and files of deleted rows go only once the deletion has committed.
 * Without a transaction both happen as if it had committed.
 */
final class FilesAfterTransaction {

	private FilesAfterTransaction() {
	}

	static void deleteUnlessCommitted(FileStore store, List<String> keys) {
		if (TransactionSynchronizationManager.isSynchronizationActive()) {
			TransactionSynchronizationManager.registerSynchronization(new TransactionSynchronization() {
				@Override
				public void afterCompletion(int status) {
					if (status != STATUS_COMMITTED) {
						keys.forEach(store::delete);
					}
				}
			});
		}
	}

	static void deleteOnCommit(FileStore store, List<String> keys) {
		if (!TransactionSynchronizationManager.isSynchronizationActive()) {
			keys.forEach(store::delete);
			return;
		}
		TransactionSynchronizationManager.registerSynchronization(new TransactionSynchronization() {
			@Override
			public void afterCommit() {
				keys.forEach(store::delete);
			}
		});
	}
}
