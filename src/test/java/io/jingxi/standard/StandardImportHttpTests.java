package io.jingxi.standard;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.multipart;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.header;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;
import org.springframework.mock.web.MockMultipartFile;

import com.jayway.jsonpath.JsonPath;

import io.jingxi.shared.ApiSession;
import io.jingxi.shared.xlsx.Workbooks;

/** A checklist in and out of Excel: the template, the dry run's row-by-row report, the draft a commit makes, the export. */
class StandardImportHttpTests extends StandardWebTestSupport {

	static final List<String> HEADERS = List.of("章节", "章节权重", "条款", "内容", "回答方式", "允许不适用", "分值", "扣分", "单位",
			"下限", "上限", "关键项", "失败须拍照");

	static List<String> row(String section, String weight, String clause, String text, String type, String na,
			String points, String deduction, String unit, String lower, String upper, String critical, String photo) {
		return List.of(section, weight, clause, text, type, na, points, deduction, unit, lower, upper, critical, photo);
	}

	static List<List<Object>> errors(String job) {
		List<Map<String, Object>> errors = JsonPath.read(job, "$.errors");
		return errors.stream().map(e -> List.of(e.get("row"), e.get("column"), e.get("message"))).toList();
	}

	@Test
	void theTemplateHasTheChineseHeadersAnExampleRowAndNotes() throws Exception {
		ApiSession api = signIn(account("INSPECTOR"));
		byte[] template = api.get("/api/v1/standards/import-template")
			.andExpect(status().isOk())
			.andExpect(header().string("Content-Type", XLSX))
			.andReturn().getResponse().getContentAsByteArray();

		var rows = Workbooks.sheet(template, 0);
		assertThat(rows.get(0)).containsExactlyElementsOf(HEADERS);
		assertThat(rows.get(1)).startsWith("外部环境", "15", "000-1.1");
		assertThat(Workbooks.sheet(template, 1).get(0)).containsExactly("列", "填写说明");
	}

	@Test
	void aDryRunReportsEveryBadCellByRowAndColumnAndWritesNothing() throws Exception {
		ApiSession api = writer();
		long id = published(api, code());
		byte[] file = Workbooks.xlsx(HEADERS, List.of(
				row("外部环境", "40", "X-1", "外墙整洁", "是否", "否", "3", "3", "", "", "", "否", "是"),
				row("外部环境", "40", "X-2", "扣分超过分值", "是否", "", "3", "5", "", "", "", "", ""),
				row("内部环境", "60", "X-3", "温度", "测量", "", "3", "3", "℃", "28", "18", "是", ""),
				row("内部环境", "", "X-1", "条款重复", "是否", "", "2", "2", "", "", "", "", ""),
				row("内部环境", "", "X-4", "回答方式写错", "有时", "", "2", "2", "", "", "", "", ""),
				row("内部环境", "", "X-5", "分值不是数", "打分", "", "三分", "", "", "", "", "也许", ""),
				row("其他", "50", "X-6", "权重不一致", "是否", "", "2", "2", "", "", "", "", ""),
				row("其他", "30", "X-7", "同一章节两个权重", "是否", "", "2", "2", "", "", "", "", "")));

		String job = importAndWait(api, id, file, "DRY_RUN");

		assertThat((String) JsonPath.read(job, "$.status")).isEqualTo("FAILED");
		assertThat((Integer) JsonPath.read(job, "$.total")).isEqualTo(8);
		assertThat((Integer) JsonPath.read(job, "$.processed")).isEqualTo(8);
		assertThat(errors(job)).containsExactly(
				List.of(3, "扣分", "扣分须大于 0，且不能超过该项的分值 3 分（现为 5 分）。"),
				List.of(4, "上限", "下限 28 不能大于上限 18。"),
				List.of(5, "条款", "条款“X-1”已在第 2 行出现过，同一版本中不能重复。"),
				List.of(6, "回答方式", "回答方式“有时”无效：可选 是否、打分、测量。"),
				List.of(7, "分值", "“三分”不是数字。"),
				List.of(7, "关键项", "“也许”应填“是”或“否”。"),
				List.of(7, "分值", "必填。"),
				List.of(9, "章节权重", "章节“其他”的权重已在第 8 行填为 50，同一章节的权重须一致。"));
		api.get("/api/v1/standards/{id}", id)
			.andExpect(jsonPath("$.versions.length()").value(1))
			.andExpect(jsonPath("$.standard.draftVersionNumber").value(org.hamcrest.Matchers.nullValue()));
	}

	@Test
	void aCommitMakesTheNextDraftFromTheFileKeepingTheLatestVersionsRule() throws Exception {
		ApiSession api = writer();
		long id = published(api, code());
		byte[] file = Workbooks.xlsx(HEADERS, List.of(
				row("收银服务", "", "000-3.3-01", "唱收唱付", "是否", "否", "3", "3", "", "", "", "否", "否"),
				row("收银服务", "", "000-3.3-02", "双手递接钱物", "YES_NO", "", "2", "2", "", "", "", "", ""),
				row("环境", "", "000-3.1-06", "厅内温度", "测量", "是", "3", "3", "℃", "18", "28", "是", "是"),
				row("收银服务", "", "000-3.4-09", "资费介绍完整", "打分", "", "5", "", "", "", "", "", "")));

		String dryRun = importAndWait(api, id, file, "DRY_RUN");
		assertThat((String) JsonPath.read(dryRun, "$.status")).isEqualTo("SUCCEEDED");
		assertThat((Integer) JsonPath.read(dryRun, "$.items")).isEqualTo(4);
		api.get("/api/v1/standards/{id}", id).andExpect(jsonPath("$.versions.length()").value(1));

		String job = importAndWait(api, id, file, "COMMIT");
		assertThat((String) JsonPath.read(job, "$.status")).isEqualTo("SUCCEEDED");
		assertThat((Integer) JsonPath.read(job, "$.versionNumber")).isEqualTo(2);

		api.get("/api/v1/standards/{id}/versions/2", id)
			.andExpect(status().isOk())
			.andExpect(jsonPath("$.status").value("DRAFT"))
			.andExpect(jsonPath("$.itemCount").value(4))
			.andExpect(jsonPath("$.sections[*].name", org.hamcrest.Matchers.contains("收银服务", "环境")))
			.andExpect(jsonPath("$.sections[0].items[*].clause",
					org.hamcrest.Matchers.contains("000-3.3-01", "000-3.3-02", "000-3.4-09")))
			.andExpect(jsonPath("$.sections[1].items[0].critical").value(true))
			.andExpect(jsonPath("$.sections[1].items[0].naAllowed").value(true))
			.andExpect(jsonPath("$.sections[1].items[0].photoRequired").value(true))
			.andExpect(jsonPath("$.scoringRule.effect").value("CAP"))
			.andExpect(jsonPath("$.scoringRule.cap").value(60));

		// the draft is open now: another import would make a second one
		api.perform(multipart("/api/v1/standards/{id}/imports", id)
			.file(new MockMultipartFile("file", "x.xlsx", XLSX, file)).param("mode", "DRY_RUN"))
			.andExpect(status().isConflict())
			.andExpect(jsonPath("$.code").value("standard.import.draftExists"));
	}

	@Test
	void anExportedVersionImportsBackUnchanged() throws Exception {
		ApiSession api = writer();
		String code = code();
		long source = published(api, code);
		byte[] exported = download(api, "/api/v1/standards/{id}/versions/1/export", source);
		var rows = Workbooks.sheet(exported, 0);
		assertThat(rows.get(0)).containsExactlyElementsOf(HEADERS);
		assertThat(rows).hasSize(4);
		assertThat(rows.get(3)).containsExactly("内部环境", "", "000-3.1-06", "温度适宜", "测量", "是", "3", "3", "℃", "18",
				"28", "是", "否");

		long target = create(api, code());
		api.delete("/api/v1/standards/{id}/versions/1", target).andExpect(status().isOk());
		String job = importAndWait(api, target, exported, "COMMIT");
		assertThat((String) JsonPath.read(job, "$.status")).isEqualTo("SUCCEEDED");
		assertThat((Integer) JsonPath.read(job, "$.versionNumber")).isEqualTo(1);

		String original = json(api.get("/api/v1/standards/{id}/versions/1", source));
		String copy = json(api.get("/api/v1/standards/{id}/versions/1", target));
		assertThat(content(copy)).isEqualTo(content(original));
	}

	/** The sections and items of a version without ids, for comparing two versions. */
	static List<Object> content(String version) {
		List<Object> sections = new ArrayList<>();
		List<Map<String, Object>> read = JsonPath.read(version, "$.sections");
		for (Map<String, Object> section : read) {
			List<Object> items = new ArrayList<>();
			@SuppressWarnings("unchecked")
			List<Map<String, Object>> sectionItems = (List<Map<String, Object>>) section.get("items");
			for (Map<String, Object> item : sectionItems) {
				var copy = new java.util.TreeMap<>(item);
				copy.remove("id");
				items.add(copy);
			}
			sections.add(List.of(section.get("name"), String.valueOf(section.get("weight")), items));
		}
		return sections;
	}

	@Test
	void aFileWithOtherHeadersOrNoWorkbookAtAllIsRefusedAtOnce() throws Exception {
		ApiSession api = writer();
		long id = create(api, code());
		api.delete("/api/v1/standards/{id}/versions/1", id).andExpect(status().isOk());

		api.perform(multipart("/api/v1/standards/{id}/imports", id)
			.file(new MockMultipartFile("file", "p.xlsx", XLSX, Workbooks.xlsx(List.of("工号", "姓名"), List.of(List.of("1", "2")))))
			.param("mode", "DRY_RUN"))
			.andExpect(status().isBadRequest())
			.andExpect(jsonPath("$.code").value("xlsx.wrongHeaders"))
			.andExpect(jsonPath("$.errors[0].field").value("file"));
		api.perform(multipart("/api/v1/standards/{id}/imports", id)
			.file(new MockMultipartFile("file", "p.xlsx", XLSX, "not a workbook".getBytes()))
			.param("mode", "DRY_RUN"))
			.andExpect(status().isBadRequest())
			.andExpect(jsonPath("$.code").value("xlsx.notXlsx"));
		api.perform(multipart("/api/v1/standards/{id}/imports", id).param("mode", "DRY_RUN"))
			.andExpect(status().isBadRequest())
			.andExpect(jsonPath("$.code").value("standard.import.noFile"));
		api.perform(multipart("/api/v1/standards/{id}/imports", id)
			.file(new MockMultipartFile("file", "p.xlsx", XLSX, Workbooks.xlsx(HEADERS, List.of())))
			.param("mode", "DRY_RUN"))
			.andExpect(status().isBadRequest())
			.andExpect(jsonPath("$.code").value("standard.import.noRows"));
		api.get("/api/v1/standards/{id}", id).andExpect(jsonPath("$.versions.length()").value(0));
	}

	@Test
	void onlyTheUserWhoStartedAnImportSeesItAndReadersCannotImport() throws Exception {
		ApiSession api = writer();
		long id = create(api, code());
		api.delete("/api/v1/standards/{id}/versions/1", id).andExpect(status().isOk());
		byte[] file = Workbooks.xlsx(HEADERS,
				List.of(row("一", "", "A", "a", "是否", "", "1", "1", "", "", "", "", "")));
		String job = importAndWait(api, id, file, "DRY_RUN");
		long jobId = ((Number) JsonPath.read(job, "$.id")).longValue();

		writer().get("/api/v1/standards/imports/{id}", jobId)
			.andExpect(status().isNotFound())
			.andExpect(jsonPath("$.code").value("standard.import.notFound"));
		ApiSession reader = signIn(account("UNIT_MANAGER"));
		reader.perform(multipart("/api/v1/standards/{id}/imports", id)
			.file(new MockMultipartFile("file", "x.xlsx", XLSX, file)).param("mode", "COMMIT"))
			.andExpect(status().isForbidden());
		reader.get("/api/v1/standards/imports/{id}", jobId).andExpect(status().isForbidden());
		byte[] exported = download(reader, "/api/v1/standards/{id}/versions/{n}/export", published(api, code()), 1);
		assertThat(Workbooks.sheet(exported, 0)).hasSize(4);
	}
}
