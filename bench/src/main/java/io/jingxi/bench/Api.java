package io.jingxi.bench;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.net.CookieManager;
import java.net.CookiePolicy;
import java.net.HttpCookie;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Map;
import java.util.UUID;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

/**
 * One signed-in user of the Jingxi API, the way the web app talks to it: a session cookie, the
 * CSRF token from the XSRF-TOKEN cookie sent back in the X-XSRF-TOKEN header on every change.
 */
final class Api {

	static final ObjectMapper JSON = new ObjectMapper();

	private final URI base;

	private final CookieManager cookies = new CookieManager(null, CookiePolicy.ACCEPT_ALL);

	private final HttpClient http;

	Api(String baseUrl) {
		this.base = URI.create(baseUrl.endsWith("/") ? baseUrl : baseUrl + "/");
		this.http = HttpClient.newBuilder()
			.cookieHandler(cookies)
			.connectTimeout(Duration.ofSeconds(10))
			.version(HttpClient.Version.HTTP_1_1)
			.build();
	}

	/** Signs in; answers the current user ({@code Me}), whose mustChangePassword says what comes next. */
	JsonNode signIn(String username, String password) {
		send(request("api/v1/auth/csrf").GET(), 200);
		return post("api/v1/auth/login", Map.of("username", username, "password", password), 200);
	}

	void changePassword(String current, String next) {
		post("api/v1/me/password", Map.of("currentPassword", current, "newPassword", next), 204);
	}

	JsonNode get(String path, int expected) {
		return send(request(path).GET(), expected);
	}

	JsonNode post(String path, Object body, int expected) {
		try {
			return send(request(path).header("Content-Type", "application/json")
				.POST(HttpRequest.BodyPublishers.ofByteArray(JSON.writeValueAsBytes(body))), expected);
		}
		catch (IOException ex) {
			throw new IllegalStateException(ex);
		}
	}

	JsonNode put(String path, Object body, int expected) {
		try {
			return send(request(path).header("Content-Type", "application/json")
				.PUT(HttpRequest.BodyPublishers.ofByteArray(JSON.writeValueAsBytes(body))), expected);
		}
		catch (IOException ex) {
			throw new IllegalStateException(ex);
		}
	}

	/** A multipart upload of one xlsx file plus plain fields, as a browser's form would send it. */
	JsonNode upload(String path, Path file, Map<String, String> fields, int expected) throws IOException {
		return upload(path, file, "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet", fields, expected);
	}

	/** A multipart upload of one file of the given type plus plain fields. */
	JsonNode upload(String path, Path file, String contentType, Map<String, String> fields, int expected)
			throws IOException {
		String boundary = "----jingxi-bench-" + UUID.randomUUID();
		var body = new ByteArrayOutputStream();
		for (var field : fields.entrySet()) {
			body.write(("--" + boundary + "\r\nContent-Disposition: form-data; name=\"" + field.getKey() + "\"\r\n\r\n"
					+ field.getValue() + "\r\n").getBytes(StandardCharsets.UTF_8));
		}
		body.write(("--" + boundary + "\r\nContent-Disposition: form-data; name=\"file\"; filename=\"" + file.getFileName()
				+ "\"\r\nContent-Type: " + contentType + "\r\n\r\n")
			.getBytes(StandardCharsets.UTF_8));
		body.write(Files.readAllBytes(file));
		body.write(("\r\n--" + boundary + "--\r\n").getBytes(StandardCharsets.UTF_8));
		return send(request(path).header("Content-Type", "multipart/form-data; boundary=" + boundary)
			.POST(HttpRequest.BodyPublishers.ofByteArray(body.toByteArray())), expected);
	}

	private HttpRequest.Builder request(String path) {
		var builder = HttpRequest.newBuilder(base.resolve(path))
			.timeout(Duration.ofMinutes(5))
			.header("Accept", "application/json")
			.header("Accept-Language", "zh-CN");
		String csrf = csrfToken();
		if (csrf != null) {
			builder.header("X-XSRF-TOKEN", csrf);
		}
		return builder;
	}

	private String csrfToken() {
		return cookies.getCookieStore()
			.getCookies()
			.stream()
			.filter(c -> c.getName().equals("XSRF-TOKEN"))
			.map(HttpCookie::getValue)
			.findFirst()
			.orElse(null);
	}

	private JsonNode send(HttpRequest.Builder builder, int expected) {
		HttpRequest request = builder.build();
		try {
			HttpResponse<byte[]> response = http.send(request, HttpResponse.BodyHandlers.ofByteArray());
			String text = new String(response.body(), StandardCharsets.UTF_8);
			if (response.statusCode() != expected) {
				throw new IllegalStateException(request.method() + " " + request.uri() + " answered "
						+ response.statusCode() + " (expected " + expected + "): "
						+ (text.length() > 2000 ? text.substring(0, 2000) + "…" : text));
			}
			return text.isBlank() ? JSON.nullNode() : JSON.readTree(text);
		}
		catch (IOException ex) {
			throw new IllegalStateException(request.method() + " " + request.uri() + ": " + ex, ex);
		}
		catch (InterruptedException ex) {
			Thread.currentThread().interrupt();
			throw new IllegalStateException("interrupted", ex);
		}
	}
}
