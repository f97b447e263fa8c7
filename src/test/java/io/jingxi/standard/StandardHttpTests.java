package io.jingxi.standard;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;
import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.hasItems;
import static org.hamcrest.Matchers.hasSize;
import static org.hamcrest.Matchers.not;
import static org.hamcrest.Matchers.nullValue;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.time.Duration;
import java.util.List;

import org.junit.jupiter.api.Test;

import com.jayway.jsonpath.JsonPath;

import io.jingxi.shared.ApiSession;
import io.jingxi.shared.TwoUnits;

/** Every standard endpoint through the real security chain: the journeys, the bad inputs and who may do what. */
class StandardHttpTests extends StandardWebTestSupport {

	@Test
	void aQualityManagerWritesADraftPublishesItStartsTheNextAndRetiresTheOld() throws Exception {
		String username = account("QUALITY_MANAGER");
		ApiSession api = signIn(username);
		String code = code();
		long id = create(api, code);

		api.get("/api/v1/standards/{id}", id)
			.andExpect(status().isOk())
			.andExpect(jsonPath("$.standard.code").value(code))
			.andExpect(jsonPath("$.standard.draftVersionNumber").value(1))
			.andExpect(jsonPath("$.standard.currentVersionNumber").value(nullValue()))
			.andExpect(jsonPath("$.versions[0].number").value(1))
			.andExpect(jsonPath("$.versions[0].status").value("DRAFT"))
			.andExpect(jsonPath("$.versions[0].itemCount").value(0));

		String saved = json(api.put("/api/v1/standards/{id}/versions/1", draft(), id)
			.andExpect(status().isOk())
			.andExpect(jsonPath("$.status").value("DRAFT"))
			.andExpect(jsonPath("$.itemCount").value(3))
			.andExpect(jsonPath("$.totalPoints").value(8))
			.andExpect(jsonPath("$.scoringRule.effect").value("CAP"))
			.andExpect(jsonPath("$.scoringRule.cap").value(60))
			.andExpect(jsonPath("$.scoringRule.name").value("关键项不合格，总分封顶 60 分"))
			.andExpect(jsonPath("$.sections[0].name").value("外部环境"))
			.andExpect(jsonPath("$.sections[0].totalPoints").value(5))
			.andExpect(jsonPath("$.sections[0].items[1].answerType").value("POINTS"))
			.andExpect(jsonPath("$.sections[0].items[1].deduction").value(nullValue()))
			.andExpect(jsonPath("$.sections[1].items[0].unit").value("℃"))
			.andExpect(jsonPath("$.sections[1].items[0].critical").value(true)));
		List<Object> draftItemIds = list(saved, "$.sections[*].items[*].id");

		api.post("/api/v1/standards/{id}/versions/1/publish", "", id)
			.andExpect(status().isOk())
			.andExpect(jsonPath("$.status").value("PUBLISHED"))
			.andExpect(jsonPath("$.publishedBy").value(username))
			.andExpect(jsonPath("$.publishedAt").isNotEmpty());
		// publishing keeps the items and their ids: inspections refer to them
		String v1 = json(api.get("/api/v1/standards/{id}/versions/1", id).andExpect(status().isOk()));
		assertThat(list(v1, "$.sections[*].items[*].id")).isEqualTo(draftItemIds);
		api.get("/api/v1/standards/{id}", id)
			.andExpect(jsonPath("$.standard.currentVersionNumber").value(1))
			.andExpect(jsonPath("$.standard.draftVersionNumber").value(nullValue()));

		// a new draft is a copy of the latest version, with items of its own
		String v2 = json(api.post("/api/v1/standards/{id}/drafts", "", id)
			.andExpect(status().isCreated())
			.andExpect(jsonPath("$.number").value(2))
			.andExpect(jsonPath("$.status").value("DRAFT"))
			.andExpect(jsonPath("$.itemCount").value(3))
			.andExpect(jsonPath("$.scoringRule.cap").value(60)));
		assertThat(list(v2, "$.sections[*].items[*].id")).doesNotContainAnyElementsOf(draftItemIds);
		api.put("/api/v1/standards/{id}/versions/2", draft("\"criticalEffect\":\"ZERO\","), id)
			.andExpect(status().isOk())
			.andExpect(jsonPath("$.scoringRule.effect").value("ZERO"));
		api.post("/api/v1/standards/{id}/versions/2/publish", "", id).andExpect(status().isOk());

		api.get("/api/v1/standards/{id}/versions", id)
			.andExpect(status().isOk())
			.andExpect(jsonPath("$[*].number", contains(2, 1)))
			.andExpect(jsonPath("$[*].status", contains("PUBLISHED", "PUBLISHED")))
			.andExpect(jsonPath("$[0].itemCount").value(3))
			.andExpect(jsonPath("$[0].sectionCount").value(2))
			.andExpect(jsonPath("$[0].totalPoints").value(8));
		api.get("/api/v1/standards/{id}", id).andExpect(jsonPath("$.standard.currentVersionNumber").value(2));

		// retiring is explicit; the highest-numbered version still published becomes current again
		api.post("/api/v1/standards/{id}/versions/2/retire", "", id)
			.andExpect(status().isOk())
			.andExpect(jsonPath("$.status").value("RETIRED"))
			.andExpect(jsonPath("$.retiredBy").value(username));
		api.get("/api/v1/standards/{id}", id).andExpect(jsonPath("$.standard.currentVersionNumber").value(1));
		api.get("/api/v1/standards/{id}/versions/2", id).andExpect(status().isOk())
			.andExpect(jsonPath("$.itemCount").value(3));
		api.post("/api/v1/standards/{id}/versions/1/retire", "", id).andExpect(status().isOk());
		api.get("/api/v1/standards/{id}", id).andExpect(jsonPath("$.standard.currentVersionNumber").value(nullValue()));
		api.post("/api/v1/standards/{id}/versions/1/retire", "", id)
			.andExpect(status().isConflict())
			.andExpect(jsonPath("$.code").value("standard.version.notPublished"));
	}

	@Test
	void aDeductionAboveTheItemsPointsIsRefusedNextToTheFieldAndNothingChanges() throws Exception {
		ApiSession api = writer();
		long id = create(api, code());
		api.put("/api/v1/standards/{id}/versions/1", draft(), id).andExpect(status().isOk());
		String tooMuch = draft().replace("\"points\":3,\"deduction\":3,\"photoRequired\"",
				"\"points\":3,\"deduction\":5,\"photoRequired\"");

		api.put("/api/v1/standards/{id}/versions/1", tooMuch, id)
			.andExpect(status().isBadRequest())
			.andExpect(jsonPath("$.code").value("standard.draft.invalid"))
			.andExpect(jsonPath("$.errors[0].field").value("sections[0].items[0].deduction"))
			.andExpect(jsonPath("$.errors[0].message").value("扣分须大于 0，且不能超过该项的分值 3 分（现为 5 分）。"));
		api.inEnglish().put("/api/v1/standards/{id}/versions/1", tooMuch, id)
			.andExpect(status().isBadRequest())
			.andExpect(jsonPath("$.errors[0].message")
				.value("The deduction must be above 0 and not above the points of the item (3); it is 5."));

		api.get("/api/v1/standards/{id}/versions/1", id)
			.andExpect(jsonPath("$.sections[0].items[0].deduction").value(3));
	}

	@Test
	void aDraftWithSeveralMistakesGetsThemAllBackByPath() throws Exception {
		ApiSession api = writer();
		long id = create(api, code());

		api.put("/api/v1/standards/{id}/versions/1", """
				{"criticalEffect":"CAP","sections":[
				  {"name":"一","weight":30,"items":[
				    {"clause":"A","text":"测量","answerType":"MEASURED","points":5,"deduction":2,"unit":"℃","lowerLimit":30,"upperLimit":20},
				    {"clause":"A","text":"重复","answerType":"YES_NO","points":2,"deduction":2}]},
				  {"name":"二","items":[{"clause":"B","text":"","answerType":"NEVER","points":-1}]}]}""", id)
			.andExpect(status().isBadRequest())
			.andExpect(jsonPath("$.errors[*].field", hasItems("criticalCap", "sections[0].items[0].upperLimit",
					"sections[1].items[0].text", "sections[1].items[0].answerType", "sections[1].items[0].points")));
		api.get("/api/v1/standards/{id}/versions/1", id).andExpect(jsonPath("$.itemCount").value(0));
	}

	@Test
	void aPublishedVersionCannotBeEditedOrDiscarded() throws Exception {
		ApiSession api = writer();
		long id = published(api, code());

		api.put("/api/v1/standards/{id}/versions/1", draft(), id)
			.andExpect(status().isConflict())
			.andExpect(jsonPath("$.code").value("standard.version.notDraft"))
			.andExpect(jsonPath("$.detail").value("第 1 版已不是草稿，不能修改或删除；如需修改，请新建草稿。"));
		api.delete("/api/v1/standards/{id}/versions/1", id)
			.andExpect(status().isConflict())
			.andExpect(jsonPath("$.code").value("standard.version.notDraft"));
		api.post("/api/v1/standards/{id}/versions/1/publish", "", id)
			.andExpect(status().isConflict())
			.andExpect(jsonPath("$.code").value("standard.version.notDraft"));
	}

	@Test
	void anEmptyDraftIsNotPublished() throws Exception {
		ApiSession api = writer();
		long id = create(api, code());

		api.post("/api/v1/standards/{id}/versions/1/publish", "", id)
			.andExpect(status().isConflict())
			.andExpect(jsonPath("$.code").value("standard.version.empty"))
			.andExpect(jsonPath("$.detail").value("第 1 版还没有任何检查项，不能发布。"));
		api.put("/api/v1/standards/{id}/versions/1", """
				{"sections":[{"name":"有项","items":[{"clause":"X","text":"x","answerType":"YES_NO","points":1,"deduction":1}]},
				             {"name":"空章节","items":[]}]}""", id).andExpect(status().isOk());
		api.post("/api/v1/standards/{id}/versions/1/publish", "", id)
			.andExpect(status().isConflict())
			.andExpect(jsonPath("$.code").value("standard.version.emptySection"));
		api.get("/api/v1/standards/{id}", id).andExpect(jsonPath("$.versions[0].status").value("DRAFT"));
	}

	@Test
	void aStandardHasOneDraftAtATimeAndADiscardedDraftFreesItsNumber() throws Exception {
		ApiSession api = writer();
		long id = published(api, code());
		api.post("/api/v1/standards/{id}/drafts", "", id).andExpect(status().isCreated());

		api.post("/api/v1/standards/{id}/drafts", "", id)
			.andExpect(status().isConflict())
			.andExpect(jsonPath("$.code").value("standard.draft.exists"));

		api.delete("/api/v1/standards/{id}/versions/2", id)
			.andExpect(status().isOk())
			.andExpect(jsonPath("$.versions", hasSize(1)))
			.andExpect(jsonPath("$.standard.draftVersionNumber").value(nullValue()));
		api.post("/api/v1/standards/{id}/drafts", "", id)
			.andExpect(status().isCreated())
			.andExpect(jsonPath("$.number").value(2));
	}

	@Test
	void codesAreUniqueAndWellFormed() throws Exception {
		ApiSession api = writer();
		String code = code();
		create(api, code);

		api.post("/api/v1/standards", "{\"code\":\"%s\",\"name\":\"又一个\"}".formatted(code))
			.andExpect(status().isConflict())
			.andExpect(jsonPath("$.code").value("standard.code.taken"));
		api.post("/api/v1/standards", "{\"code\":\"有 空格\",\"name\":\"\"}")
			.andExpect(status().isBadRequest())
			.andExpect(jsonPath("$.errors[*].field", hasItems("code", "name")));
	}

	@Test
	void theListPagesAndSearchesByCodeOrName() throws Exception {
		ApiSession api = writer();
		String tag = code();
		create(api, tag + "-A");
		create(api, tag + "-B");
		long renamed = create(api, code());
		api.put("/api/v1/standards/{id}", "{\"name\":\"改名 %s 食堂\",\"description\":\"说明\"}".formatted(tag), renamed)
			.andExpect(status().isOk())
			.andExpect(jsonPath("$.standard.description").value("说明"));

		api.get("/api/v1/standards?q={q}&size=2", tag.toLowerCase())
			.andExpect(status().isOk())
			.andExpect(jsonPath("$.total").value(3))
			.andExpect(jsonPath("$.items", hasSize(2)))
			.andExpect(jsonPath("$.size").value(2));
		api.get("/api/v1/standards?q={q}&page=1&size=2", tag).andExpect(jsonPath("$.items", hasSize(1)));
		api.get("/api/v1/standards?q={q}", "食堂").andExpect(jsonPath("$.items[*].id", hasItem((int) renamed)));
		api.get("/api/v1/standards?size=500").andExpect(status().isBadRequest());
	}

	@Test
	void unknownStandardsVersionsAndTemplatesAre404() throws Exception {
		ApiSession api = writer();
		long id = create(api, code());

		api.get("/api/v1/standards/{id}", 987654321L).andExpect(status().isNotFound())
			.andExpect(jsonPath("$.code").value("standard.notFound"));
		api.get("/api/v1/standards/{id}/versions/9", id).andExpect(status().isNotFound())
			.andExpect(jsonPath("$.code").value("standard.version.notFound"));
		api.post("/api/v1/standards/templates/hospital/no-such/adopt", "{}")
			.andExpect(status().isNotFound())
			.andExpect(jsonPath("$.code").value("standard.template.notFound"))
			.andExpect(jsonPath("$.detail").value("内置模板“hospital/no-such”不存在。"));
	}

	@Test
	void aMalformedDraftBodyIsA400() throws Exception {
		ApiSession api = writer();
		long id = create(api, code());

		api.put("/api/v1/standards/{id}/versions/1", "{\"sections\":[{\"name\":\"一\",\"items\":[{\"points\":\"many\"}]}]}", id)
			.andExpect(status().isBadRequest());
		api.get("/api/v1/standards/{id}/versions/1", id).andExpect(jsonPath("$.itemCount").value(0));
	}

	@Test
	void inspectorsShoppersAndUnitManagersReadStandardsButOnlyQualityManagersChangeThem() throws Exception {
		ApiSession writer = writer();
		long id = published(writer, code());
		// staff self-inspect against a standard, so they read it too
		for (String role : List.of("INSPECTOR", "MYSTERY_SHOPPER", "UNIT_MANAGER", "STAFF")) {
			ApiSession reader = signIn(account(role));
			reader.get("/api/v1/standards").andExpect(status().isOk());
			reader.get("/api/v1/standards/{id}/versions/1", id).andExpect(status().isOk());
			reader.get("/api/v1/standards/templates").andExpect(status().isOk());
			reader.post("/api/v1/standards", "{\"code\":\"%s\",\"name\":\"x\"}".formatted(code()))
				.andExpect(status().isForbidden());
			reader.post("/api/v1/standards/{id}/drafts", "", id).andExpect(status().isForbidden());
			reader.post("/api/v1/standards/{id}/versions/1/retire", "", id).andExpect(status().isForbidden());
			reader.post("/api/v1/standards/templates/canteen/hygiene/adopt", "{}").andExpect(status().isForbidden());
		}
		writer.get("/api/v1/standards/{id}", id).andExpect(jsonPath("$.standard.currentVersionNumber").value(1));
	}

	@Test
	void standardsAreOrganisationWideSoManagersOfSiblingUnitsReadTheSameOnesAndChangeNone() throws Exception {
		ApiSession writer = writer();
		String code = code();
		long id = published(writer, code);
		var units = TwoUnits.create(organization, identity, "UNIT_MANAGER");

		for (String user : List.of(units.userA(), units.userB())) {
			ApiSession manager = ApiSession.signIn(mvc, user, units.password());
			manager.get("/api/v1/standards?q={q}", code)
				.andExpect(status().isOk())
				.andExpect(jsonPath("$.items[*].code", contains(code)));
			manager.get("/api/v1/standards/{id}/versions/1", id).andExpect(status().isOk());
			manager.put("/api/v1/standards/{id}", "{\"name\":\"改名\"}", id).andExpect(status().isForbidden());
			manager.post("/api/v1/standards/{id}/drafts", "", id).andExpect(status().isForbidden());
		}
		writer.get("/api/v1/standards/{id}", id)
			.andExpect(jsonPath("$.standard.name").value(org.hamcrest.Matchers.startsWith("测试标准")))
			.andExpect(jsonPath("$.versions", hasSize(1)));
	}

	@Test
	void everyChangeIsRecordedInTheAuditLog() throws Exception {
		String username = account("QUALITY_MANAGER");
		ApiSession api = signIn(username);
		long id = published(api, code());
		String v1 = json(api.get("/api/v1/standards/{id}/versions/1", id));
		long versionId = ((Number) JsonPath.read(v1, "$.id")).longValue();
		api.post("/api/v1/standards/{id}/drafts", "", id).andExpect(status().isCreated());

		await().atMost(Duration.ofSeconds(10)).untilAsserted(() -> api
			.get("/api/v1/audit?entityType=Standard&entityId={id}&size=50", id)
			.andExpect(jsonPath("$.items[*].action", hasItems("created", "versionPublished", "draftStarted")))
			.andExpect(jsonPath("$.items[*].actor", not(hasItem("system")))));
		await().atMost(Duration.ofSeconds(10)).untilAsserted(() -> api
			.get("/api/v1/audit?entityType=StandardVersion&entityId={id}&size=50", versionId)
			.andExpect(jsonPath("$.items[*].action", hasItems("created", "updated", "published")))
			.andExpect(jsonPath("$.items[0].actor").value(username))
			.andExpect(jsonPath("$.items[0].address").value("127.0.0.1")));
	}

	@Test
	void theTemplatesAreListedInBothLanguagesWithTheirSize() throws Exception {
		ApiSession api = writer();

		api.get("/api/v1/standards/templates")
			.andExpect(status().isOk())
			.andExpect(jsonPath("$[*].key", hasItems("business-hall/mystery-shopper", "toll-station/six-unifications",
					"canteen/hygiene", "delivery/hand-over", "security/guard-post")))
			.andExpect(jsonPath("$[?(@.key=='business-hall/mystery-shopper')].sectionCount").value(6))
			.andExpect(jsonPath("$[?(@.key=='business-hall/mystery-shopper')].nameEn")
				.value("Business hall mystery-shopper checklist"));
	}
}
