package io.jingxi.bench;

import java.awt.Color;
import java.awt.GradientPaint;
import java.awt.Graphics2D;
import java.awt.RenderingHints;
import java.awt.image.BufferedImage;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;

import javax.imageio.IIOImage;
import javax.imageio.ImageIO;
import javax.imageio.ImageWriteParam;
import javax.imageio.ImageWriter;
import javax.imageio.stream.ImageOutputStream;

/**
 * Evidence photos the way a phone takes them: 3000 × 4000 pixels (12 megapixels, portrait), JPEG at
 * quality 0.9, 1–3 MB. A scene of gradients and shapes with sensor noise on every pixel, so that it
 * does not compress to nothing and the server decodes, scales and re-encodes a realistic amount of
 * data. The same seed gives the same files.
 */
final class Photos {

	static final int WIDTH = 3000;

	static final int HEIGHT = 4000;

	private Photos() {
	}

	/** Writes {@code count} photos as photo-1.jpg… into the folder (kept when they exist) and answers their paths. */
	static List<Path> write(Path folder, int count, long seed) throws IOException {
		Files.createDirectories(folder);
		List<Path> files = new ArrayList<>();
		for (int i = 1; i <= count; i++) {
			Path file = folder.resolve("photo-" + i + ".jpg");
			if (!Files.isRegularFile(file) || Files.size(file) == 0) {
				Files.write(file, jpeg(scene(new Random(seed * 31 + i)), 0.9f));
			}
			files.add(file);
		}
		return files;
	}

	static BufferedImage scene(Random random) {
		return scene(random, WIDTH, HEIGHT);
	}

	/** A small photo (640 × 480), for checks where only the upload counts, not its size. */
	static BufferedImage small(Random random) {
		return scene(random, 640, 480);
	}

	static BufferedImage scene(Random random, int width, int height) {
		BufferedImage image = new BufferedImage(width, height, BufferedImage.TYPE_INT_RGB);
		Graphics2D g = image.createGraphics();
		try {
			g.setRenderingHint(RenderingHints.KEY_ANTIALIASING, RenderingHints.VALUE_ANTIALIAS_ON);
			g.setPaint(new GradientPaint(0, 0, color(random, 150, 230), width, height, color(random, 40, 140)));
			g.fillRect(0, 0, width, height);
			// a floor, a counter, posters, people: shapes of many sizes and colours
			for (int i = 0; i < 260; i++) {
				int w = width / 75 + random.nextInt(Math.max(1, width * 3 / 10));
				int h = height / 100 + random.nextInt(Math.max(1, height * 9 / 40));
				int x = random.nextInt(width) - w / 2;
				int y = random.nextInt(height) - h / 2;
				g.setPaint(new GradientPaint(x, y, color(random, 0, 255), x + w, y + h, color(random, 0, 255)));
				if (random.nextBoolean()) {
					g.fillRect(x, y, w, h);
				}
				else {
					g.fillOval(x, y, w, h);
				}
			}
		}
		finally {
			g.dispose();
		}
		// sensor noise: what keeps a real photo from compressing to nothing (more of it in a darker shot)
		double sigma = 2.5 + random.nextDouble() * 2.5;
		int[] row = new int[width];
		for (int y = 0; y < height; y++) {
			image.getRGB(0, y, width, 1, row, 0, width);
			for (int x = 0; x < width; x++) {
				int noise = (int) Math.round(random.nextGaussian() * sigma);
				int rgb = row[x];
				row[x] = clamp((rgb >> 16 & 0xff) + noise) << 16 | clamp((rgb >> 8 & 0xff) + noise) << 8
						| clamp((rgb & 0xff) + noise);
			}
			image.setRGB(0, y, width, 1, row, 0, width);
		}
		return image;
	}

	private static Color color(Random random, int from, int to) {
		return new Color(from + random.nextInt(to - from + 1), from + random.nextInt(to - from + 1),
				from + random.nextInt(to - from + 1));
	}

	private static int clamp(int value) {
		return Math.max(0, Math.min(255, value));
	}

	static byte[] jpeg(BufferedImage image, float quality) throws IOException {
		ImageWriter writer = ImageIO.getImageWritersByFormatName("jpeg").next();
		var bytes = new java.io.ByteArrayOutputStream();
		try (ImageOutputStream out = ImageIO.createImageOutputStream(bytes)) {
			writer.setOutput(out);
			ImageWriteParam param = writer.getDefaultWriteParam();
			param.setCompressionMode(ImageWriteParam.MODE_EXPLICIT);
			param.setCompressionQuality(quality);
			writer.write(null, new IIOImage(image, null, null), param);
		}
		finally {
			writer.dispose();
		}
		return bytes.toByteArray();
	}
}
