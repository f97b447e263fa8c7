package io.jingxi.calendar;

import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.time.format.ResolverStyle;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.jspecify.annotations.Nullable;


import io.jingxi.shared.DomainException;
import io.jingxi.shared.DomainException.FieldProblem;
import tools.jackson.core.JacksonException;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.ObjectMapper;

/**
 * 年度放假安排: one year's official holiday arrangement, as published each year by the State Council
 * General Office for mainland China (or written by an organisation for its own calendar): the holidays
 * and the make-up working days. Its JSON form is
 * {@code {'year':2025,'holidays':[{'date':'2025-01-01','name':'元旦'}],'makeupWorkdays':[...]}}
 * (with double quotes). Parsing checks everything it can without a calendar and lists every problem
 * at once, each with its JSON path, so that a bad file is fixed in one go.
 *
 * @param year the year the arrangement is for
 * @param holidays days off
 * @param makeupWorkdays make-up working days
 */
record YearArrangement(int year, List<Entry> holidays, List<Entry> makeupWorkdays) {

	static final int MIN_YEAR = 1900;

	static final int MAX_YEAR = 2999;

	static final int MAX_ENTRIES = 366;

	private static final Set<String> FIELDS = Set.of("year", "holidays", "makeupWorkdays");

	private static final Set<String> ENTRY_FIELDS = Set.of("date", "name");

	private static final DateTimeFormatter DATE = DateTimeFormatter.ofPattern("uuuu-MM-dd")
		.withResolverStyle(ResolverStyle.STRICT);

	/** One dated entry with its name (元旦, 春节调休). */
	record Entry(LocalDate date, String name) {
	}

	YearArrangement {
		holidays = List.copyOf(holidays);
		makeupWorkdays = List.copyOf(makeupWorkdays);
	}

	/** Whether a date may belong to this year's arrangement: the year itself, the December before or the January after. */
	static boolean covers(int year, LocalDate date) {
		return !date.isBefore(LocalDate.of(year - 1, 12, 1)) && !date.isAfter(LocalDate.of(year + 1, 1, 31));
	}

	static YearArrangement parse(String json, ObjectMapper mapper) {
		JsonNode root;
		try {
			root = mapper.readTree(json);
		}
		catch (JacksonException ex) {
			var location = ex.getLocation();
			String line = location == null ? "?" : String.valueOf(location.getLineNr());
			String column = location == null ? "?" : String.valueOf(location.getColumnNr());
			throw Problems.invalid("calendar.import.invalid",
					List.of(new FieldProblem("", "calendar.import.syntax", line, column)));
		}
		return parse(root);
	}

	static YearArrangement parse(@Nullable JsonNode root) {
		List<FieldProblem> problems = new ArrayList<>();
		if (root == null || !root.isObject()) {
			throw invalid(List.of(new FieldProblem("", "calendar.import.notObject")));
		}
		for (String name : root.propertyNames()) {
			if (!FIELDS.contains(name)) {
				problems.add(new FieldProblem(name, "calendar.import.unknownField", name));
			}
		}
		JsonNode yearNode = root.get("year");
		@Nullable Integer year = null;
		if (yearNode == null || yearNode.isNull() || !yearNode.isIntegralNumber() || !yearNode.canConvertToInt()) {
			problems.add(new FieldProblem("year", "calendar.import.year.required"));
		}
		else if (yearNode.intValue() < MIN_YEAR || yearNode.intValue() > MAX_YEAR) {
			problems.add(new FieldProblem("year", "calendar.import.year.outOfRange", String.valueOf(MIN_YEAR),
					String.valueOf(MAX_YEAR)));
		}
		else {
			year = yearNode.intValue();
		}
		Map<LocalDate, String> seen = new HashMap<>();
		List<Entry> holidays = entries(root, "holidays", year, seen, problems);
		List<Entry> makeups = entries(root, "makeupWorkdays", year, seen, problems);
		if (!problems.isEmpty() || year == null) {
			throw invalid(problems);
		}
		return new YearArrangement(year, holidays, makeups);
	}

	private static List<Entry> entries(JsonNode root, String field, @Nullable Integer year, Map<LocalDate, String> seen,
			List<FieldProblem> problems) {
		JsonNode list = root.get(field);
		if (list == null || list.isNull()) {
			return List.of();
		}
		if (!list.isArray()) {
			problems.add(new FieldProblem(field, "calendar.import.notArray"));
			return List.of();
		}
		if (list.size() > MAX_ENTRIES) {
			problems.add(new FieldProblem(field, "calendar.import.tooMany", String.valueOf(MAX_ENTRIES)));
			return List.of();
		}
		List<Entry> entries = new ArrayList<>();
		for (int i = 0; i < list.size(); i++) {
			String path = field + "[" + i + "]";
			JsonNode item = list.get(i);
			if (!item.isObject()) {
				problems.add(new FieldProblem(path, "calendar.import.entryNotObject"));
				continue;
			}
			for (String name : item.propertyNames()) {
				if (!ENTRY_FIELDS.contains(name)) {
					problems.add(new FieldProblem(path + "." + name, "calendar.import.unknownField", name));
				}
			}
			LocalDate date = date(item.get("date"), path + ".date", year, problems);
			String name = name(item.get("name"), path + ".name", problems);
			if (date != null) {
				String first = seen.putIfAbsent(date, path);
				if (first != null) {
					problems.add(new FieldProblem(path + ".date", "calendar.import.duplicate", date, first));
					continue;
				}
			}
			if (date != null && name != null) {
				entries.add(new Entry(date, name));
			}
		}
		return entries;
	}

	private static @Nullable LocalDate date(@Nullable JsonNode node, String path, @Nullable Integer year,
			List<FieldProblem> problems) {
		if (node == null || node.isNull() || !node.isString() || node.stringValue().isBlank()) {
			problems.add(new FieldProblem(path, "calendar.import.dateRequired"));
			return null;
		}
		String text = node.stringValue();
		LocalDate date;
		try {
			date = LocalDate.parse(text, DATE);
		}
		catch (DateTimeParseException ex) {
			problems.add(new FieldProblem(path, "calendar.import.dateInvalid", text));
			return null;
		}
		if (year != null && !covers(year, date)) {
			problems.add(new FieldProblem(path, "calendar.import.dateOutsideYear", text, String.valueOf(year)));
			return null;
		}
		return date;
	}

	private static @Nullable String name(@Nullable JsonNode node, String path, List<FieldProblem> problems) {
		if (node == null || node.isNull() || !node.isString() || node.stringValue().isBlank()) {
			problems.add(new FieldProblem(path, "calendar.day.nameRequired"));
			return null;
		}
		String name = node.stringValue().strip();
		if (name.length() > SpecialDay.MAX_NAME) {
			problems.add(new FieldProblem(path, "calendar.day.nameTooLong", String.valueOf(SpecialDay.MAX_NAME)));
			return null;
		}
		return name;
	}

	private static DomainException invalid(List<FieldProblem> problems) {
		return Problems.invalid("calendar.import.invalid", problems);
	}
}
