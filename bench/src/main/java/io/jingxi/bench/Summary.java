package io.jingxi.bench;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Prints a Gatling run's numbers as a Markdown table: per request and overall, the count, errors,
 * throughput and the 50th, 95th, 99th and 99.9th percentiles of the response time (bench's
 * gatling.conf sets those percentiles), then the text files given after the report, verbatim (the
 * generator's timings, the application's CPU and memory).
 *
 * <p>Gatling 3.15 keeps its statistics only in the report's HTML table, so that is what is read:
 * the column headers are checked first, and a report of another layout is refused rather than
 * misread.
 *
 * <p>Arguments: the report folder (with index.html), then any text files to append.
 */
public final class Summary {

	private static final Map<Integer, String> EXPECTED_HEADERS = Map.of(2, "Total", 4, "KO", 6, "Cnt/s", 8, "50th pct",
			9, "95th pct", 10, "99th pct", 11, "99.9th pct", 12, "Max", 13, "Mean");

	private static final Pattern HEADER = Pattern.compile("<th id=\"col-(\\d+)\"[^>]*><span>(?:<abbr[^>]*>)?([^<]*)<");

	private static final Pattern ROW = Pattern.compile("<tr id=\"([^\"]+)\"[^>]*>(.*?)</tr>", Pattern.DOTALL);

	private static final Pattern NAME = Pattern.compile("class=\"ellipsed-name\">([^<]*)</span>");

	private static final Pattern CELL = Pattern.compile("<td class=\"value [a-z]+ col-(\\d+)\">([^<]*)</td>");

	private Summary() {
	}

	public static void main(String[] args) throws IOException {
		if (args.length == 0) {
			throw new IllegalArgumentException("usage: Summary <report folder> [files to append…]");
		}
		String html = Files.readString(Path.of(args[0], "index.html"), StandardCharsets.UTF_8);
		Map<Integer, String> headers = new TreeMap<>();
		Matcher h = HEADER.matcher(html);
		while (h.find()) {
			headers.put(Integer.parseInt(h.group(1)), h.group(2).strip());
		}
		EXPECTED_HEADERS.forEach((column, label) -> {
			if (!label.equals(headers.get(column))) {
				throw new IllegalStateException("unexpected report layout: column " + column + " is '" + headers.get(column)
						+ "', expected '" + label + "' (headers: " + headers + ")");
			}
		});
		List<String> rows = new ArrayList<>();
		String total = null;
		Matcher r = ROW.matcher(html);
		while (r.find()) {
			Matcher n = NAME.matcher(r.group(2));
			if (!n.find()) {
				continue;
			}
			Map<Integer, String> cells = new TreeMap<>();
			Matcher c = CELL.matcher(r.group(2));
			while (c.find()) {
				cells.put(Integer.parseInt(c.group(1)), c.group(2).strip());
			}
			boolean all = "ROOT".equals(r.group(1));
			String row = "| %s | %s | %s | %s | %s | %s | %s | %s | %s | %s |".formatted(
					all ? "**all requests**" : unescape(n.group(1)), cells.get(2), cells.get(4), cells.get(6), cells.get(8),
					cells.get(9), cells.get(10), cells.get(11), cells.get(12), cells.get(13));
			if (all) {
				total = row;
			}
			else {
				rows.add(row);
			}
		}
		if (total == null) {
			throw new IllegalStateException("no statistics in " + args[0]);
		}
		StringBuilder out = new StringBuilder();
		out.append("| request | count | errors | req/s | p50 ms | p95 ms | p99 ms | p99.9 ms | max ms | mean ms |\n");
		out.append("|---|---:|---:|---:|---:|---:|---:|---:|---:|---:|\n");
		rows.forEach(row -> out.append(row).append('\n'));
		out.append(total).append('\n');
		for (int i = 1; i < args.length; i++) {
			Path file = Path.of(args[i]);
			if (Files.isRegularFile(file)) {
				String text = Files.readString(file, StandardCharsets.UTF_8).strip();
				out.append("\n").append(file.getFileName()).append(":\n\n");
				// Markdown as it is; anything else as a block of plain text.
				out.append(file.toString().endsWith(".md") ? text + "\n" : "```\n" + text + "\n```\n");
			}
		}
		System.out.print(out);
	}

	private static String unescape(String html) {
		return html.replace("&lt;", "<").replace("&gt;", ">").replace("&quot;", "\"").replace("&#39;", "'")
			.replace("&amp;", "&");
	}
}
