package io.jingxi.shared.files;

import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/**
 * Wires the image intake with its settings and the file store; {@code jingxi.files.images.max-concurrent}
 * bounds the photos processed at once (0, the default: one per processor, at most one per 256 MiB of heap).
 */
@Configuration(proxyBeanMethods = false)
@EnableConfigurationProperties(ImageSettings.class)
class FilesConfiguration {

	@Bean
	ImageIntake imageIntake(FileStore store, ImageSettings settings,
			@Value("${jingxi.files.images.max-concurrent:0}") int maxConcurrent) {
		return new ImageIntake(store, settings, maxConcurrent);
	}
}
