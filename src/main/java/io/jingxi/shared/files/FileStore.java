package io.jingxi.shared.files;

import java.util.List;
import java.util.Optional;

/**
 * Where uploaded content lives, addressed by an opaque key that the store makes up. Modules keep the
 * key in their own tables and never a path, so that an S3-compatible store can replace the local disk
 * without a migration of their data.
 */
public interface FileStore {

	/**
	 * Stores the content under a new key that starts with {@code area} (a module's name, letters,
	 * digits and dashes) and ends with {@code extension}; returns the key.
	 */
	String put(String area, String extension, byte[] content);

	/** The content stored under the key; empty when there is none (or the key is not one of ours). */
	Optional<byte[]> get(String key);

	/** Removes the content; nothing happens when there is none. */
	void delete(String key);

	/**
	 * Removes the contents once the current transaction has committed (the rows naming them are gone for
	 * good), at once when there is no transaction; a rollback keeps them.
	 */
	default void deleteOnCommit(String... keys) {
		FilesAfterTransaction.deleteOnCommit(this, List.of(keys));
	}
}
