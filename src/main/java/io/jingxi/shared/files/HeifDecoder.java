package io.jingxi.shared.files;

import java.io.File;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Comparator;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;

import org.jspecify.annotations.Nullable;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import io.jingxi.shared.DomainException;

/**
 * HEIC/HEIF to PNG through libheif's command-line decoder ({@code heif-dec}, called
 * {@code heif-convert} before libheif 1.17; Debian's package {@code libheif-examples}): no pure-Java
 * decoder exists for HEVC-coded images. The decoder runs as a separate process on a temporary copy,
 * with a time limit, and applies the file's own rotation and mirroring.
 */
final class HeifDecoder {

	private static final Logger log = LoggerFactory.getLogger(HeifDecoder.class);

	private static final List<String> COMMANDS = List.of("heif-dec", "heif-convert");

	private static final long TIMEOUT_SECONDS = 60;

	private final @Nullable Path command;

	private HeifDecoder(@Nullable Path command) {
		this.command = command;
	}

	/** The configured command, or the first of heif-dec and heif-convert found on the PATH. */
	static HeifDecoder find(@Nullable String configured) {
		if (configured != null && !configured.isBlank()) {
			Path path = Path.of(configured);
			if (Files.isExecutable(path)) {
				return new HeifDecoder(path);
			}
			Path found = onPath(configured);
			if (found == null) {
				log.warn("HEIC decoder {} not found: HEIC photos will be refused", configured);
			}
			return new HeifDecoder(found);
		}
		for (String name : COMMANDS) {
			Path found = onPath(name);
			if (found != null) {
				return new HeifDecoder(found);
			}
		}
		log.info("No HEIC decoder (heif-dec or heif-convert from libheif-examples) on the PATH: HEIC photos will be refused");
		return new HeifDecoder(null);
	}

	private static @Nullable Path onPath(String name) {
		String path = System.getenv("PATH");
		if (path == null) {
			return null;
		}
		for (String dir : path.split(File.pathSeparator)) {
			if (dir.isBlank()) {
				continue;
			}
			Path candidate = Path.of(dir, name);
			if (Files.isExecutable(candidate)) {
				return candidate;
			}
		}
		return null;
	}

	boolean available() {
		return command != null;
	}

	/** The file's primary image as PNG; refuses (400, unreadable) what the decoder cannot read. */
	byte[] toPng(byte[] heif) {
		Path executable = command;
		if (executable == null) {
			throw DomainException.invalidField("file", "files.image.heicUnsupported");
		}
		Path dir = null;
		try {
			dir = Files.createTempDirectory("jingxi-heif-");
			Path input = Files.write(dir.resolve("in.heic"), heif);
			Path output = dir.resolve("out.png");
			Process process = new ProcessBuilder(executable.toString(), input.toString(), output.toString())
				.redirectErrorStream(true)
				.redirectOutput(dir.resolve("log.txt").toFile())
				.start();
			if (!process.waitFor(TIMEOUT_SECONDS, TimeUnit.SECONDS)) {
				process.destroyForcibly();
				throw DomainException.invalidField("file", "files.image.unreadable");
			}
			Path png = produced(dir, output);
			if (process.exitValue() != 0 || png == null) {
				throw DomainException.invalidField("file", "files.image.unreadable");
			}
			return Files.readAllBytes(png);
		}
		catch (IOException ex) {
			throw DomainException.invalidField("file", "files.image.unreadable");
		}
		catch (InterruptedException ex) {
			Thread.currentThread().interrupt();
			throw DomainException.invalidField("file", "files.image.unreadable");
		}
		finally {
			if (dir != null) {
				deleteQuietly(dir);
			}
		}
	}

	/** out.png, or with several top-level images the first of out-1.png, out-2.png … */
	private static @Nullable Path produced(Path dir, Path expected) throws IOException {
		if (Files.isRegularFile(expected)) {
			return expected;
		}
		try (Stream<Path> files = Files.list(dir)) {
			return files.filter(f -> f.getFileName().toString().startsWith("out") && f.toString().endsWith(".png"))
				.sorted()
				.findFirst()
				.orElse(null);
		}
	}

	private static void deleteQuietly(Path dir) {
		try (Stream<Path> files = Files.walk(dir)) {
			files.sorted(Comparator.reverseOrder()).forEach(path -> path.toFile().delete());
		}
		catch (IOException ex) {
			log.debug("Could not remove {}", dir, ex);
		}
	}
}
