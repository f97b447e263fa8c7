package io.jingxi.shared.files;

import java.awt.Color;
import java.awt.Graphics2D;
import java.awt.RenderingHints;
import java.awt.geom.AffineTransform;
import java.awt.image.BufferedImage;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.Iterator;
import java.util.List;
import java.util.Set;
import java.util.concurrent.Semaphore;

import javax.imageio.IIOImage;
import javax.imageio.ImageIO;
import javax.imageio.ImageReader;
import javax.imageio.ImageWriteParam;
import javax.imageio.ImageWriter;
import javax.imageio.stream.ImageInputStream;
import javax.imageio.stream.ImageOutputStream;

import org.apache.tika.Tika;

import io.jingxi.shared.DomainException;

/**
 * Takes photos from phones for any module: judges the real type from the bytes (Apache Tika, never
 * the file name or the declared type), accepts JPEG, PNG and HEIC/HEIF up to a size limit, checks the
 * dimensions an image declares before decoding it (a decompression bomb declares millions of pixels
 * in a few bytes), decodes it (HEIC through libheif's command-line decoder, when installed), turns it
 * upright as the camera's EXIF orientation says, scales it down to {@link ImageSettings#maxEdge()} and
 * re-encodes it as a JPEG with a thumbnail. Only pixels survive: no EXIF, no GPS position, no camera
 * or phone identification, no trailing bytes — a mystery shopper's phone must never reach the visited
 * unit through a photo's metadata.
 * <p>
 * A photo being processed holds its full-size pixels and its scaled copies in the heap (a 12-megapixel
 * phone photo about 60 MB), so only a few are processed at once ({@link #maxConcurrent()}); further
 * uploads wait their turn. Sixteen inspectors uploading at the same moment otherwise exhaust a 512 MiB
 * heap (measured in bench/, docs/performance.md), and the work is bound by the processors anyway.
 * <p>
 * Every refusal is a 400 on the field {@code file} with a localized message ({@code files.image.*}).
 */
public class ImageIntake {

	private static final Set<String> HEIF_TYPES = Set.of("image/heic", "image/heif", "image/heic-sequence",
			"image/heif-sequence");

	private static final float QUALITY = 0.85f;

	private static final float THUMBNAIL_QUALITY = 0.8f;

	private final FileStore store;

	private final ImageSettings settings;

	private final HeifDecoder heif;

	private final Tika tika = new Tika();

	private final int maxConcurrent;

	private final Semaphore processing;

	public ImageIntake(FileStore store, ImageSettings settings) {
		this(store, settings, 0);
	}

	/**
	 * @param maxConcurrent how many photos are processed at once at most; 0 for {@link #automatic()}
	 */
	public ImageIntake(FileStore store, ImageSettings settings, int maxConcurrent) {
		this.store = store;
		this.settings = settings;
		this.heif = HeifDecoder.find(settings.heifDecoder());
		this.maxConcurrent = maxConcurrent > 0 ? maxConcurrent : automatic();
		this.processing = new Semaphore(this.maxConcurrent, true);
	}

	/** One photo at a time per processor, but no more than one per 256 MiB of heap (two in 512 MiB). */
	static int automatic() {
		long heapMiB = Runtime.getRuntime().maxMemory() / 1024 / 1024;
		return (int) Math.max(1, Math.min(Runtime.getRuntime().availableProcessors(), heapMiB / 256));
	}

	/** How many photos are processed at once at most. */
	public int maxConcurrent() {
		return maxConcurrent;
	}

	/** The largest upload accepted, in bytes. */
	public long maxBytes() {
		return settings.maxSize().toBytes();
	}

	/** Whether HEIC/HEIF photos can be decoded here (libheif's decoder is installed). */
	public boolean heifSupported() {
		return heif.available();
	}

	/** Checks and re-encodes an upload and stores the JPEG and its thumbnail under {@code area}. */
	public StoredImage store(String area, byte[] upload) {
		return store(area, process(upload));
	}

	/**
	 * Stores an upload {@link #process processed} before, the JPEG and its thumbnail, under {@code area}.
	 * (Callers process outside their database transaction: a photo takes about half a second of CPU.)
	 * When the current transaction does not commit, the files go again, as the row naming them does.
	 */
	public StoredImage store(String area, ProcessedImage image) {
		String key = store.put(area, "jpg", image.jpeg());
		String thumbnailKey;
		try {
			thumbnailKey = store.put(area, "jpg", image.thumbnail());
		}
		catch (RuntimeException ex) {
			store.delete(key);
			throw ex;
		}
		FilesAfterTransaction.deleteUnlessCommitted(store, List.of(key, thumbnailKey));
		return new StoredImage(key, thumbnailKey, image.width(), image.height(), image.thumbnailWidth(),
				image.thumbnailHeight(), image.jpeg().length, image.sourceType());
	}

	/**
	 * Checks and re-encodes an upload; refuses anything that is not an acceptable image. Waits while
	 * {@link #maxConcurrent()} other photos are being processed.
	 */
	public ProcessedImage process(byte[] upload) {
		if (upload.length == 0) {
			throw refused("files.image.empty");
		}
		if (upload.length > maxBytes()) {
			throw refused("files.image.tooLarge", megabytes(maxBytes()));
		}
		try {
			processing.acquire();
		}
		catch (InterruptedException ex) {
			Thread.currentThread().interrupt();
			throw new IllegalStateException("Interrupted while waiting to process a photo", ex);
		}
		try {
			return convert(upload);
		}
		finally {
			processing.release();
		}
	}

	/** Judges, decodes, turns, scales and re-encodes an upload of an acceptable size. */
	ProcessedImage convert(byte[] upload) {
		String type = tika.detect(upload);
		BufferedImage decoded;
		int orientation = 1;
		if ("image/jpeg".equals(type)) {
			orientation = ExifOrientation.of(upload);
			decoded = decode(upload, "jpeg");
		}
		else if ("image/png".equals(type)) {
			decoded = decode(upload, "png");
		}
		else if (HEIF_TYPES.contains(type)) {
			if (!heif.available()) {
				throw refused("files.image.heicUnsupported");
			}
			checkPixels(HeifDimensions.largest(upload));
			decoded = decode(heif.toPng(upload), "png");
		}
		else {
			throw refused("files.image.unsupportedType");
		}
		BufferedImage upright = ExifOrientation.apply(scale(decoded, settings.maxEdge()), orientation);
		BufferedImage thumbnail = scale(upright, settings.thumbnailEdge());
		return new ProcessedImage(writeJpeg(upright, QUALITY), upright.getWidth(), upright.getHeight(),
				writeJpeg(thumbnail, THUMBNAIL_QUALITY), thumbnail.getWidth(), thumbnail.getHeight(), type);
	}

	private BufferedImage decode(byte[] bytes, String format) {
		Iterator<ImageReader> readers = ImageIO.getImageReadersByFormatName(format);
		if (!readers.hasNext()) {
			throw refused("files.image.unsupportedType");
		}
		ImageReader reader = readers.next();
		try (ImageInputStream in = ImageIO.createImageInputStream(new ByteArrayInputStream(bytes))) {
			reader.setInput(in, true, true);
			// the header's declared size, read before a single pixel is decoded
			checkPixels((long) reader.getWidth(0) * reader.getHeight(0));
			BufferedImage image = reader.read(0);
			if (image == null || image.getWidth() < 1 || image.getHeight() < 1) {
				throw refused("files.image.unreadable");
			}
			return image;
		}
		catch (DomainException ex) {
			throw ex;
		}
		catch (IOException | RuntimeException ex) {
			throw refused("files.image.unreadable");
		}
		finally {
			reader.dispose();
		}
	}

	private void checkPixels(long pixels) {
		if (pixels > settings.maxPixels()) {
			throw refused("files.image.tooManyPixels", settings.maxPixels() / 1_000_000);
		}
	}

	/** Scales down (never up) so that the longer side is at most {@code edge}, onto white (no transparency in JPEG). */
	static BufferedImage scale(BufferedImage source, int edge) {
		int width = source.getWidth();
		int height = source.getHeight();
		double factor = Math.min(1.0, (double) edge / Math.max(width, height));
		int targetWidth = Math.max(1, (int) Math.round(width * factor));
		int targetHeight = Math.max(1, (int) Math.round(height * factor));
		BufferedImage current = source;
		// halving step by step keeps detail that one large bicubic step would alias away
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
			g.drawImage(source, new AffineTransform((double) width / source.getWidth(), 0, 0,
					(double) height / source.getHeight(), 0, 0), null);
		}
		finally {
			g.dispose();
		}
		return target;
	}

	private static byte[] writeJpeg(BufferedImage image, float quality) {
		ImageWriter writer = ImageIO.getImageWritersByFormatName("jpeg").next();
		var bytes = new ByteArrayOutputStream();
		try (ImageOutputStream out = ImageIO.createImageOutputStream(bytes)) {
			writer.setOutput(out);
			ImageWriteParam param = writer.getDefaultWriteParam();
			param.setCompressionMode(ImageWriteParam.MODE_EXPLICIT);
			param.setCompressionQuality(quality);
			// no metadata object: the writer emits a bare JFIF header and the pixels
			writer.write(null, new IIOImage(image, null, null), param);
		}
		catch (IOException ex) {
			throw new UncheckedIOException("JPEG encoding failed", ex);
		}
		finally {
			writer.dispose();
		}
		return bytes.toByteArray();
	}

	private static long megabytes(long bytes) {
		return Math.max(1, bytes / 1024 / 1024);
	}

	private static DomainException refused(String code, Object... args) {
		return DomainException.invalidField("file", code, args);
	}
}
