package io.jingxi.shared.files;

import org.jspecify.annotations.Nullable;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;
import org.springframework.util.unit.DataSize;

/**
 * How {@link ImageIntake} treats uploaded photos ({@code jingxi.files.images.*}).
 *
 * @param maxSize the largest upload accepted (default 10 MB)
 * @param maxEdge the longer side of the stored image, larger images are scaled down (default 2560 px)
 * @param thumbnailEdge the longer side of the thumbnail (default 320 px)
 * @param maxPixels the most pixels an image may declare before it is decoded (default 60 million), a
 *        guard against decompression bombs
 * @param heifDecoder the command that converts HEIC/HEIF to PNG ({@code heif-dec} or
 *        {@code heif-convert} from libheif); blank to look for either on the PATH
 */
@ConfigurationProperties("jingxi.files.images")
public record ImageSettings(@DefaultValue("10MB") DataSize maxSize, @DefaultValue("2560") int maxEdge,
		@DefaultValue("320") int thumbnailEdge, @DefaultValue("60000000") long maxPixels,
		@Nullable String heifDecoder) {

	public ImageSettings {
		if (maxSize.toBytes() < 1 || maxEdge < 16 || thumbnailEdge < 16 || thumbnailEdge > maxEdge || maxPixels < 1) {
			throw new IllegalArgumentException("Bad jingxi.files.images settings");
		}
	}

	/** The defaults, for code that builds an intake by hand (tests). */
	public static ImageSettings defaults() {
		return new ImageSettings(DataSize.ofMegabytes(10), 2560, 320, 60_000_000L, null);
	}
}
