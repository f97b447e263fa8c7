package io.jingxi.shared;

import java.util.List;
import java.util.Locale;

import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.web.servlet.LocaleResolver;
import org.springframework.web.servlet.i18n.AcceptHeaderLocaleResolver;

/** zh-CN is the default language; en is the other one. The request's Accept-Language picks. */
@Configuration(proxyBeanMethods = false)
class WebLocaleConfiguration {

	static final Locale DEFAULT = Locale.SIMPLIFIED_CHINESE;

	@Bean
	LocaleResolver localeResolver() {
		var resolver = new AcceptHeaderLocaleResolver();
		resolver.setSupportedLocales(List.of(Locale.SIMPLIFIED_CHINESE, Locale.ENGLISH));
		resolver.setDefaultLocale(DEFAULT);
		return resolver;
	}
}
