package io.jingxi.reporting;

import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.time.Instant;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.UUID;

import org.springframework.test.web.servlet.MockMvc;

import io.jingxi.identity.IdentityApi;
import io.jingxi.organization.OrganizationApi;
import io.jingxi.shared.ApiSession;
import io.jingxi.shared.AsSystem;
import io.jingxi.shared.TwoUnits;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * What the reporting tests share: a fresh organisation (root) with the two sibling units A and B of
 * {@link TwoUnits}, each with a unit manager, a third sibling C, a quality manager who conducts the
 * visits and a published business-hall checklist adopted from the built-in template.
 */
record ReportingFixture(TwoUnits units, long unitC, String qualityManager, long standardId, String tag) {

	static final String PASSWORD = TwoUnits.PASSWORD;

	static final JsonMapper JSON = JsonMapper.builder().build();

	static ReportingFixture create(MockMvc mvc, OrganizationApi organization, IdentityApi identity) throws Exception {
		TwoUnits units = TwoUnits.create(organization, identity, "UNIT_MANAGER");
		String tag = UUID.randomUUID().toString().substring(0, 8);
		String qualityManager = "rq-" + tag;
		long unitC = AsSystem.call(() -> {
			identity.createAccount(new IdentityApi.NewAccount(qualityManager, "质量经理", PASSWORD, null, null,
					Set.of("QUALITY_MANAGER"), false));
			return organization.createUnit(new OrganizationApi.NewUnit(units.rootId(), "C-" + tag, "丙单位" + tag,
					"business_hall", null, null, 3));
		});
		var quality = ApiSession.signIn(mvc, qualityManager, PASSWORD);
		JsonNode adopted = json(quality.post("/api/v1/standards/templates/business-hall/mystery-shopper/adopt",
				"{\"code\":\"RP-" + tag + "\",\"name\":\"营业厅检查" + tag + "\"}")
			.andExpect(status().isCreated())
			.andReturn().getResponse().getContentAsString());
		long standardId = adopted.path("standard").path("id").asLong();
		quality.post("/api/v1/standards/{id}/versions/1/publish", "", standardId).andExpect(status().isOk());
		return new ReportingFixture(units, unitC, qualityManager, standardId, tag);
	}

	ApiSession signIn(MockMvc mvc, String username) throws Exception {
		return ApiSession.signIn(mvc, username, PASSWORD);
	}

	static JsonNode json(String body) {
		return JSON.readTree(body);
	}

	static List<JsonNode> items(JsonNode details) {
		List<JsonNode> items = new ArrayList<>();
		details.path("version").path("sections").forEach(section -> section.path("items").forEach(items::add));
		return items;
	}

	/** A submitted visit through the real inspection API, failing the items of the given positions (0-based). */
	Visit submitVisit(ApiSession inspector, long unitId, String kind, int... failedPositions) throws Exception {
		JsonNode created = json(inspector.post("/api/v1/inspections", """
				{"unitId":%d,"standardId":%d,"kind":"%s","plannedDate":"2026-11-23"}""".formatted(unitId, standardId,
				kind))
			.andExpect(status().isCreated())
			.andReturn().getResponse().getContentAsString());
		long id = created.path("visit").path("id").asLong();
		List<JsonNode> items = items(created);
		Set<String> failed = new java.util.HashSet<>();
		for (int position : failedPositions) {
			failed.add(items.get(position).path("clause").asString());
		}
		List<String> answers = new ArrayList<>();
		for (JsonNode item : items) {
			boolean fails = failed.contains(item.path("clause").asString());
			String answer = switch (item.path("answerType").asString()) {
				case "YES_NO" -> "\"compliant\":" + !fails;
				case "POINTS" -> "\"value\":" + (fails ? "0" : item.path("points").asString());
				default -> "\"value\":" + (fails ? "99" : "22");
			};
			answers.add("{\"itemId\":" + item.path("id").asLong() + "," + answer
					+ (fails ? ",\"note\":\"检查发现问题\"" : "") + "}");
		}
		inspector.put("/api/v1/inspections/{id}/answers", "{\"answers\":[" + String.join(",", answers) + "]}", id)
			.andExpect(status().isOk());
		// failed items of the business-hall checklist want a photo as evidence
		for (JsonNode item : items) {
			if (failed.contains(item.path("clause").asString())) {
				inspector.perform(org.springframework.test.web.servlet.request.MockMvcRequestBuilders
					.multipart("/api/v1/inspections/{id}/photos", id)
					.file(new org.springframework.mock.web.MockMultipartFile("file", "evidence.jpg", "image/jpeg",
							io.jingxi.shared.files.TestImages.jpeg(320, 240)))
					.param("itemId", item.path("id").asString()))
					.andExpect(status().isCreated());
			}
		}
		JsonNode submitted = json(inspector.post("/api/v1/inspections/{id}/submit", "", id)
			.andExpect(status().isOk())
			.andReturn().getResponse().getContentAsString());
		JsonNode visit = submitted.path("visit");
		Instant at = Instant.parse(visit.path("submittedAt").asString());
		return new Visit(id, visit.path("total").decimalValue(), List.copyOf(failed),
				YearMonth.from(at.atZone(ReadModelUpdates.ZONE)).toString());
	}

	/** A submitted visit: its id, total, the clauses it failed and the month (China time) it counts in. */
	record Visit(long id, java.math.BigDecimal total, List<String> failedClauses, String month) {
	}
}
