package io.jingxi.shared.files;

import java.awt.Color;
import java.awt.Graphics2D;
import java.awt.image.BufferedImage;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.ByteBuffer;
import java.nio.ByteOrder;
import java.nio.charset.StandardCharsets;
import java.util.zip.CRC32;

import javax.imageio.ImageIO;

/** Images made in the test: real JPEGs and PNGs from ImageIO, a JPEG with EXIF, a PNG that lies about its size. */
public final class TestImages {

	private TestImages() {
	}

	public static BufferedImage picture(int width, int height, int type) {
		BufferedImage image = new BufferedImage(width, height, type);
		Graphics2D g = image.createGraphics();
		g.setColor(new Color(30, 120, 200));
		g.fillRect(0, 0, width, height);
		// the left half red, so that turning the picture can be told from its pixels
		g.setColor(new Color(220, 30, 30));
		g.fillRect(0, 0, width / 2, height);
		g.dispose();
		return image;
	}

	public static byte[] jpeg(int width, int height) {
		return write(picture(width, height, BufferedImage.TYPE_INT_RGB), "jpeg");
	}

	public static byte[] png(int width, int height) {
		return write(picture(width, height, BufferedImage.TYPE_INT_ARGB), "png");
	}

	public static byte[] write(BufferedImage image, String format) {
		var out = new ByteArrayOutputStream();
		try {
			ImageIO.write(image, format, out);
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
		return out.toByteArray();
	}

	/**
	 * A JPEG with an EXIF segment as a phone writes it: the orientation tag (6: turn 90° clockwise), the
	 * camera make and model and a GPS marker, each of which must never survive the intake.
	 */
	public static byte[] jpegWithExif(int width, int height, String secret) {
		byte[] plain = jpeg(width, height);
		byte[] make = (secret + "\0").getBytes(StandardCharsets.US_ASCII);
		// TIFF header, IFD0 with two entries: Orientation (short) and Make (ascii, stored after the IFD)
		ByteBuffer tiff = ByteBuffer.allocate(8 + 2 + 2 * 12 + 4 + make.length).order(ByteOrder.BIG_ENDIAN);
		tiff.put((byte) 'M').put((byte) 'M').putShort((short) 42).putInt(8);
		tiff.putShort((short) 2);
		tiff.putShort((short) 0x0112).putShort((short) 3).putInt(1).putShort((short) 6).putShort((short) 0);
		tiff.putShort((short) 0x010F).putShort((short) 2).putInt(make.length).putInt(8 + 2 + 2 * 12 + 4);
		tiff.putInt(0);
		tiff.put(make);
		byte[] exif = concat("Exif\0\0".getBytes(StandardCharsets.US_ASCII), tiff.array(),
				("GPSLatitude " + secret).getBytes(StandardCharsets.US_ASCII));
		int length = exif.length + 2;
		byte[] segment = concat(new byte[] { (byte) 0xFF, (byte) 0xE1, (byte) (length >> 8), (byte) length }, exif);
		// SOI, then the EXIF segment, then the rest of the JPEG
		return concat(new byte[] { plain[0], plain[1] }, segment, java.util.Arrays.copyOfRange(plain, 2, plain.length));
	}

	/** A PNG whose header declares {@code width} × {@code height} pixels with almost no data behind it. */
	public static byte[] pngDeclaring(int width, int height) {
		ByteBuffer ihdr = ByteBuffer.allocate(13).putInt(width).putInt(height).put((byte) 8).put((byte) 2)
			.put((byte) 0).put((byte) 0).put((byte) 0);
		return concat(new byte[] { (byte) 0x89, 'P', 'N', 'G', '\r', '\n', 0x1A, '\n' }, chunk("IHDR", ihdr.array()),
				chunk("IDAT", new byte[] { 0x78, (byte) 0x9C, 0x03, 0x00, 0x00, 0x00, 0x00, 0x01 }),
				chunk("IEND", new byte[0]));
	}

	private static byte[] chunk(String type, byte[] data) {
		byte[] typeBytes = type.getBytes(StandardCharsets.US_ASCII);
		CRC32 crc = new CRC32();
		crc.update(typeBytes);
		crc.update(data);
		return concat(ByteBuffer.allocate(4).putInt(data.length).array(), typeBytes, data,
				ByteBuffer.allocate(4).putInt((int) crc.getValue()).array());
	}

	public static byte[] concat(byte[]... parts) {
		var out = new ByteArrayOutputStream();
		for (byte[] part : parts) {
			out.writeBytes(part);
		}
		return out.toByteArray();
	}

	/** The test's HEIC fixture (96 × 64, made with libheif's heif-enc). */
	public static byte[] heic() {
		try (var in = TestImages.class.getResourceAsStream("/files/tiny.heic")) {
			if (in == null) {
				throw new IllegalStateException("files/tiny.heic missing");
			}
			return in.readAllBytes();
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
	}
}
