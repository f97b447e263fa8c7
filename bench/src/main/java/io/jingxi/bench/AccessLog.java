package io.jingxi.bench;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.TreeMap;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The server's own time for every request of a run, exactly: Tomcat's access log (bench/run turns it
 * on with the pattern {@code %t "%r" %s %b %D}, %D being the microseconds from the request's first byte
 * to the response's last), the part written during the run. Prints per method and URI (ids replaced by
 * {id}, the query left out) the count, the errors (status 400 and above), and the 50th, 95th and 99th
 * percentiles, the maximum and the mean, in milliseconds.
 *
 * <p>Arguments: the access log excerpt.
 */
public final class AccessLog {

	private static final Pattern LINE = Pattern.compile("\"([A-Z]+) ([^ ?\"]+)[^\"]*\" (\\d{3}) \\S+ (\\d+)\\s*$");

	private static final Pattern ID = Pattern.compile("/\\d+(?=/|$)");

	private AccessLog() {
	}

	public static void main(String[] args) throws IOException {
		Map<String, List<Long>> times = new TreeMap<>();
		Map<String, Integer> errors = new TreeMap<>();
		for (String line : Files.readAllLines(Path.of(args[0]), StandardCharsets.UTF_8)) {
			Matcher m = LINE.matcher(line);
			if (!m.find()) {
				continue;
			}
			if (m.group(2).startsWith("/actuator/")) {
				continue; // the benchmark reading the application's metrics, not the simulation
			}
			String key = m.group(1) + " " + ID.matcher(m.group(2)).replaceAll("/{id}");
			times.computeIfAbsent(key, k -> new ArrayList<>()).add(Long.parseLong(m.group(4)));
			if (Integer.parseInt(m.group(3)) >= 400) {
				errors.merge(key, 1, Integer::sum);
			}
		}
		StringBuilder out = new StringBuilder();
		out.append("| request (server time, access log) | count | errors | p50 ms | p95 ms | p99 ms | max ms | mean ms |\n");
		out.append("|---|---:|---:|---:|---:|---:|---:|---:|\n");
		times.forEach((key, list) -> {
			long[] sorted = list.stream().mapToLong(Long::longValue).sorted().toArray();
			double mean = Arrays.stream(sorted).average().orElse(0);
			out.append(String.format(Locale.ROOT, "| %s | %d | %d | %s | %s | %s | %s | %s |%n", key, sorted.length,
					errors.getOrDefault(key, 0), ms(percentile(sorted, 50)), ms(percentile(sorted, 95)),
					ms(percentile(sorted, 99)), ms(sorted[sorted.length - 1]), ms(mean)));
		});
		System.out.print(out);
	}

	/** The nearest-rank percentile. */
	static long percentile(long[] sorted, double p) {
		int rank = (int) Math.ceil(p / 100 * sorted.length);
		return sorted[Math.max(0, Math.min(sorted.length - 1, rank - 1))];
	}

	private static String ms(double micros) {
		return micros >= 10_000 ? String.format(Locale.ROOT, "%.0f", micros / 1000)
				: String.format(Locale.ROOT, "%.1f", micros / 1000);
	}
}
