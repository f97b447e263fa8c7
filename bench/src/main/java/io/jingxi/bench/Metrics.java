package io.jingxi.bench;

import java.io.Reader;
import java.io.Writer;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import java.util.Properties;

import com.fasterxml.jackson.databind.JsonNode;

/**
 * What the application measured itself (Spring Boot Actuator, /actuator/metrics), read as the
 * administrator after a run: time spent in each endpoint as the server saw it, and time spent
 * waiting for a database connection from the pool. Set beside the client's numbers, it tells
 * queueing in front of the application from time spent inside it.
 *
 * <p>Counts and total times are cumulative since the application started; given the snapshot taken
 * before the run, the table shows the run's own count and mean. The 50th, 95th and 99th percentiles
 * come from Micrometer's percentile gauges (bench/run turns them on for {@code http.server.requests});
 * they decay: they describe the last two minutes or so before the reading, the run's steady end.
 *
 * <p>Arguments: the application's URL, the generator's admin.txt (user name, password), optionally the
 * snapshot file written before the run and the one to write now.
 */
public final class Metrics {

	/** The URIs as Spring MVC tags them, and the status of their success (a percentile gauge per status). */
	private static final List<String[]> URIS = List.of(new String[] { "/api/v1/auth/csrf", "200" },
			new String[] { "/api/v1/auth/login", "200" }, new String[] { "/api/v1/units/tree", "200" },
			new String[] { "/api/v1/people", "200" }, new String[] { "/api/v1/auth/logout", "204" },
			new String[] { "/api/v1/inspections", "201" }, new String[] { "/api/v1/inspections/{id}/answers", "200" },
			new String[] { "/api/v1/inspections/{id}/photos", "201" },
			new String[] { "/api/v1/inspections/{id}/submit", "200" },
			new String[] { "/api/v1/reporting/rankings", "200" });

	private Metrics() {
	}

	public static void main(String[] args) throws Exception {
		List<String> admin = Files.readAllLines(Path.of(args[1]), StandardCharsets.UTF_8);
		Properties before = new Properties();
		if (args.length > 2 && Files.isRegularFile(Path.of(args[2]))) {
			try (Reader in = Files.newBufferedReader(Path.of(args[2]), StandardCharsets.UTF_8)) {
				before.load(in);
			}
		}
		Properties now = new Properties();
		Api api = new Api(args[0]);
		api.signIn(admin.get(0).strip(), admin.get(1).strip());
		StringBuilder out = new StringBuilder();
		out.append("| server-side timer | count (run) | mean ms (run) | p50 ms | p95 ms | p99 ms | max ms (recent) |\n");
		out.append("|---|---:|---:|---:|---:|---:|---:|\n");
		for (String[] uri : URIS) {
			timer(api, out, now, before, "http.server.requests", "uri:" + uri[0], uri[0], uri[1]);
		}
		timer(api, out, now, before, "hikaricp.connections.acquire", null, "waiting for a pooled connection", null);
		timer(api, out, now, before, "hikaricp.connections.usage", null, "holding a pooled connection", null);
		out.append('\n');
		for (String gauge : List.of("hikaricp.connections.max", "hikaricp.connections.pending",
				"tomcat.threads.busy", "tomcat.threads.config.max", "jvm.gc.pause")) {
			JsonNode metric = metric(api, gauge, (String[]) null);
			if (metric != null) {
				out.append("- ").append(gauge).append(": ");
				for (JsonNode m : metric.path("measurements")) {
					out.append(m.path("statistic").asText().toLowerCase(Locale.ROOT)).append(' ')
						.append(String.format(Locale.ROOT, "%.3f", m.path("value").asDouble())).append("; ");
				}
				out.append('\n');
			}
		}
		if (args.length > 3) {
			try (Writer file = Files.newBufferedWriter(Path.of(args[3]), StandardCharsets.UTF_8)) {
				now.store(file, "cumulative timers");
			}
		}
		System.out.print(out);
	}

	private static void timer(Api api, StringBuilder out, Properties now, Properties before, String name,
			String tag, String label, String status) {
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
		now.setProperty(label + ".count", Double.toString(count));
		now.setProperty(label + ".total", Double.toString(total));
		double runCount = count - Double.parseDouble(before.getProperty(label + ".count", "0"));
		double runTotal = total - Double.parseDouble(before.getProperty(label + ".total", "0"));
		if (runCount == 0) {
			return;
		}
		String[] percentiles = new String[3];
		String[] phis = { "0.5", "0.95", "0.99" };
		for (int i = 0; i < phis.length; i++) {
			JsonNode p = status == null ? null
					: metric(api, name + ".percentile", tag, "phi:" + phis[i], "status:" + status);
			percentiles[i] = p == null ? "–"
					: String.format(Locale.ROOT, "%.0f", p.path("measurements").path(0).path("value").asDouble() * 1000);
		}
		// Timers report seconds.
		out.append(String.format(Locale.ROOT, "| %s | %.0f | %.1f | %s | %s | %s | %.0f |%n", label, runCount,
				runTotal / runCount * 1000, percentiles[0], percentiles[1], percentiles[2], max * 1000));
	}

	private static JsonNode metric(Api api, String name, String... tags) {
		try {
			StringBuilder path = new StringBuilder("actuator/metrics/" + name);
			char separator = '?';
			if (tags != null) {
				for (String tag : tags) {
					if (tag != null) {
						path.append(separator).append("tag=").append(URLEncoder.encode(tag, StandardCharsets.UTF_8));
						separator = '&';
					}
				}
			}
			return api.get(path.toString(), 200);
		}
		catch (IllegalStateException ex) {
			return null;
		}
	}
}
