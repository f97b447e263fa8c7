package io.jingxi.shared.files;

import java.nio.charset.StandardCharsets;

/**
 * The image sizes a HEIF file declares in its {@code ispe} (image spatial extents) properties, read
 * from the bytes before anything is decoded: the largest one stands for the whole file, so that a
 * decompression bomb is refused before the decoder runs.
 */
final class HeifDimensions {

	private static final byte[] ISPE = "ispe".getBytes(StandardCharsets.US_ASCII);

	private HeifDimensions() {
	}

	/** The most pixels any of the file's images declares; 0 when it declares none. */
	static long largest(byte[] heif) {
		long largest = 0;
		for (int i = 4; i + 16 <= heif.length; i++) {
			if (heif[i] == ISPE[0] && heif[i + 1] == ISPE[1] && heif[i + 2] == ISPE[2] && heif[i + 3] == ISPE[3]) {
				// box type, then version and flags (4 bytes), then width and height (4 bytes each)
				long width = uint32(heif, i + 8);
				long height = uint32(heif, i + 12);
				largest = Math.max(largest, width * height);
			}
		}
		return largest;
	}

	private static long uint32(byte[] b, int at) {
		return ((long) (b[at] & 0xFF) << 24) | ((b[at + 1] & 0xFF) << 16) | ((b[at + 2] & 0xFF) << 8) | (b[at + 3] & 0xFF);
	}
}
