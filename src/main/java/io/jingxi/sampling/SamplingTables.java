package io.jingxi.sampling;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import org.jspecify.annotations.Nullable;
import org.springframework.core.io.ClassPathResource;
import org.springframework.stereotype.Component;

import tools.jackson.databind.JsonNode;
import tools.jackson.databind.ObjectMapper;

/**
 * The tables of GB/T 2828.1-2012 (ISO 2859-1:1999) as the data files under
 * {@code src/main/resources/sampling/} hold them: Table 1 (code letters) and the single sampling master
 * tables 2-A (normal), 2-B (tightened) and 2-C (reduced). The files are the only source of the numbers;
 * this class reads them and follows the arrows.
 */
@Component
class SamplingTables {

	/** The sampling scheme every lot records: the standard and the version of the shipped tables. */
	static final String POLICY_ID = "GB/T 2828.1-2012";

	static final int POLICY_VERSION = 1;

	private final CodeLetterTable codeLetters;

	private final Map<Severity, MasterTable> masters = new EnumMap<>(Severity.class);

	SamplingTables(ObjectMapper json) {
		this.codeLetters = CodeLetterTable.read(load(json, "sampling/table-1-code-letters.json"));
		masters.put(Severity.NORMAL, MasterTable.read(load(json, "sampling/table-2a-normal.json")));
		masters.put(Severity.TIGHTENED, MasterTable.read(load(json, "sampling/table-2b-tightened.json")));
		masters.put(Severity.REDUCED, MasterTable.read(load(json, "sampling/table-2c-reduced.json")));
	}

	private static JsonNode load(ObjectMapper json, String path) {
		try (InputStream in = new ClassPathResource(path).getInputStream()) {
			return json.readTree(in);
		}
		catch (IOException ex) {
			throw new UncheckedIOException("Cannot read " + path, ex);
		}
	}

	CodeLetterTable codeLetters() {
		return codeLetters;
	}

	MasterTable master(Severity severity) {
		MasterTable table = masters.get(severity);
		if (table == null) {
			throw new IllegalArgumentException("No sampling table for " + severity);
		}
		return table;
	}

	/** The plan for a lot, 100 % inspection included. */
	SamplingPlan plan(int lotSize, InspectionLevel level, Aql aql, Severity severity) {
		String letter = codeLetters.letter(lotSize, level);
		TablePlan plan = master(severity).resolve(letter, aql);
		boolean full = plan.sampleSize() >= lotSize;
		return new SamplingPlan(plan.codeLetter(), full ? lotSize : plan.sampleSize(), plan.acceptance(),
				plan.rejection(), full);
	}

	/** A plan as printed in a table: code letter, sample size, Ac and Re. */
	record TablePlan(String codeLetter, int sampleSize, int acceptance, int rejection) {
	}

	/** Table 1: code letters by lot size range and inspection level. */
	record CodeLetterTable(List<String> levels, List<Range> rows) {

		record Range(int from, @Nullable Integer to, List<String> letters) {

			boolean covers(int lotSize) {
				return lotSize >= from && (to == null || lotSize <= to);
			}
		}

		static CodeLetterTable read(JsonNode node) {
			List<String> levels = new ArrayList<>();
			node.get("levels").forEach(level -> levels.add(level.asString()));
			List<Range> rows = new ArrayList<>();
			for (JsonNode row : node.get("rows")) {
				List<String> letters = new ArrayList<>();
				row.get("letters").forEach(letter -> letters.add(letter.asString()));
				JsonNode to = row.get("to");
				rows.add(new Range(row.get("from").asInt(), to == null || to.isNull() ? null : to.asInt(),
						List.copyOf(letters)));
			}
			return new CodeLetterTable(List.copyOf(levels), List.copyOf(rows));
		}

		String letter(int lotSize, InspectionLevel level) {
			int column = levels.indexOf(level.label());
			return rows.stream()
				.filter(row -> row.covers(lotSize))
				.findFirst()
				.map(row -> row.letters().get(column))
				.orElseThrow(() -> new IllegalArgumentException("Lot size outside Table 1: " + lotSize));
		}
	}

	/**
	 * A master table: one row per code letter with its sample size, one cell per AQL column. A cell
	 * holds a plan (Ac/Re) or an arrow; an arrow sends the reader to the first plan below (down) or
	 * above (up) it in the same column, whose code letter, sample size and Ac/Re then apply.
	 */
	record MasterTable(String name, List<String> aqls, List<Row> rows) {

		record Row(String codeLetter, int sampleSize, List<String> cells) {
		}

		static MasterTable read(JsonNode node) {
			List<String> aqls = new ArrayList<>();
			node.get("aqls").forEach(aql -> aqls.add(aql.asString()));
			List<Row> rows = new ArrayList<>();
			for (JsonNode row : node.get("rows")) {
				List<String> cells = new ArrayList<>();
				row.get("cells").forEach(cell -> cells.add(cell.asString()));
				if (cells.size() != aqls.size()) {
					throw new IllegalStateException("Row " + row.get("codeLetter") + " of table " + node.get("table")
							+ " has " + cells.size() + " cells for " + aqls.size() + " AQLs");
				}
				rows.add(new Row(row.get("codeLetter").asString(), row.get("sampleSize").asInt(), List.copyOf(cells)));
			}
			return new MasterTable(node.get("table").asString(), List.copyOf(aqls), List.copyOf(rows));
		}

		/** The printed cell: a plan such as 2/3, or up or down. */
		String cell(String codeLetter, Aql aql) {
			return rows.get(rowOf(codeLetter)).cells().get(column(aql));
		}

		/** The plan the cell leads to: the cell's own plan, or the first plan in the arrow's direction. */
		TablePlan resolve(String codeLetter, Aql aql) {
			int column = column(aql);
			int row = rowOf(codeLetter);
			String cell = rows.get(row).cells().get(column);
			int step = switch (cell) {
				case "down" -> 1;
				case "up" -> -1;
				default -> 0;
			};
			while (true) {
				Optional<TablePlan> plan = plan(rows.get(row), column);
				if (plan.isPresent()) {
					return plan.get();
				}
				row += step;
				if (step == 0 || row < 0 || row >= rows.size()) {
					throw new IllegalStateException("Table " + name + " has no plan for " + codeLetter + " at AQL " + aql);
				}
			}
		}

		private int column(Aql aql) {
			int column = aqls.indexOf(aql.text());
			if (column < 0) {
				throw new IllegalArgumentException("Table " + name + " has no column " + aql);
			}
			return column;
		}

		private int rowOf(String codeLetter) {
			for (int i = 0; i < rows.size(); i++) {
				if (rows.get(i).codeLetter().equals(codeLetter)) {
					return i;
				}
			}
			throw new IllegalArgumentException("Table " + name + " has no code letter " + codeLetter);
		}

		private static Optional<TablePlan> plan(Row row, int column) {
			String cell = row.cells().get(column);
			int slash = cell.indexOf('/');
			if (slash < 0) {
				return Optional.empty();
			}
			return Optional.of(new TablePlan(row.codeLetter(), row.sampleSize(),
					Integer.parseInt(cell.substring(0, slash)), Integer.parseInt(cell.substring(slash + 1))));
		}
	}
}
