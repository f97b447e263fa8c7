package io.jingxi.sampling;

import java.awt.Color;
import java.awt.Graphics2D;
import java.awt.RenderingHints;
import java.awt.image.BufferedImage;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.util.Arrays;
import java.util.Iterator;

import javax.imageio.IIOImage;
import javax.imageio.ImageIO;
import javax.imageio.ImageReader;
import javax.imageio.ImageWriteParam;
import javax.imageio.ImageWriter;
import javax.imageio.stream.ImageInputStream;
import javax.imageio.stream.ImageOutputStream;

import org.jspecify.annotations.Nullable;

import io.jingxi.shared.DomainException;

/**
 * Accepts a photo of a defect only when it is a JPEG or PNG (judged by its first bytes, never by its
 * name or declared type) of at most 10 MB, and re-encodes it as a JPEG of at most 1600 px on its longer
 * side, enough to show a defect. Only the pixels survive: no metadata (no location), no trailing bytes.
 */
final class DefectPhotos {

	static final long MAX_BYTES = 10L * 1024 * 1024;

	static final int MAX_EDGE = 1600;

	static final long MAX_PIXELS = 50_000_000L;

	/** Photos per lot: enough evidence, not an album. */
	static final int MAX_PER_LOT = 20;

	private static final byte[] JPEG = { (byte) 0xFF, (byte) 0xD8, (byte) 0xFF };

	private static final byte[] PNG = { (byte) 0x89, 'P', 'N', 'G', '\r', '\n', 0x1A, '\n' };

	private DefectPhotos() {
	}

	/** A photo after re-encoding. */
	record Encoded(byte[] content, String contentType, int width, int height) {

		Encoded {
			content = content.clone();
		}

		@Override
		public byte[] content() {
			return content.clone();
		}

		@Override
		public boolean equals(@Nullable Object other) {
			return other instanceof Encoded e && Arrays.equals(content, e.content) && contentType.equals(e.contentType)
					&& width == e.width && height == e.height;
		}

		@Override
		public int hashCode() {
			return Arrays.hashCode(content);
		}

		@Override
		public String toString() {
			return "Encoded[" + width + "x" + height + ", " + content.length + " bytes]";
		}
	}

	static Encoded encode(byte[] upload) {
		if (upload.length == 0) {
			throw DomainException.invalidField("file", "sampling.photo.empty");
		}
		if (upload.length > MAX_BYTES) {
			throw DomainException.invalidField("file", "sampling.photo.tooLarge", MAX_BYTES / 1024 / 1024);
		}
		String format = startsWith(upload, JPEG) ? "jpeg" : startsWith(upload, PNG) ? "png" : null;
		if (format == null) {
			throw DomainException.invalidField("file", "sampling.photo.unsupportedType");
		}
		BufferedImage image = decode(upload, format);
		double factor = Math.min(1.0, (double) MAX_EDGE / Math.max(image.getWidth(), image.getHeight()));
		int width = Math.max(1, (int) Math.round(image.getWidth() * factor));
		int height = Math.max(1, (int) Math.round(image.getHeight() * factor));
		BufferedImage current = image;
		while (current.getWidth() / 2 >= width && current.getHeight() / 2 >= height) {
			current = draw(current, current.getWidth() / 2, current.getHeight() / 2);
		}
		BufferedImage scaled = draw(current, width, height);
		return new Encoded(writeJpeg(scaled), "image/jpeg", scaled.getWidth(), scaled.getHeight());
	}

	private static boolean startsWith(byte[] bytes, byte[] prefix) {
		if (bytes.length < prefix.length) {
			return false;
		}
		for (int i = 0; i < prefix.length; i++) {
			if (bytes[i] != prefix[i]) {
				return false;
			}
		}
		return true;
	}

	private static BufferedImage decode(byte[] bytes, String format) {
		Iterator<ImageReader> readers = ImageIO.getImageReadersByFormatName(format);
		if (!readers.hasNext()) {
			throw DomainException.invalidField("file", "sampling.photo.unsupportedType");
		}
		ImageReader reader = readers.next();
		try (ImageInputStream in = ImageIO.createImageInputStream(new ByteArrayInputStream(bytes))) {
			reader.setInput(in, true, true);
			if ((long) reader.getWidth(0) * reader.getHeight(0) > MAX_PIXELS) {
				throw DomainException.invalidField("file", "sampling.photo.tooManyPixels", MAX_PIXELS / 1_000_000);
			}
			BufferedImage image = reader.read(0);
			if (image == null || image.getWidth() < 1 || image.getHeight() < 1) {
				throw DomainException.invalidField("file", "sampling.photo.unreadable");
			}
			return image;
		}
		catch (IOException | RuntimeException ex) {
			if (ex instanceof DomainException domain) {
				throw domain;
			}
			throw DomainException.invalidField("file", "sampling.photo.unreadable");
		}
		finally {
			reader.dispose();
		}
	}

	private static BufferedImage draw(BufferedImage source, int width, int height) {
		BufferedImage target = new BufferedImage(width, height, BufferedImage.TYPE_INT_RGB);
		Graphics2D g = target.createGraphics();
		try {
			g.setColor(Color.WHITE);
			g.fillRect(0, 0, width, height);
			g.setRenderingHint(RenderingHints.KEY_INTERPOLATION, RenderingHints.VALUE_INTERPOLATION_BICUBIC);
			g.setRenderingHint(RenderingHints.KEY_RENDERING, RenderingHints.VALUE_RENDER_QUALITY);
			g.drawImage(source, 0, 0, width, height, null);
		}
		finally {
			g.dispose();
		}
		return target;
	}

	private static byte[] writeJpeg(BufferedImage image) {
		ImageWriter writer = ImageIO.getImageWritersByFormatName("jpeg").next();
		var bytes = new ByteArrayOutputStream();
		try (ImageOutputStream out = ImageIO.createImageOutputStream(bytes)) {
			writer.setOutput(out);
			ImageWriteParam param = writer.getDefaultWriteParam();
			param.setCompressionMode(ImageWriteParam.MODE_EXPLICIT);
			param.setCompressionQuality(0.85f);
			writer.write(null, new IIOImage(image, null, null), param);
		}
		catch (IOException ex) {
			throw new IllegalStateException("JPEG encoding failed", ex);
		}
		finally {
			writer.dispose();
		}
		return bytes.toByteArray();
	}
}
