package io.jingxi.identity;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;

import org.springframework.context.MessageSource;
import org.springframework.http.MediaType;
import org.springframework.stereotype.Component;

import io.jingxi.shared.Languages;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import tools.jackson.databind.json.JsonMapper;

/** Writes localized problem details from security filters, which run before Spring MVC's advice. */
@Component
class ProblemResponses {

	private static final JsonMapper JSON = JsonMapper.builder().build();

	private final MessageSource messages;

	ProblemResponses(MessageSource messages) {
		this.messages = messages;
	}

	void write(HttpServletRequest request, HttpServletResponse response, int status, String code, Object... args)
			throws IOException {
		var locale = Languages.of(request);
		var body = new LinkedHashMap<String, Object>();
		body.put("type", "https://jingxi.io/problems/" + code);
		body.put("title", messages.getMessage("error.title." + status, null,
				messages.getMessage("error.title.default", null, locale), locale));
		body.put("status", status);
		body.put("detail", messages.getMessage(code, args, code, locale));
		body.put("instance", request.getRequestURI());
		body.put("code", code);
		response.setStatus(status);
		response.setCharacterEncoding(StandardCharsets.UTF_8.name());
		response.setContentType(MediaType.APPLICATION_PROBLEM_JSON_VALUE);
		JSON.writeValue(response.getOutputStream(), body);
	}
}
