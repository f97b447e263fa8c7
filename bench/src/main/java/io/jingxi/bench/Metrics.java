package io.jingxi.bench;

import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;

import com.fasterxml.jackson.databind.JsonNode;

/**
 * What the application measured itself (Spring Boot Actuator, /actuator/metrics), read as the
 * administrator after a run: time spent in each endpoint as the server saw it, and time spent
 * waiting for a database connection from the pool. Set beside the client's numbers, it tells
 * queueing in front of the application from time spent inside it.
 *
 * <p>Arguments: the application's URL and the generator's admin.txt (user name, password).
 */
public final class Metrics {

	private static final List<String> URIS = List.of("/api/v1/auth/csrf", "/api/v1/auth/login", "/api/v1/units/tree",
			"/api/v1/people", "/api/v1/auth/logout");

	private Metrics() {
	}

	public static void main(String[] args) throws Exception {
		List<String> admin = Files.readAllLines(Path.of(args[1]), StandardCharsets.UTF_8);
		Api api = new Api(args[0]);
		api.signIn(admin.get(0).strip(), admin.get(1).strip());
		StringBuilder out = new StringBuilder();
		out.append("| server-side timer | count | mean ms | max ms (recent) |\n|---|---:|---:|---:|\n");
		for (String uri : URIS) {
			timer(api, out, "http.server.requests", "uri:" + uri, uri);
		}
		timer(api, out, "hikaricp.connections.acquire", null, "waiting for a pooled connection");
		timer(api, out, "hikaricp.connections.usage", null, "holding a pooled connection");
		out.append('\n');
		for (String gauge : List.of("hikaricp.connections.max", "hikaricp.connections.pending",
				"tomcat.threads.busy", "tomcat.threads.config.max", "jvm.gc.pause")) {
			JsonNode metric = metric(api, gauge, null);
			if (metric != null) {
				out.append("- ").append(gauge).append(": ");
				for (JsonNode m : metric.path("measurements")) {
					out.append(m.path("statistic").asText().toLowerCase(Locale.ROOT)).append(' ')
						.append(String.format(Locale.ROOT, "%.3f", m.path("value").asDouble())).append("; ");
				}
				out.append('\n');
			}
		}
		System.out.print(out);
	}

	private static void timer(Api api, StringBuilder out, String name, String tag, String label) {
		JsonNode metric = metric(api, name, tag);
		if (metric == null) {
			return;
		}
		double count = 0;
		double total = 0;
		double max = 0;
		for (JsonNode m : metric.path("measurements")) {
			switch (m.path("statistic").asText()) {
				case "COUNT" -> count = m.path("value").asDouble();
				case "TOTAL_TIME" -> total = m.path("value").asDouble();
				case "MAX" -> max = m.path("value").asDouble();
				default -> {
				}
			}
		}
		// Timers report seconds.
		out.append(String.format(Locale.ROOT, "| %s | %.0f | %.1f | %.0f |%n", label, count,
				count == 0 ? 0 : total / count * 1000, max * 1000));
	}

	private static JsonNode metric(Api api, String name, String tag) {
		try {
			String path = "actuator/metrics/" + name
					+ (tag == null ? "" : "?tag=" + URLEncoder.encode(tag, StandardCharsets.UTF_8));
			return api.get(path, 200);
		}
		catch (IllegalStateException ex) {
			return null;
		}
	}
}
