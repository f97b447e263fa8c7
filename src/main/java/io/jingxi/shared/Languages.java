package io.jingxi.shared;

import java.util.Locale;

import jakarta.servlet.http.HttpServletRequest;

/** The two languages Jingxi speaks, chosen from a request's Accept-Language (zh-CN when absent). */
public final class Languages {

	private Languages() {
	}

	public static Locale of(HttpServletRequest request) {
		var header = request.getHeader("Accept-Language");
		if (header == null || header.isBlank()) {
			return Locale.SIMPLIFIED_CHINESE;
		}
		return "en".equals(request.getLocale().getLanguage()) ? Locale.ENGLISH : Locale.SIMPLIFIED_CHINESE;
	}
}
