package io.jingxi.shared.files;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.time.Clock;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.Optional;
import java.util.UUID;
import java.util.regex.Pattern;

import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Component;

/**
 * The file store on local disk under {@code jingxi.files.dir} (default {@code ./data/files}): keys look
 * like {@code inspection/2026/12/0f6c….jpg}. Content is written to a temporary file first and moved
 * into place, so a reader never sees half a file. Keys from outside are checked against the pattern
 * the store makes, so that no key reaches outside the directory.
 */
@Component
class LocalFileStore implements FileStore {

	private static final Pattern AREA = Pattern.compile("[a-z0-9-]{1,40}");

	private static final Pattern EXTENSION = Pattern.compile("[a-z0-9]{1,8}");

	private static final Pattern KEY = Pattern
		.compile("[a-z0-9-]{1,40}/\\d{4}/\\d{2}/[0-9a-f]{32}(-[a-z0-9]{1,16})?\\.[a-z0-9]{1,8}");

	private static final DateTimeFormatter MONTH = DateTimeFormatter.ofPattern("yyyy/MM").withZone(ZoneOffset.UTC);

	private final Path root;

	private final Clock clock;

	LocalFileStore(@Value("${jingxi.files.dir:./data/files}") String dir, Clock clock) {
		this.root = Path.of(dir).toAbsolutePath().normalize();
		this.clock = clock;
	}

	@Override
	public String put(String area, String extension, byte[] content) {
		if (!AREA.matcher(area).matches() || !EXTENSION.matcher(extension).matches()) {
			throw new IllegalArgumentException("Bad area or extension: " + area + ", " + extension);
		}
		String key = area + "/" + MONTH.format(clock.instant()) + "/" + UUID.randomUUID().toString().replace("-", "")
				+ "." + extension;
		Path target = resolve(key);
		try {
			Files.createDirectories(target.getParent());
			Path temporary = Files.createTempFile(target.getParent(), ".upload-", ".tmp");
			try {
				Files.write(temporary, content);
				Files.move(temporary, target, StandardCopyOption.ATOMIC_MOVE);
			}
			finally {
				Files.deleteIfExists(temporary);
			}
		}
		catch (IOException ex) {
			throw new UncheckedIOException("Could not store " + key, ex);
		}
		return key;
	}

	@Override
	public Optional<byte[]> get(String key) {
		if (!KEY.matcher(key).matches()) {
			return Optional.empty();
		}
		try {
			return Optional.of(Files.readAllBytes(resolve(key)));
		}
		catch (NoSuchFileException ex) {
			return Optional.empty();
		}
		catch (IOException ex) {
			throw new UncheckedIOException("Could not read " + key, ex);
		}
	}

	@Override
	public void delete(String key) {
		if (!KEY.matcher(key).matches()) {
			return;
		}
		try {
			Files.deleteIfExists(resolve(key));
		}
		catch (IOException ex) {
			throw new UncheckedIOException("Could not delete " + key, ex);
		}
	}

	private Path resolve(String key) {
		Path path = root.resolve(key).normalize();
		if (!path.startsWith(root)) {
			throw new IllegalArgumentException("Key outside the store: " + key);
		}
		return path;
	}
}
