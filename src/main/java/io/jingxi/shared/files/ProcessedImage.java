package io.jingxi.shared.files;

import java.util.Arrays;

import org.jspecify.annotations.Nullable;

/**
 * A photo after intake, before it is stored: the re-encoded JPEG (nothing but pixels, no metadata)
 * and its thumbnail, with their sizes, and the type the upload really was.
 */
public record ProcessedImage(byte[] jpeg, int width, int height, byte[] thumbnail, int thumbnailWidth,
		int thumbnailHeight, String sourceType) {

	public ProcessedImage {
		jpeg = jpeg.clone();
		thumbnail = thumbnail.clone();
	}

	@Override
	public byte[] jpeg() {
		return jpeg.clone();
	}

	@Override
	public byte[] thumbnail() {
		return thumbnail.clone();
	}

	@Override
	public boolean equals(@Nullable Object other) {
		return other instanceof ProcessedImage p && Arrays.equals(jpeg, p.jpeg) && Arrays.equals(thumbnail, p.thumbnail)
				&& sourceType.equals(p.sourceType);
	}

	@Override
	public int hashCode() {
		return Arrays.hashCode(jpeg);
	}

	@Override
	public String toString() {
		return "ProcessedImage[" + width + "x" + height + ", " + jpeg.length + " bytes, from " + sourceType + "]";
	}
}
