package io.jingxi.shared.files;

import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/** Wires the image intake with its settings and the file store. */
@Configuration(proxyBeanMethods = false)
@EnableConfigurationProperties(ImageSettings.class)
class FilesConfiguration {

	@Bean
	ImageIntake imageIntake(FileStore store, ImageSettings settings) {
		return new ImageIntake(store, settings);
	}
}
