package io.jingxi.shared.files;

import java.awt.Graphics2D;
import java.awt.geom.AffineTransform;
import java.awt.image.BufferedImage;

/**
 * The EXIF orientation of a JPEG (tag 0x0112 of IFD0): phones store a portrait photo as landscape
 * pixels and a tag that says "turn me". Re-encoding drops the tag, so the pixels are turned first.
 */
final class ExifOrientation {

	private ExifOrientation() {
	}

	/** The orientation 1..8 declared by the JPEG's EXIF segment; 1 (as stored) when there is none or it is bad. */
	static int of(byte[] jpeg) {
		try {
			int offset = 2;
			while (offset + 4 <= jpeg.length) {
				if ((jpeg[offset] & 0xFF) != 0xFF) {
					return 1;
				}
				int marker = jpeg[offset + 1] & 0xFF;
				if (marker == 0xDA || marker == 0xD9) {
					return 1;
				}
				int length = ((jpeg[offset + 2] & 0xFF) << 8) | (jpeg[offset + 3] & 0xFF);
				if (marker == 0xE1 && length >= 16 && offset + 2 + length <= jpeg.length
						&& "Exif".equals(new String(jpeg, offset + 4, 4, java.nio.charset.StandardCharsets.US_ASCII))) {
					return fromTiff(jpeg, offset + 10, offset + 2 + length);
				}
				offset += 2 + length;
			}
		}
		catch (RuntimeException ex) {
			return 1;
		}
		return 1;
	}

	private static int fromTiff(byte[] b, int tiff, int end) {
		boolean little = b[tiff] == 'I' && b[tiff + 1] == 'I';
		int ifd = tiff + read(b, tiff + 4, 4, little);
		int entries = read(b, ifd, 2, little);
		for (int i = 0; i < entries; i++) {
			int entry = ifd + 2 + i * 12;
			if (entry + 12 > end) {
				return 1;
			}
			if (read(b, entry, 2, little) == 0x0112) {
				int value = read(b, entry + 8, 2, little);
				return value >= 1 && value <= 8 ? value : 1;
			}
		}
		return 1;
	}

	private static int read(byte[] b, int at, int size, boolean little) {
		int value = 0;
		for (int i = 0; i < size; i++) {
			int unsigned = b[at + (little ? size - 1 - i : i)] & 0xFF;
			value = (value << 8) | unsigned;
		}
		return value;
	}

	/** The image turned and mirrored as the orientation says, so that orientation 1 is right. */
	static BufferedImage apply(BufferedImage image, int orientation) {
		if (orientation <= 1 || orientation > 8) {
			return image;
		}
		int w = image.getWidth();
		int h = image.getHeight();
		boolean swap = orientation >= 5;
		AffineTransform t = new AffineTransform();
		switch (orientation) {
			case 2 -> { t.translate(w, 0); t.scale(-1, 1); }
			case 3 -> { t.translate(w, h); t.rotate(Math.PI); }
			case 4 -> { t.translate(0, h); t.scale(1, -1); }
			case 5 -> { t.rotate(Math.PI / 2); t.scale(1, -1); }
			case 6 -> { t.translate(h, 0); t.rotate(Math.PI / 2); }
			case 7 -> { t.scale(-1, 1); t.translate(-h, 0); t.translate(0, w); t.rotate(3 * Math.PI / 2); }
			default -> { t.translate(0, w); t.rotate(3 * Math.PI / 2); }
		}
		BufferedImage target = new BufferedImage(swap ? h : w, swap ? w : h, BufferedImage.TYPE_INT_RGB);
		Graphics2D g = target.createGraphics();
		try {
			g.drawImage(image, t, null);
		}
		finally {
			g.dispose();
		}
		return target;
	}
}
