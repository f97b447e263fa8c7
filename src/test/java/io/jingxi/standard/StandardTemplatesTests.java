package io.jingxi.standard;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

import com.jayway.jsonpath.JsonPath;

import io.jingxi.shared.ApiSession;

/** The built-in templates: every file loads, follows the version rules, and is adopted and published as it is. */
class StandardTemplatesTests extends StandardWebTestSupport {

	/** The seed document each template is written from: its clauses cite it. */
	static final Map<String, List<String>> SEEDS = Map.of("business-hall/mystery-shopper", List.of("000-"),
			"toll-station/six-unifications", List.of("001-"), "canteen/hygiene", List.of("004-", "000-"),
			"delivery/hand-over", List.of("002-"), "security/guard-post", List.of("002-"));

	@Autowired
	StandardTemplates templates;

	@Test
	void everyTemplateFileLoadsWithItsSectionsItemsAndClausesCitingItsSeed() {
		assertThat(templates.all()).extracting(StandardTemplate::key).containsExactlyInAnyOrderElementsOf(SEEDS.keySet());
		for (StandardTemplate template : templates.all()) {
			DraftContent content = template.content();
			assertThat(content.sections()).as(template.key()).hasSizeGreaterThanOrEqualTo(4);
			assertThat(content.itemCount()).as(template.key()).isGreaterThanOrEqualTo(15);
			assertThat(content.sections()).allSatisfy(s -> assertThat(s.items()).as(s.name()).isNotEmpty());
			var items = content.sections().stream().flatMap(s -> s.items().stream()).toList();
			assertThat(items).as(template.key() + " critical items").anyMatch(ItemSpec::critical);
			assertThat(items).as(template.key() + " clauses")
				.allMatch(item -> SEEDS.get(template.key()).stream().anyMatch(item.clause()::startsWith));
			assertThat(template.name()).as(template.key()).isNotBlank();
			assertThat(template.nameEn()).as(template.key()).isNotBlank();
		}
		StandardTemplate hall = templates.get("business-hall/mystery-shopper");
		assertThat(hall.content().sections()).extracting(SectionSpec::name)
			.containsExactly("外部环境", "内部环境", "员工行为规范", "收银服务", "接待服务", "其他");
		assertThat(hall.content().weighted()).isTrue();
		assertThat(hall.content().sections().get(2).items()).extracting(ItemSpec::text)
			.anyMatch(text -> text.startsWith("五声服务"));
		assertThat(templates.get("toll-station/six-unifications").content().sections()).extracting(SectionSpec::name)
			.containsExactly("统一企业文化规范", "统一机构标识规范", "统一办公环境规范", "统一着装规范", "统一服务标准规范", "统一文明用语规范");
	}

	@Test
	void everyTemplateIsAdoptedAsDraftVersionOneAndPublished() throws Exception {
		ApiSession api = writer();
		for (StandardTemplate template : templates.all()) {
			String code = code();
			String adopted = json(api.post("/api/v1/standards/templates/" + template.key() + "/adopt",
					"{\"code\":\"%s\"}".formatted(code))
				.andExpect(status().isCreated())
				.andExpect(jsonPath("$.standard.code").value(code))
				.andExpect(jsonPath("$.standard.name").value(template.name()))
				.andExpect(jsonPath("$.standard.templateKey").value(template.key()))
				.andExpect(jsonPath("$.standard.industry").value(template.industry()))
				.andExpect(jsonPath("$.versions[0].number").value(1))
				.andExpect(jsonPath("$.versions[0].status").value("DRAFT"))
				.andExpect(jsonPath("$.versions[0].itemCount").value(template.content().itemCount())));
			long id = ((Number) JsonPath.read(adopted, "$.standard.id")).longValue();

			api.post("/api/v1/standards/{id}/versions/1/publish", "", id)
				.andExpect(status().isOk())
				.andExpect(jsonPath("$.status").value("PUBLISHED"))
				.andExpect(jsonPath("$.scoringRule.effect").value(template.content().criticalEffect().name()))
				.andExpect(jsonPath("$.scoringRule.name").value(template.content().ruleName()))
				.andExpect(jsonPath("$.sections.length()").value(template.content().sections().size()));
		}
	}

	@Test
	void adoptingWithoutACodeTakesTheTemplatesAndASecondAdoptionNeedsItsOwn() throws Exception {
		ApiSession api = writer();
		StandardTemplate canteen = templates.get("canteen/hygiene");
		var existing = json(api.get("/api/v1/standards?q={q}", canteen.code()));
		if (((Number) JsonPath.read(existing, "$.total")).intValue() == 0) {
			api.post("/api/v1/standards/templates/canteen/hygiene/adopt", "")
				.andExpect(status().isCreated())
				.andExpect(jsonPath("$.standard.code").value(canteen.code()));
		}
		api.post("/api/v1/standards/templates/canteen/hygiene/adopt", "{\"name\":\"二号食堂卫生检查表\"}")
			.andExpect(status().isConflict())
			.andExpect(jsonPath("$.code").value("standard.code.taken"));
		api.post("/api/v1/standards/templates/canteen/hygiene/adopt", "{\"code\":\"bad code\"}")
			.andExpect(status().isBadRequest())
			.andExpect(jsonPath("$.errors[0].field").value("code"));
	}
}
