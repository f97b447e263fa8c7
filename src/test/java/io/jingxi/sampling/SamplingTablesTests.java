package io.jingxi.sampling;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import io.jingxi.sampling.SamplingTables.MasterTable;
import io.jingxi.sampling.SamplingTables.TablePlan;
import io.jingxi.shared.DomainException;
import tools.jackson.databind.json.JsonMapper;

/**
 * The shipped tables against the standard: every row of Table 1 and every cell of Tables 2-A, 2-B
 * and 2-C as printed (a plan Ac/Re, or an arrow), how arrows resolve, 100 % inspection, and worked
 * examples. The expected tables below are written in the printed layout, column by column from AQL
 * 0.010 to 1000, independently of the data files' format.
 */
class SamplingTablesTests {

	static final SamplingTables TABLES = new SamplingTables(JsonMapper.builder().build());

	static final String TABLE_1 = """
			2        8        A A A A A A B
			9        15       A A A A A B C
			16       25       A A B B B C D
			26       50       A B B C C D E
			51       90       B B C C C E F
			91       150      B B C D D F G
			151      280      B C D E E G H
			281      500      B C D E F H J
			501      1200     C C E F G J K
			1201     3200     C D E G H K L
			3201     10000    C D F G J L M
			10001    35000    C D F H K M N
			35001    150000   D E G J L N P
			150001   500000   D E G J M P Q
			500001   -        D E H K N Q R
			""";

	/** Table 2-A, normal inspection. */
	static final String TABLE_2A = """
			A     2  ↓ ↓ ↓ ↓ ↓ ↓ ↓ ↓ ↓ ↓ ↓ ↓ ↓ ↓ 0/1 ↓ ↓ 1/2 2/3 3/4 5/6 7/8 10/11 14/15 21/22 30/31
			B     3  ↓ ↓ ↓ ↓ ↓ ↓ ↓ ↓ ↓ ↓ ↓ ↓ ↓ 0/1 ↑ ↓ 1/2 2/3 3/4 5/6 7/8 10/11 14/15 21/22 30/31 44/45
			C     5  ↓ ↓ ↓ ↓ ↓ ↓ ↓ ↓ ↓ ↓ ↓ ↓ 0/1 ↑ ↓ 1/2 2/3 3/4 5/6 7/8 10/11 14/15 21/22 30/31 44/45 ↑
			D     8  ↓ ↓ ↓ ↓ ↓ ↓ ↓ ↓ ↓ ↓ ↓ 0/1 ↑ ↓ 1/2 2/3 3/4 5/6 7/8 10/11 14/15 21/22 30/31 44/45 ↑ ↑
			E    13  ↓ ↓ ↓ ↓ ↓ ↓ ↓ ↓ ↓ ↓ 0/1 ↑ ↓ 1/2 2/3 3/4 5/6 7/8 10/11 14/15 21/22 30/31 44/45 ↑ ↑ ↑
			F    20  ↓ ↓ ↓ ↓ ↓ ↓ ↓ ↓ ↓ 0/1 ↑ ↓ 1/2 2/3 3/4 5/6 7/8 10/11 14/15 21/22 ↑ ↑ ↑ ↑ ↑ ↑
			G    32  ↓ ↓ ↓ ↓ ↓ ↓ ↓ ↓ 0/1 ↑ ↓ 1/2 2/3 3/4 5/6 7/8 10/11 14/15 21/22 ↑ ↑ ↑ ↑ ↑ ↑ ↑
			H    50  ↓ ↓ ↓ ↓ ↓ ↓ ↓ 0/1 ↑ ↓ 1/2 2/3 3/4 5/6 7/8 10/11 14/15 21/22 ↑ ↑ ↑ ↑ ↑ ↑ ↑ ↑
			J    80  ↓ ↓ ↓ ↓ ↓ ↓ 0/1 ↑ ↓ 1/2 2/3 3/4 5/6 7/8 10/11 14/15 21/22 ↑ ↑ ↑ ↑ ↑ ↑ ↑ ↑ ↑
			K   125  ↓ ↓ ↓ ↓ ↓ 0/1 ↑ ↓ 1/2 2/3 3/4 5/6 7/8 10/11 14/15 21/22 ↑ ↑ ↑ ↑ ↑ ↑ ↑ ↑ ↑ ↑
			L   200  ↓ ↓ ↓ ↓ 0/1 ↑ ↓ 1/2 2/3 3/4 5/6 7/8 10/11 14/15 21/22 ↑ ↑ ↑ ↑ ↑ ↑ ↑ ↑ ↑ ↑ ↑
			M   315  ↓ ↓ ↓ 0/1 ↑ ↓ 1/2 2/3 3/4 5/6 7/8 10/11 14/15 21/22 ↑ ↑ ↑ ↑ ↑ ↑ ↑ ↑ ↑ ↑ ↑ ↑
			N   500  ↓ ↓ 0/1 ↑ ↓ 1/2 2/3 3/4 5/6 7/8 10/11 14/15 21/22 ↑ ↑ ↑ ↑ ↑ ↑ ↑ ↑ ↑ ↑ ↑ ↑ ↑
			P   800  ↓ 0/1 ↑ ↓ 1/2 2/3 3/4 5/6 7/8 10/11 14/15 21/22 ↑ ↑ ↑ ↑ ↑ ↑ ↑ ↑ ↑ ↑ ↑ ↑ ↑ ↑
			Q  1250  0/1 ↑ ↓ 1/2 2/3 3/4 5/6 7/8 10/11 14/15 21/22 ↑ ↑ ↑ ↑ ↑ ↑ ↑ ↑ ↑ ↑ ↑ ↑ ↑ ↑ ↑
			R  2000  ↑ ↑ 1/2 2/3 3/4 5/6 7/8 10/11 14/15 21/22 ↑ ↑ ↑ ↑ ↑ ↑ ↑ ↑ ↑ ↑ ↑ ↑ ↑ ↑ ↑ ↑
			""";

	/** Table 2-B, tightened inspection; code letter S (3150) is reached only through R's arrows. */
	static final String TABLE_2B = """
			A     2  ↓ ↓ ↓ ↓ ↓ ↓ ↓ ↓ ↓ ↓ ↓ ↓ ↓ ↓ ↓ ↓ ↓ ↓ 1/2 2/3 3/4 5/6 8/9 12/13 18/19 27/28
			B     3  ↓ ↓ ↓ ↓ ↓ ↓ ↓ ↓ ↓ ↓ ↓ ↓ ↓ ↓ 0/1 ↓ ↓ 1/2 2/3 3/4 5/6 8/9 12/13 18/19 27/28 41/42
			C     5  ↓ ↓ ↓ ↓ ↓ ↓ ↓ ↓ ↓ ↓ ↓ ↓ ↓ 0/1 ↓ ↓ 1/2 2/3 3/4 5/6 8/9 12/13 18/19 27/28 41/42 ↑
			D     8  ↓ ↓ ↓ ↓ ↓ ↓ ↓ ↓ ↓ ↓ ↓ ↓ 0/1 ↓ ↓ 1/2 2/3 3/4 5/6 8/9 12/13 18/19 27/28 41/42 ↑ ↑
			E    13  ↓ ↓ ↓ ↓ ↓ ↓ ↓ ↓ ↓ ↓ ↓ 0/1 ↓ ↓ 1/2 2/3 3/4 5/6 8/9 12/13 18/19 27/28 41/42 ↑ ↑ ↑
			F    20  ↓ ↓ ↓ ↓ ↓ ↓ ↓ ↓ ↓ ↓ 0/1 ↓ ↓ 1/2 2/3 3/4 5/6 8/9 12/13 18/19 ↑ ↑ ↑ ↑ ↑ ↑
			G    32  ↓ ↓ ↓ ↓ ↓ ↓ ↓ ↓ ↓ 0/1 ↓ ↓ 1/2 2/3 3/4 5/6 8/9 12/13 18/19 ↑ ↑ ↑ ↑ ↑ ↑ ↑
			H    50  ↓ ↓ ↓ ↓ ↓ ↓ ↓ ↓ 0/1 ↓ ↓ 1/2 2/3 3/4 5/6 8/9 12/13 18/19 ↑ ↑ ↑ ↑ ↑ ↑ ↑ ↑
			J    80  ↓ ↓ ↓ ↓ ↓ ↓ ↓ 0/1 ↓ ↓ 1/2 2/3 3/4 5/6 8/9 12/13 18/19 ↑ ↑ ↑ ↑ ↑ ↑ ↑ ↑ ↑
			K   125  ↓ ↓ ↓ ↓ ↓ ↓ 0/1 ↓ ↓ 1/2 2/3 3/4 5/6 8/9 12/13 18/19 ↑ ↑ ↑ ↑ ↑ ↑ ↑ ↑ ↑ ↑
			L   200  ↓ ↓ ↓ ↓ ↓ 0/1 ↓ ↓ 1/2 2/3 3/4 5/6 8/9 12/13 18/19 ↑ ↑ ↑ ↑ ↑ ↑ ↑ ↑ ↑ ↑ ↑
			M   315  ↓ ↓ ↓ ↓ 0/1 ↓ ↓ 1/2 2/3 3/4 5/6 8/9 12/13 18/19 ↑ ↑ ↑ ↑ ↑ ↑ ↑ ↑ ↑ ↑ ↑ ↑
			N   500  ↓ ↓ ↓ 0/1 ↓ ↓ 1/2 2/3 3/4 5/6 8/9 12/13 18/19 ↑ ↑ ↑ ↑ ↑ ↑ ↑ ↑ ↑ ↑ ↑ ↑ ↑
			P   800  ↓ ↓ 0/1 ↓ ↓ 1/2 2/3 3/4 5/6 8/9 12/13 18/19 ↑ ↑ ↑ ↑ ↑ ↑ ↑ ↑ ↑ ↑ ↑ ↑ ↑ ↑
			Q  1250  ↓ 0/1 ↓ ↓ 1/2 2/3 3/4 5/6 8/9 12/13 18/19 ↑ ↑ ↑ ↑ ↑ ↑ ↑ ↑ ↑ ↑ ↑ ↑ ↑ ↑ ↑
			R  2000  0/1 ↑ ↓ 1/2 2/3 3/4 5/6 8/9 12/13 18/19 ↑ ↑ ↑ ↑ ↑ ↑ ↑ ↑ ↑ ↑ ↑ ↑ ↑ ↑ ↑ ↑
			S  3150  ↑ ↑ 1/2 ↑ ↑ ↑ ↑ ↑ ↑ ↑ ↑ ↑ ↑ ↑ ↑ ↑ ↑ ↑ ↑ ↑ ↑ ↑ ↑ ↑ ↑ ↑
			""";

	/** Table 2-C, reduced inspection (1999 edition: Re = Ac + 1). */
	static final String TABLE_2C = """
			A     2  ↓ ↓ ↓ ↓ ↓ ↓ ↓ ↓ ↓ ↓ ↓ ↓ ↓ ↓ 0/1 ↓ ↓ ↓ 1/2 2/3 3/4 5/6 6/7 8/9 10/11 14/15
			B     2  ↓ ↓ ↓ ↓ ↓ ↓ ↓ ↓ ↓ ↓ ↓ ↓ ↓ 0/1 ↑ ↓ ↓ 1/2 2/3 3/4 5/6 6/7 8/9 10/11 14/15 21/22
			C     2  ↓ ↓ ↓ ↓ ↓ ↓ ↓ ↓ ↓ ↓ ↓ ↓ 0/1 ↑ ↓ ↓ 1/2 2/3 3/4 5/6 6/7 8/9 10/11 14/15 21/22 ↑
			D     3  ↓ ↓ ↓ ↓ ↓ ↓ ↓ ↓ ↓ ↓ ↓ 0/1 ↑ ↓ ↓ 1/2 2/3 3/4 5/6 6/7 8/9 10/11 14/15 21/22 ↑ ↑
			E     5  ↓ ↓ ↓ ↓ ↓ ↓ ↓ ↓ ↓ ↓ 0/1 ↑ ↓ ↓ 1/2 2/3 3/4 5/6 6/7 8/9 10/11 14/15 21/22 ↑ ↑ ↑
			F     8  ↓ ↓ ↓ ↓ ↓ ↓ ↓ ↓ ↓ 0/1 ↑ ↓ ↓ 1/2 2/3 3/4 5/6 6/7 8/9 10/11 ↑ ↑ ↑ ↑ ↑ ↑
			G    13  ↓ ↓ ↓ ↓ ↓ ↓ ↓ ↓ 0/1 ↑ ↓ ↓ 1/2 2/3 3/4 5/6 6/7 8/9 10/11 ↑ ↑ ↑ ↑ ↑ ↑ ↑
			H    20  ↓ ↓ ↓ ↓ ↓ ↓ ↓ 0/1 ↑ ↓ ↓ 1/2 2/3 3/4 5/6 6/7 8/9 10/11 ↑ ↑ ↑ ↑ ↑ ↑ ↑ ↑
			J    32  ↓ ↓ ↓ ↓ ↓ ↓ 0/1 ↑ ↓ ↓ 1/2 2/3 3/4 5/6 6/7 8/9 10/11 ↑ ↑ ↑ ↑ ↑ ↑ ↑ ↑ ↑
			K    50  ↓ ↓ ↓ ↓ ↓ 0/1 ↑ ↓ ↓ 1/2 2/3 3/4 5/6 6/7 8/9 10/11 ↑ ↑ ↑ ↑ ↑ ↑ ↑ ↑ ↑ ↑
			L    80  ↓ ↓ ↓ ↓ 0/1 ↑ ↓ ↓ 1/2 2/3 3/4 5/6 6/7 8/9 10/11 ↑ ↑ ↑ ↑ ↑ ↑ ↑ ↑ ↑ ↑ ↑
			M   125  ↓ ↓ ↓ 0/1 ↑ ↓ ↓ 1/2 2/3 3/4 5/6 6/7 8/9 10/11 ↑ ↑ ↑ ↑ ↑ ↑ ↑ ↑ ↑ ↑ ↑ ↑
			N   200  ↓ ↓ 0/1 ↑ ↓ ↓ 1/2 2/3 3/4 5/6 6/7 8/9 10/11 ↑ ↑ ↑ ↑ ↑ ↑ ↑ ↑ ↑ ↑ ↑ ↑ ↑
			P   315  ↓ 0/1 ↑ ↓ ↓ 1/2 2/3 3/4 5/6 6/7 8/9 10/11 ↑ ↑ ↑ ↑ ↑ ↑ ↑ ↑ ↑ ↑ ↑ ↑ ↑ ↑
			Q   500  0/1 ↑ ↑ ↓ 1/2 2/3 3/4 5/6 6/7 8/9 10/11 ↑ ↑ ↑ ↑ ↑ ↑ ↑ ↑ ↑ ↑ ↑ ↑ ↑ ↑ ↑
			R   800  ↑ ↑ ↑ 1/2 2/3 3/4 5/6 6/7 8/9 10/11 ↑ ↑ ↑ ↑ ↑ ↑ ↑ ↑ ↑ ↑ ↑ ↑ ↑ ↑ ↑ ↑
			""";

	static final List<String> AQLS = List.of("0.010", "0.015", "0.025", "0.040", "0.065", "0.10", "0.15", "0.25", "0.40",
			"0.65", "1.0", "1.5", "2.5", "4.0", "6.5", "10", "15", "25", "40", "65", "100", "150", "250", "400", "650",
			"1000");

	record Printed(String letter, int sampleSize, List<String> cells) {
	}

	static List<Printed> printed(String table) {
		List<Printed> rows = new ArrayList<>();
		for (String line : table.strip().split("\n")) {
			List<String> tokens = Arrays.asList(line.strip().split("\\s+"));
			rows.add(new Printed(tokens.get(0), Integer.parseInt(tokens.get(1)),
					tokens.subList(2, tokens.size()).stream().map(t -> t.equals("↓") ? "down" : t.equals("↑") ? "up" : t)
						.toList()));
		}
		return rows;
	}

	@Test
	void everyRowOfTable1GivesTheStandardsCodeLetterAtBothEndsOfItsRange() {
		var levels = InspectionLevel.values();
		var lines = TABLE_1.strip().split("\n");
		assertThat(TABLES.codeLetters().rows()).hasSize(lines.length);
		for (String line : lines) {
			String[] t = line.strip().split("\\s+");
			int from = Integer.parseInt(t[0]);
			int to = t[1].equals("-") ? 100_000_000 : Integer.parseInt(t[1]);
			for (int level = 0; level < levels.length; level++) {
				String expected = t[2 + level];
				assertThat(TABLES.codeLetters().letter(from, levels[level])).as("lot %d level %s", from, levels[level])
					.isEqualTo(expected);
				assertThat(TABLES.codeLetters().letter(to, levels[level])).as("lot %d level %s", to, levels[level])
					.isEqualTo(expected);
			}
		}
	}

	@Test
	void table1HasNoGapsFromTwoUpwards() {
		var rows = TABLES.codeLetters().rows();
		assertThat(rows.get(0).from()).isEqualTo(2);
		for (int i = 1; i < rows.size(); i++) {
			assertThat(rows.get(i).from()).isEqualTo(rows.get(i - 1).to() + 1);
		}
		assertThat(rows.get(rows.size() - 1).to()).isNull();
	}

	@Test
	void everyCellOfTable2AIsAsPrinted() {
		assertCells(Severity.NORMAL, TABLE_2A);
	}

	@Test
	void everyCellOfTable2BIsAsPrinted() {
		assertCells(Severity.TIGHTENED, TABLE_2B);
	}

	@Test
	void everyCellOfTable2CIsAsPrinted() {
		assertCells(Severity.REDUCED, TABLE_2C);
	}

	private static void assertCells(Severity severity, String table) {
		MasterTable master = TABLES.master(severity);
		List<Printed> rows = printed(table);
		assertThat(master.aqls()).containsExactlyElementsOf(AQLS);
		assertThat(master.rows()).extracting(MasterTable.Row::codeLetter)
			.containsExactlyElementsOf(rows.stream().map(Printed::letter).toList());
		for (int r = 0; r < rows.size(); r++) {
			Printed row = rows.get(r);
			assertThat(master.rows().get(r).sampleSize()).as("n of %s", row.letter()).isEqualTo(row.sampleSize());
			assertThat(row.cells()).as("row %s", row.letter()).hasSize(AQLS.size());
			for (int c = 0; c < AQLS.size(); c++) {
				assertThat(master.cell(row.letter(), new Aql(AQLS.get(c))))
					.as("%s table %s, AQL %s", severity, row.letter(), AQLS.get(c))
					.isEqualTo(row.cells().get(c));
			}
		}
	}

	@Test
	void everyCellResolvesToAPlanInTheArrowsDirectionWithNoGapBetweenAcAndRe() {
		for (Severity severity : List.of(Severity.NORMAL, Severity.TIGHTENED, Severity.REDUCED)) {
			MasterTable master = TABLES.master(severity);
			List<String> letters = master.rows().stream().map(MasterTable.Row::codeLetter).toList();
			for (String letter : letters) {
				for (String text : AQLS) {
					Aql aql = new Aql(text);
					String cell = master.cell(letter, aql);
					TablePlan plan = master.resolve(letter, aql);
					int from = letters.indexOf(letter);
					int to = letters.indexOf(plan.codeLetter());
					switch (cell) {
						case "down" -> assertThat(to).as("%s %s %s", severity, letter, text).isGreaterThan(from);
						case "up" -> assertThat(to).as("%s %s %s", severity, letter, text).isLessThan(from);
						default -> assertThat(to).isEqualTo(from);
					}
					assertThat(master.cell(plan.codeLetter(), aql)).isEqualTo(plan.acceptance() + "/" + plan.rejection());
					assertThat(plan.rejection()).isEqualTo(plan.acceptance() + 1);
					assertThat(plan.sampleSize()).isEqualTo(master.rows().get(to).sampleSize());
				}
			}
		}
	}

	@Test
	void aTighterSeverityNeverAcceptsMoreThanALooserOneForTheSameSample() {
		// With the same code letter and sample size, tightened accepts no more than normal.
		for (String letter : "ABCDEFGHJKLMNPQR".split("")) {
			for (String text : AQLS) {
				Aql aql = new Aql(text);
				TablePlan normal = TABLES.master(Severity.NORMAL).resolve(letter, aql);
				TablePlan tightened = TABLES.master(Severity.TIGHTENED).resolve(letter, aql);
				if (normal.sampleSize() == tightened.sampleSize()) {
					assertThat(tightened.acceptance()).as("%s %s", letter, text).isLessThanOrEqualTo(normal.acceptance());
				}
			}
		}
	}

	@ParameterizedTest(name = "lot {0}, level {1}, AQL {2}, {3}: {4} n={5} Ac {6} Re {7}")
	@CsvSource({
			// The example: 1 200 items, general level II, AQL 1.0
			"1200, II, 1.0, NORMAL, J, 80, 2, 3",
			"1200, II, 1.0, TIGHTENED, J, 80, 1, 2",
			"1200, II, 1.0, REDUCED, J, 32, 1, 2",
			// An arrow down: J at AQL 0.40 uses K's plan, code letter and sample size included
			"1200, II, 0.40, NORMAL, K, 125, 1, 2",
			// An arrow up: J at AQL 0.25 uses H's plan
			"1200, II, 0.25, NORMAL, H, 50, 0, 1",
			// Published plans of ISO 2859-1:1999 for lots of 35 001 to 150 000 (special levels S-3, S-4)
			"100000, S-4, 0.65, NORMAL, J, 80, 1, 2",
			"100000, S-3, 0.65, NORMAL, F, 20, 0, 1",
			"100000, S-4, 0.40, NORMAL, K, 125, 1, 2",
			"100000, S-3, 0.40, NORMAL, G, 32, 0, 1",
			"100000, S-4, 0.25, NORMAL, H, 50, 0, 1",
			"100000, S-4, 0.15, NORMAL, J, 80, 0, 1",
			// Tightened needs code letter S for R at AQL 0.025
			"600000, III, 0.025, TIGHTENED, S, 3150, 1, 2",
			"600000, III, 0.010, TIGHTENED, R, 2000, 0, 1",
			// High AQLs (nonconformities per hundred items) point up to the small samples
			"600000, III, 100, NORMAL, E, 13, 21, 22",
			"2000, II, 1000, NORMAL, B, 3, 44, 45",
			"2000, II, 1000, TIGHTENED, B, 3, 41, 42",
			// Classic textbook case: lot 2 000 at level II is K
			"2000, II, 1.5, NORMAL, K, 125, 5, 6",
			"2000, II, 2.5, TIGHTENED, K, 125, 5, 6" })
	void workedExamples(int lotSize, String level, String aql, Severity severity, String letter, int n, int ac,
			int re) {
		SamplingPlan plan = TABLES.plan(lotSize, InspectionLevel.of(level).orElseThrow(), Aql.parse(aql).orElseThrow(),
				severity);
		assertThat(plan).isEqualTo(new SamplingPlan(letter, n, ac, re, false));
	}

	@Test
	void whenTheSampleIsNotSmallerThanTheLotTheWholeLotIsInspectedWithThePlansNumbers() {
		// Lot of 10 at level II is B; at AQL 0.65 the arrow leads down to F (n = 20, 0/1): inspect all 10.
		assertThat(TABLES.plan(10, InspectionLevel.II, new Aql("0.65"), Severity.NORMAL))
			.isEqualTo(new SamplingPlan("F", 10, 0, 1, true));
		// Lot of 2 at level II is A (n = 2): equal sizes mean 100 % inspection too.
		assertThat(TABLES.plan(2, InspectionLevel.II, new Aql("6.5"), Severity.NORMAL))
			.isEqualTo(new SamplingPlan("A", 2, 0, 1, true));
		assertThat(TABLES.plan(3, InspectionLevel.II, new Aql("6.5"), Severity.NORMAL).fullInspection()).isFalse();
	}

	@Test
	void aqlsAreMatchedByValueAndOnlyTheTablesColumnsExist() {
		assertThat(Aql.parse("1")).contains(new Aql("1.0"));
		assertThat(Aql.parse("0.01")).contains(new Aql("0.010"));
		assertThat(Aql.parse("1000.0")).contains(new Aql("1000"));
		assertThat(Aql.parse("2.0")).isEmpty();
		assertThat(Aql.parse("abc")).isEmpty();
		assertThat(new Aql("1.0").tighter()).contains(new Aql("0.65"));
		assertThat(new Aql("0.010").tighter()).isEmpty();
		assertThatThrownBy(() -> Aql.require("aql", "3")).isInstanceOf(DomainException.class)
			.satisfies(e -> assertThat(((DomainException) e).fieldProblems().get(0).field()).isEqualTo("aql"));
	}
}
