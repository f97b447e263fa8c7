package io.jingxi.organization;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;
import static org.hamcrest.Matchers.containsString;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.multipart;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.header;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.io.ByteArrayOutputStream;
import java.util.List;
import java.util.Map;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.mock.web.MockMultipartFile;

import com.jayway.jsonpath.JsonPath;

class UnitImportHttpTests extends OrganizationWebTestSupport {

	static final List<String> HEADERS = List.of("单位编码", "单位名称", "上级单位编码", "单位类型", "地址", "电话", "排序");

	@Autowired
	OrganizationApi organization;

	static List<String> row(String code, String name, String parent, String type, String phone, String sort) {
		return List.of(code, name, parent, type, "人民路 8 号", phone, sort);
	}

	static List<List<Object>> errors(String job) {
		List<Map<String, Object>> errors = JsonPath.read(job, "$.errors");
		return errors.stream().map(e -> List.of(e.get("row"), e.get("column"), e.get("message"))).toList();
	}

	@Test
	void theTemplateHasTheChineseHeadersAnExampleRowAndAnExplanation() throws Exception {
		byte[] template = mvc.perform(get("/api/v1/units/template"))
			.andExpect(status().isOk())
			.andExpect(header().string("Content-Type", XLSX))
			.andExpect(header().string("Content-Disposition", containsString("attachment")))
			.andReturn().getResponse().getContentAsByteArray();

		List<List<String>> rows = sheet(template, 0);
		assertThat(rows.get(0)).containsExactlyElementsOf(HEADERS);
		assertThat(rows.get(1)).hasSize(7).first().isEqualTo("YYT001");
		assertThat(rows.get(1).get(3)).isEqualTo("公司");
		assertThat(sheet(template, 1)).anySatisfy(note -> assertThat(note).contains("上级单位编码"));
	}

	@Test
	void aDryRunReportsEveryBadRowWithItsRowColumnAndReasonAndWritesNothing() throws Exception {
		var tree = fixtures.tree();
		String good = OrganizationFixtures.code("N");
		String late = OrganizationFixtures.code("L");
		byte[] file = OrganizationFixtures.xlsx(HEADERS, List.of(
				row(good, "新营业厅", tree.a().code(), "营业厅", "13800138000", "1"),
				row("bad code!", "坏编码", tree.a().code(), "营业厅", "", ""),
				row(good, "重复", tree.a().code(), "营业厅", "", ""),
				row(OrganizationFixtures.code("N"), "未知类型", tree.a().code(), "飞船", "", ""),
				row(OrganizationFixtures.code("N"), "坏电话", tree.a().code(), "business_hall", "12345", ""),
				row(OrganizationFixtures.code("N"), "上级在后", late, "team", "", ""),
				row(OrganizationFixtures.code("N"), "坏排序", tree.a().code(), "Team", "", "abc"),
				row(OrganizationFixtures.code("N"), "", tree.a().code(), "班组", "", ""),
				row(late, "后定义的上级", tree.a().code(), "班组", "", "")));

		String job = importAndWait("/api/v1/units/imports", file, "DRY_RUN");

		assertThat((String) JsonPath.read(job, "$.status")).isEqualTo("FAILED");
		assertThat((String) JsonPath.read(job, "$.mode")).isEqualTo("DRY_RUN");
		assertThat((Integer) JsonPath.read(job, "$.total")).isEqualTo(9);
		assertThat((Integer) JsonPath.read(job, "$.processed")).isEqualTo(9);
		assertThat((Integer) JsonPath.read(job, "$.created")).isZero();
		assertThat(errors(job)).containsExactly(
				List.of(3, "单位编码", "只能包含字母、数字、点、横线和下划线，须以字母或数字开头，最多 64 个字符。"),
				List.of(4, "单位编码", "“" + good + "”已在第 2 行出现过，同一文件中不能重复。"),
				List.of(5, "单位类型", "单位类型“飞船”不存在或已停用，请填写单位类型的名称或编码。"),
				List.of(6, "电话", "电话号码“12345”格式不正确：请填写 11 位手机号，或带区号的固定电话（如 010-62345678）。"),
				List.of(7, "上级单位编码", "上级单位“" + late + "”不存在：它须是已有的单位，或在本文件更靠前的行中。"),
				List.of(8, "排序", "“abc”不是整数。"),
				List.of(9, "单位名称", "必填。"));
		assertThat(organization.unitByCode(good)).isEmpty();
		assertThat(organization.unitByCode(late)).isEmpty();

		Number id = JsonPath.read(job, "$.id");
		mvc.perform(get("/api/v1/imports/{id}", id).header("Accept-Language", "en"))
			.andExpect(jsonPath("$.errors[5].message").value("\"abc\" is not a whole number."))
			.andExpect(jsonPath("$.errors[6].message").value("Required."));
	}

	@Test
	void aDryRunOfAGoodFileCountsWhatItWouldWriteAndWritesNothing() throws Exception {
		var tree = fixtures.tree();
		String code = OrganizationFixtures.code("N");
		byte[] file = OrganizationFixtures.xlsx(HEADERS, List.of(
				row(code, "新营业厅", tree.a().code(), "营业厅", "", ""),
				row(tree.b1().code(), "改名的单位", tree.b().code(), "营业厅", "", "")));

		String job = importAndWait("/api/v1/units/imports", file, "DRY_RUN");

		assertThat((String) JsonPath.read(job, "$.status")).isEqualTo("SUCCEEDED");
		assertThat((Integer) JsonPath.read(job, "$.created")).isEqualTo(1);
		assertThat((Integer) JsonPath.read(job, "$.updated")).isEqualTo(1);
		assertThat(organization.unitByCode(code)).isEmpty();
		assertThat(fixtures.reload(tree.b1().id()).name()).isEqualTo(tree.b1().name());
	}

	@Test
	void aCommitCreatesUnitsBelowParentsDefinedInEarlierRowsAndUpdatesExistingOnes() throws Exception {
		var tree = fixtures.tree();
		String x = OrganizationFixtures.code("X");
		String y = OrganizationFixtures.code("Y");
		String z = OrganizationFixtures.code("Z");
		byte[] file = OrganizationFixtures.xlsx(HEADERS, List.of(
				row(x, "片区", tree.a().code(), "区县", "", "1"),
				row(y, "营业厅", x, "business_hall", "0755 8888 6666", "2"),
				row(z, "班组", y, "班组", "13800138000", ""),
				row(tree.b1().code(), "改名的单位", tree.b().code(), "食堂", "", "7")));

		String job = importAndWait("/api/v1/units/imports", file, "COMMIT");

		assertThat((String) JsonPath.read(job, "$.status")).isEqualTo("SUCCEEDED");
		assertThat((List<?>) JsonPath.read(job, "$.errors")).isEmpty();
		assertThat((Integer) JsonPath.read(job, "$.created")).isEqualTo(3);
		assertThat((Integer) JsonPath.read(job, "$.updated")).isEqualTo(1);
		UnitSummary unitX = organization.unitByCode(x).orElseThrow();
		UnitSummary unitY = organization.unitByCode(y).orElseThrow();
		UnitSummary unitZ = organization.unitByCode(z).orElseThrow();
		assertThat(unitX.typeCode()).isEqualTo("district");
		assertThat(unitY.parentId()).isEqualTo(unitX.id());
		assertThat(unitZ.path()).isEqualTo(tree.a().path() + unitX.id() + "/" + unitY.id() + "/" + unitZ.id() + "/");
		assertThat(unitZ.depth()).isEqualTo(tree.a().depth() + 3);
		UnitSummary b1 = fixtures.reload(tree.b1().id());
		assertThat(b1.name()).isEqualTo("改名的单位");
		assertThat(b1.typeCode()).isEqualTo("canteen");
		mvc.perform(get("/api/v1/units/{id}", unitY.id())).andExpect(jsonPath("$.phone").value("0755-88886666"));
	}

	@Test
	void aCommitMovesAnExistingUnitWithItsSubtreeWhenItsParentChanges() throws Exception {
		var tree = fixtures.tree();
		byte[] file = OrganizationFixtures.xlsx(HEADERS,
				List.of(row(tree.a1().code(), tree.a1().name(), tree.b().code(), "营业厅", "", "")));

		String job = importAndWait("/api/v1/units/imports", file, "COMMIT");

		assertThat((String) JsonPath.read(job, "$.status")).isEqualTo("SUCCEEDED");
		assertThat(fixtures.reload(tree.a1().id()).parentId()).isEqualTo(tree.b().id());
		assertThat(fixtures.reload(tree.a11().id()).path())
			.isEqualTo(tree.b().path() + tree.a1().id() + "/" + tree.a11().id() + "/");
	}

	@Test
	void aFileThatWouldMoveAUnitBelowItsOwnSubUnitIsRefused() throws Exception {
		var tree = fixtures.tree();
		byte[] file = OrganizationFixtures.xlsx(HEADERS,
				List.of(row(tree.a().code(), tree.a().name(), tree.a11().code(), "分公司", "", "")));

		String job = importAndWait("/api/v1/units/imports", file, "COMMIT");

		assertThat(errors(job)).extracting(e -> e.get(0), e -> e.get(1))
			.containsExactly(tuple(2, "上级单位编码"));
		assertThat(fixtures.reload(tree.a().id()).path()).isEqualTo(tree.a().path());
	}

	@Test
	void aCommitWithOneBadRowWritesNoRowAtAll() throws Exception {
		var tree = fixtures.tree();
		String first = OrganizationFixtures.code("G");
		String second = OrganizationFixtures.code("G");
		byte[] file = OrganizationFixtures.xlsx(HEADERS, List.of(
				row(first, "好的", tree.a().code(), "营业厅", "", ""),
				row(second, "好的", first, "班组", "", ""),
				row(tree.b1().code(), "改名", tree.b().code(), "营业厅", "", ""),
				row(OrganizationFixtures.code("G"), "坏的", tree.a().code(), "营业厅", "999", "")));

		String job = importAndWait("/api/v1/units/imports", file, "COMMIT");

		assertThat((String) JsonPath.read(job, "$.status")).isEqualTo("FAILED");
		assertThat(errors(job)).extracting(e -> e.get(0), e -> e.get(1)).containsExactly(tuple(5, "电话"));
		assertThat(organization.unitByCode(first)).isEmpty();
		assertThat(organization.unitByCode(second)).isEmpty();
		assertThat(fixtures.reload(tree.b1().id()).name()).isEqualTo(tree.b1().name());
	}

	@Test
	void aFileWithWrongHeadersIsRefusedAtOnceNamingTheColumn() throws Exception {
		byte[] file = OrganizationFixtures.xlsx(List.of("单位编码", "单位名称", "上级编码", "单位类型", "地址", "电话", "排序"),
				List.of(List.of("A", "B", "", "公司", "", "", "")));

		mvc.perform(multipart("/api/v1/units/imports").file(new MockMultipartFile("file", "units.xlsx", XLSX, file))
			.param("mode", "DRY_RUN")
			.with(csrf()))
			.andExpect(status().isBadRequest())
			.andExpect(jsonPath("$.code").value("xlsx.wrongHeaders"))
			.andExpect(jsonPath("$.detail").value(containsString("第 C 列应为“上级单位编码”，实际为“上级编码”")))
			.andExpect(jsonPath("$.errors[0].field").value("file"));
	}

	@Test
	void aFileThatIsNotAnXlsxWorkbookIsRefusedAtOnce() throws Exception {
		mvc.perform(multipart("/api/v1/units/imports")
			.file(new MockMultipartFile("file", "units.xlsx", XLSX, "单位编码,单位名称\nA,B\n".getBytes()))
			.param("mode", "COMMIT")
			.with(csrf()))
			.andExpect(status().isBadRequest())
			.andExpect(jsonPath("$.code").value("xlsx.notXlsx"));
		mvc.perform(multipart("/api/v1/units/imports")
			.file(new MockMultipartFile("file", "broken.xlsx", XLSX, new byte[] { 'P', 'K', 3, 4, 0, 0, 0, 0, 9 }))
			.param("mode", "COMMIT")
			.with(csrf()))
			.andExpect(status().isBadRequest())
			.andExpect(jsonPath("$.code").value("xlsx.notXlsx"));
		mvc.perform(multipart("/api/v1/units/imports").param("mode", "COMMIT").with(csrf()))
			.andExpect(status().isBadRequest())
			.andExpect(jsonPath("$.code").value("organization.import.noFile"));
	}

	@Test
	void aSmallFileThatUnpacksToHundredsOfMegabytesIsRefused() throws Exception {
		var bytes = new ByteArrayOutputStream();
		try (var zip = new ZipOutputStream(bytes)) {
			zip.putNextEntry(new ZipEntry("xl/sharedStrings.xml"));
			byte[] zeros = new byte[1024 * 1024];
			for (int i = 0; i < 201; i++) {
				zip.write(zeros);
			}
			zip.closeEntry();
		}
		assertThat(bytes.size()).isLessThan(1024 * 1024);

		mvc.perform(multipart("/api/v1/units/imports")
			.file(new MockMultipartFile("file", "bomb.xlsx", XLSX, bytes.toByteArray()))
			.param("mode", "DRY_RUN")
			.with(csrf()))
			.andExpect(status().isBadRequest())
			.andExpect(jsonPath("$.code").value("xlsx.notXlsx"));
	}

	@Test
	void aFileOverTenMegabytesIsRefusedAtOnce() throws Exception {
		byte[] big = new byte[10 * 1024 * 1024 + 1];
		big[0] = 'P';
		big[1] = 'K';
		mvc.perform(multipart("/api/v1/units/imports").file(new MockMultipartFile("file", "big.xlsx", XLSX, big))
			.param("mode", "DRY_RUN")
			.with(csrf()))
			.andExpect(status().isBadRequest())
			.andExpect(jsonPath("$.code").value("organization.import.tooLarge"))
			.andExpect(jsonPath("$.detail").value(containsString("10 MB")));
	}

	@Test
	void anImportJobIsVisibleOnlyToTheUserWhoStartedIt() throws Exception {
		var tree = fixtures.tree();
		byte[] file = OrganizationFixtures.xlsx(HEADERS,
				List.of(row(OrganizationFixtures.code("N"), "x", tree.a().code(), "营业厅", "", "")));
		String job = importAndWait("/api/v1/units/imports", file, "DRY_RUN");
		Number id = JsonPath.read(job, "$.id");

		actAs("someone-else", io.jingxi.shared.DataScope.everything());

		mvc.perform(get("/api/v1/imports/{id}", id))
			.andExpect(status().isNotFound())
			.andExpect(jsonPath("$.code").value("organization.import.notFound"));
	}
}
