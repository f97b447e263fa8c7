package io.jingxi.shared.files;

/**
 * An accepted photo as stored: the key of the re-encoded JPEG and of its thumbnail in the
 * {@link FileStore}, their sizes in pixels and the stored JPEG's length in bytes, and the type the
 * upload really was (image/jpeg, image/png, image/heic …).
 */
public record StoredImage(String key, String thumbnailKey, int width, int height, int thumbnailWidth,
		int thumbnailHeight, long bytes, String sourceType) {
}
