package io.jingxi.organization;

import java.awt.Color;
import java.awt.Graphics2D;
import java.awt.RenderingHints;
import java.awt.image.BufferedImage;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
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
 * Accepts an uploaded photo only when it is a JPEG or PNG (judged by its first bytes, never by its
 * name or declared type) of at most 5 MB, and re-encodes it as a JPEG of at most 800 px on its
 * longer side. Nothing of the upload but its pixels survives: no metadata, no trailing bytes.
 */
final class PhotoEncoder {

	static final long MAX_BYTES = 5L * 1024 * 1024;

	static final int MAX_EDGE = 800;

	/** Decoding a larger image would take too much memory (a decompression bomb). */
	static final long MAX_PIXELS = 40_000_000L;

	private static final byte[] JPEG = { (byte) 0xFF, (byte) 0xD8, (byte) 0xFF };

	private static final byte[] PNG = { (byte) 0x89, 'P', 'N', 'G', '\r', '\n', 0x1A, '\n' };

	private static final float QUALITY = 0.85f;

	private PhotoEncoder() {
	}

	static EncodedPhoto encode(byte[] upload) {
		if (upload.length == 0) {
			throw DomainException.invalidField("file", "organization.photo.empty");
		}
		if (upload.length > MAX_BYTES) {
			throw DomainException.invalidField("file", "organization.photo.tooLarge", MAX_BYTES / 1024 / 1024);
		}
		String format = sniff(upload);
		if (format == null) {
			throw DomainException.invalidField("file", "organization.photo.unsupportedType");
		}
		BufferedImage image = decode(upload, format);
		BufferedImage scaled = scale(image);
		return new EncodedPhoto(writeJpeg(scaled), "image/jpeg", scaled.getWidth(), scaled.getHeight());
	}

	/** The image format the bytes start with: jpeg, png or null for anything else. */
	static @Nullable String sniff(byte[] bytes) {
		if (startsWith(bytes, JPEG)) {
			return "jpeg";
		}
		if (startsWith(bytes, PNG)) {
			return "png";
		}
		return null;
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
			throw DomainException.invalidField("file", "organization.photo.unsupportedType");
		}
		ImageReader reader = readers.next();
		try (ImageInputStream in = ImageIO.createImageInputStream(new ByteArrayInputStream(bytes))) {
			reader.setInput(in, true, true);
			long pixels = (long) reader.getWidth(0) * reader.getHeight(0);
			if (pixels > MAX_PIXELS) {
				throw DomainException.invalidField("file", "organization.photo.tooManyPixels", MAX_PIXELS / 1_000_000);
			}
			BufferedImage image = reader.read(0);
			if (image == null || image.getWidth() < 1 || image.getHeight() < 1) {
				throw DomainException.invalidField("file", "organization.photo.unreadable");
			}
			return image;
		}
		catch (IOException | RuntimeException ex) {
			if (ex instanceof DomainException domain) {
				throw domain;
			}
			throw DomainException.invalidField("file", "organization.photo.unreadable");
		}
		finally {
			reader.dispose();
		}
	}

	/** Scales down (never up) to at most MAX_EDGE px, onto white so that transparency becomes white. */
	private static BufferedImage scale(BufferedImage source) {
		int width = source.getWidth();
		int height = source.getHeight();
		double factor = Math.min(1.0, (double) MAX_EDGE / Math.max(width, height));
		int targetWidth = Math.max(1, (int) Math.round(width * factor));
		int targetHeight = Math.max(1, (int) Math.round(height * factor));
		BufferedImage current = source;
		// Halving step by step keeps detail that one big bicubic step would alias away.
		while (current.getWidth() / 2 >= targetWidth && current.getHeight() / 2 >= targetHeight) {
			current = draw(current, current.getWidth() / 2, current.getHeight() / 2);
		}
		return draw(current, targetWidth, targetHeight);
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
			param.setCompressionQuality(QUALITY);
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
