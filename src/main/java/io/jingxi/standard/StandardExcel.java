package io.jingxi.standard;

import java.io.IOException;
import java.io.OutputStream;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.function.IntConsumer;

import org.jspecify.annotations.Nullable;

import io.jingxi.shared.DomainException;
import io.jingxi.shared.DomainException.FieldProblem;
import io.jingxi.shared.xlsx.ImportProblem;
import io.jingxi.shared.xlsx.RowProblems;
import io.jingxi.shared.xlsx.SheetRows;
import io.jingxi.shared.xlsx.XlsxExport;
import io.jingxi.shared.xlsx.XlsxTemplate;

/**
 * A standard version as an Excel sheet, one row per item with the zh-CN headers below: the blank
 * template, the export of a version, and the check of an uploaded file that reports every bad cell
 * by row and column (the same rules as the editor, applied cell by cell) before a draft is made.
 */
final class StandardExcel {

	static final List<String> HEADERS = List.of("章节", "章节权重", "条款", "内容", "回答方式", "允许不适用", "分值", "扣分",
			"单位", "下限", "上限", "关键项", "失败须拍照");

	static final int SECTION = 0;

	static final int WEIGHT = 1;

	static final int CLAUSE = 2;

	static final int TEXT = 3;

	static final int ANSWER_TYPE = 4;

	static final int NA_ALLOWED = 5;

	static final int POINTS = 6;

	static final int DEDUCTION = 7;

	static final int UNIT = 8;

	static final int LOWER = 9;

	static final int UPPER = 10;

	static final int CRITICAL = 11;

	static final int PHOTO = 12;

	/** The column of each field of an item or a section, for naming the cell of a problem. */
	private static final Map<String, Integer> COLUMNS = Map.ofEntries(Map.entry("name", SECTION),
			Map.entry("weight", WEIGHT), Map.entry("clause", CLAUSE), Map.entry("text", TEXT),
			Map.entry("answerType", ANSWER_TYPE), Map.entry("naAllowed", NA_ALLOWED), Map.entry("points", POINTS),
			Map.entry("deduction", DEDUCTION), Map.entry("unit", UNIT), Map.entry("lowerLimit", LOWER),
			Map.entry("upperLimit", UPPER), Map.entry("critical", CRITICAL), Map.entry("photoRequired", PHOTO));

	private static final Map<AnswerType, String> TYPE_LABELS = Map.of(AnswerType.YES_NO, "是否", AnswerType.POINTS, "打分",
			AnswerType.MEASURED, "测量");

	static final List<String> TYPE_CHOICES = List.of("是否", "打分", "测量");

	static final String YES = "是";

	static final String NO = "否";

	private StandardExcel() {
	}

	static byte[] template() {
		List<List<String>> notes = new ArrayList<>();
		notes.add(List.of("列", "填写说明"));
		notes.add(List.of("章节", "必填，最多 200 个字符。同一章节的各项写在一起，章节按首次出现的顺序排列。"));
		notes.add(List.of("章节权重", "选填，大于 0。要么每个章节都填权重（总分按权重折算为 100 分），要么都不填（按分值折算）。同一章节只需在第一行填写。"));
		notes.add(List.of("条款", "必填，最多 64 个字符，在本版本内不能重复，如 000-2.3 或 第三条。"));
		notes.add(List.of("内容", "必填，最多 1000 个字符：检查什么、怎样算合格。"));
		notes.add(List.of("回答方式", "必填：是否（做到/未做到）、打分（0 到分值之间打分）、测量（填测量值，超出上下限为不合格）。"));
		notes.add(List.of("允许不适用", "选填，是/否，默认否。不适用的项不计入满分。"));
		notes.add(List.of("分值", "必填，大于 0，最多两位小数。"));
		notes.add(List.of("扣分", "是否题和测量题必填：不合格时扣的分数，大于 0 且不超过分值。打分题不填（差多少扣多少）。"));
		notes.add(List.of("单位", "测量题必填，如 ℃、分钟、%。其他回答方式不填。"));
		notes.add(List.of("下限、上限", "测量题至少填一个，下限不能大于上限。其他回答方式不填。"));
		notes.add(List.of("关键项", "选填，是/否，默认否。关键项不合格时按版本的关键项规则处理（得 0 分或封顶）。"));
		notes.add(List.of("失败须拍照", "选填，是/否，默认否。不合格时检查人须拍照取证。"));
		notes.add(List.of());
		notes.add(List.of("提示", "第 2 行是示例，导入前请删除或改成真实数据。请勿修改第 1 行的表头。导入会创建一个新的草稿版本，关键项规则沿用最新版本。"));
		return XlsxTemplate.build("检查表", HEADERS,
				List.of("外部环境", "15", "000-1.1", "营业厅外墙整洁，无小广告、无乱涂乱画", "是否", "否", "3", "3", "", "", "", "否", "是"),
				Set.of(CLAUSE), Map.of(ANSWER_TYPE, TYPE_CHOICES, NA_ALLOWED, List.of(YES, NO), CRITICAL, List.of(YES, NO),
						PHOTO, List.of(YES, NO)),
				notes);
	}

	/** Writes a version, one row per item, section by section. */
	static void export(StandardVersionView version, OutputStream out) throws IOException {
		try (var sheet = new XlsxExport("检查表", HEADERS, 14)) {
			for (StandardSectionView section : version.sections()) {
				for (StandardItemView item : section.items()) {
					sheet.row(Arrays.asList(section.name(), text(section.weight()), item.clause(), item.text(),
							TYPE_LABELS.get(item.answerType()), yesNo(item.naAllowed()), text(item.points()),
							text(item.deduction()), item.unit(), text(item.lowerLimit()), text(item.upperLimit()),
							yesNo(item.critical()), yesNo(item.photoRequired())));
				}
			}
			sheet.writeTo(out);
		}
	}

	/** What a check of a file found: every problem, or the content of the draft it would make. */
	record Plan(List<ImportProblem> problems, @Nullable DraftContent content, int items) {
	}

	/** Checks every row of an uploaded sheet; writes nothing. */
	static Plan check(SheetRows sheet, IntConsumer progress) {
		List<ImportProblem> problems = new ArrayList<>();
		Map<String, Section> sections = new LinkedHashMap<>();
		Map<String, Integer> clauseRows = new HashMap<>();
		int done = 0;
		for (SheetRows.Row row : sheet.rows()) {
			var found = new RowProblems(row.number(), problems, HEADERS);
			String name = row.cell(SECTION);
			BigDecimal weight = decimal(row, WEIGHT, found);
			var sectionProblems = SectionSpec.check(name, weight);
			report(sectionProblems, found);
			Section section = null;
			if (sectionProblems.isEmpty()) {
				section = sections.get(name);
				if (section == null) {
					if (sections.size() == DraftContent.MAX_SECTIONS) {
						found.add(SECTION, "standard.draft.tooManySections", DraftContent.MAX_SECTIONS);
					}
					else {
						section = new Section(name, weight, row.number());
						sections.put(name, section);
					}
				}
				else if (weight != null && (section.weight == null || weight.compareTo(section.weight) != 0)) {
					found.add(WEIGHT, "standard.import.weightDiffers", name, section.firstRow,
							Numbers.text(section.weight));
				}
			}
			// a label that is no answer type goes on as written, and the item's check names it
			String answerType = answerType(row.cell(ANSWER_TYPE));
			var input = new ItemInput(row.cell(CLAUSE), row.cell(TEXT),
					answerType == null ? row.cell(ANSWER_TYPE) : answerType,
					bool(row, NA_ALLOWED, found), decimal(row, POINTS, found), decimal(row, DEDUCTION, found),
					row.cell(UNIT), decimal(row, LOWER, found), decimal(row, UPPER, found), bool(row, CRITICAL, found),
					bool(row, PHOTO, found));
			List<FieldProblem> itemProblems = ItemSpec.check(input.clause(), input.text(), input.answerType(),
					input.points(), input.deduction(), input.unit(), input.lowerLimit(), input.upperLimit());
			report(itemProblems, found);
			String clause = row.cell(CLAUSE);
			if (!clause.isEmpty()) {
				Integer first = clauseRows.putIfAbsent(clause, row.number());
				if (first != null) {
					found.add(CLAUSE, "standard.import.duplicateClause", clause, first);
				}
			}
			if (!found.any() && section != null) {
				section.items.add(ItemSpec.parse(input, "", new FieldProblems()));
			}
			if (++done % 50 == 0) {
				progress.accept(done);
			}
		}
		boolean anyWeight = sections.values().stream().anyMatch(s -> s.weight != null);
		if (anyWeight) {
			for (Section section : sections.values()) {
				if (section.weight == null) {
					problems.add(ImportProblem.of(section.firstRow, HEADERS.get(WEIGHT), "standard.section.weights.mixed"));
				}
			}
		}
		progress.accept(done);
		if (!problems.isEmpty()) {
			problems.sort((a, b) -> Integer.compare(a.row(), b.row()));
			return new Plan(problems, null, 0);
		}
		try {
			DraftContent content = new DraftContent(CriticalEffect.ZERO, null, "", null,
					sections.values().stream().map(s -> new SectionSpec(s.name, s.weight, s.items)).toList());
			return new Plan(List.of(), content, content.itemCount());
		}
		catch (DomainException ex) {
			// what a row-by-row check cannot see (the version as a whole); reported against the file
			ex.fieldProblems().forEach(p -> problems.add(ImportProblem.of(0, "", p.code(), p.args())));
			return new Plan(problems, null, 0);
		}
	}

	private static void report(List<FieldProblem> problems, RowProblems found) {
		for (FieldProblem problem : problems) {
			Integer column = COLUMNS.get(problem.field());
			found.add(column == null ? SECTION : column, problem.code(), problem.args());
		}
	}

	/** A section gathered from the rows that name it, in the order it first appears. */
	private static final class Section {

		final String name;

		final @Nullable BigDecimal weight;

		final int firstRow;

		final List<ItemSpec> items = new ArrayList<>();

		Section(String name, @Nullable BigDecimal weight, int firstRow) {
			this.name = name;
			this.weight = weight;
			this.firstRow = firstRow;
		}
	}

	private static @Nullable BigDecimal decimal(SheetRows.Row row, int column, RowProblems found) {
		String text = row.cell(column).replace(",", "").replace("，", "");
		if (text.isEmpty()) {
			return null;
		}
		try {
			return new BigDecimal(text);
		}
		catch (NumberFormatException ex) {
			found.add(column, "standard.import.notANumber", row.cell(column));
			return null;
		}
	}

	private static @Nullable Boolean bool(SheetRows.Row row, int column, RowProblems found) {
		String text = row.cell(column).toLowerCase(Locale.ROOT);
		return switch (text) {
			case "" -> null;
			case "是", "y", "yes", "true", "1", "√", "✓" -> true;
			case "否", "n", "no", "false", "0", "×", "✗" -> false;
			default -> {
				found.add(column, "standard.import.notYesNo", row.cell(column));
				yield null;
			}
		};
	}

	/** The answer type of a label (是否, 打分, 测量) or a code (YES_NO, POINTS, MEASURED); null when neither. */
	static @Nullable String answerType(String label) {
		for (var entry : TYPE_LABELS.entrySet()) {
			if (entry.getValue().equals(label)) {
				return entry.getKey().name();
			}
		}
		AnswerType type = ItemSpec.answerType(label);
		return type == null ? null : type.name();
	}

	private static @Nullable String text(@Nullable BigDecimal value) {
		return value == null ? null : Numbers.text(value);
	}

	private static String yesNo(boolean value) {
		return value ? YES : NO;
	}
}
