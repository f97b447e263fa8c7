package io.jingxi.inspection;

import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.UUID;

import org.springframework.test.web.servlet.MockMvc;

import io.jingxi.identity.IdentityApi;
import io.jingxi.organization.OrganizationApi;
import io.jingxi.organization.PersonStatus;
import io.jingxi.organization.UnitRole;
import io.jingxi.shared.ApiSession;
import io.jingxi.shared.AsSystem;
import io.jingxi.shared.TwoUnits;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * What the inspection tests share: two sibling units A and B with a unit manager each (read only),
 * an inspector in each, a mystery shopper (a person of the root unit) and a quality manager who
 * adopted the business-hall mystery-shopper template and published it.
 */
record InspectionFixture(TwoUnits units, String inspectorA, String inspectorB, String shopper, String shopperName,
		String qualityManager, long standardId, String tag) {

	static final String PASSWORD = TwoUnits.PASSWORD;

	static final JsonMapper JSON = JsonMapper.builder().build();

	static InspectionFixture create(MockMvc mvc, OrganizationApi organization, IdentityApi identity) throws Exception {
		TwoUnits units = TwoUnits.create(organization, identity, "UNIT_MANAGER");
		String tag = UUID.randomUUID().toString().substring(0, 8);
		String inspectorA = "ia-" + tag;
		String inspectorB = "ib-" + tag;
		String shopper = "ms-" + tag;
		String shopperName = "暗访员" + tag;
		String qualityManager = "qm-" + tag;
		AsSystem.run(() -> {
			identity.createAccount(new IdentityApi.NewAccount(inspectorA, "甲检查员", PASSWORD, units.unitA(), null,
					Set.of("INSPECTOR"), false));
			identity.createAccount(new IdentityApi.NewAccount(inspectorB, "乙检查员", PASSWORD, units.unitB(), null,
					Set.of("INSPECTOR"), false));
			long person = organization.createPerson(new OrganizationApi.NewPerson("MS" + tag, shopperName, null,
					units.rootId(), List.of("暗访员"), UnitRole.MEMBER, PersonStatus.ACTIVE, null));
			identity.createAccount(new IdentityApi.NewAccount(shopper, shopperName, PASSWORD, units.rootId(), person,
					Set.of("MYSTERY_SHOPPER"), false));
			identity.createAccount(new IdentityApi.NewAccount(qualityManager, "质量经理", PASSWORD, null, null,
					Set.of("QUALITY_MANAGER"), false));
		});
		var quality = ApiSession.signIn(mvc, qualityManager, PASSWORD);
		String adopted = quality.post("/api/v1/standards/templates/business-hall/mystery-shopper/adopt",
				"{\"code\":\"BH-" + tag + "\",\"name\":\"营业厅暗访" + tag + "\"}")
			.andExpect(status().isCreated())
			.andReturn().getResponse().getContentAsString();
		long standardId = JSON.readTree(adopted).path("standard").path("id").asLong();
		quality.post("/api/v1/standards/{id}/versions/1/publish", "", standardId).andExpect(status().isOk());
		return new InspectionFixture(units, inspectorA, inspectorB, shopper, shopperName, qualityManager, standardId,
				tag);
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

	/**
	 * Answers every item of the visit: met, full points or a measured value within limits, except the
	 * items whose clauses are listed as failed (not met, no points, or far above the limit).
	 */
	static String allAnswers(JsonNode details, String note, String... failedClauses) {
		List<String> answers = new ArrayList<>();
		Set<String> failed = Set.of(failedClauses);
		for (JsonNode item : items(details)) {
			boolean fails = failed.contains(item.path("clause").asString());
			long id = item.path("id").asLong();
			String answer = switch (item.path("answerType").asString()) {
				case "YES_NO" -> "\"compliant\":" + !fails;
				case "POINTS" -> "\"value\":" + (fails ? "0" : item.path("points").asString());
				default -> "\"value\":" + (fails ? "99" : "22");
			};
			answers.add("{\"itemId\":" + id + "," + answer + (fails ? ",\"note\":\"" + note + "\"" : "") + "}");
		}
		return "{\"answers\":[" + String.join(",", answers) + "]}";
	}

	/** Uploads a photo (a JPEG made here) as evidence for an item of a draft; returns the photo's id. */
	static long photograph(ApiSession session, long visitId, long itemId) throws Exception {
		var file = new org.springframework.mock.web.MockMultipartFile("file", "photo.jpg", "image/jpeg",
				io.jingxi.shared.files.TestImages.jpeg(640, 480));
		String body = session
			.perform(org.springframework.test.web.servlet.request.MockMvcRequestBuilders
				.multipart("/api/v1/inspections/{id}/photos", visitId)
				.file(file)
				.param("itemId", String.valueOf(itemId)))
			.andExpect(status().isCreated())
			.andReturn().getResponse().getContentAsString();
		return JSON.readTree(body).path("id").asLong();
	}

	/** The id of the item with the clause. */
	static long itemId(JsonNode details, String clause) {
		return items(details).stream()
			.filter(item -> item.path("clause").asString().equals(clause))
			.findFirst()
			.orElseThrow()
			.path("id")
			.asLong();
	}

	/**
	 * A submitted visit by {@code username} of the unit, failing the given clauses, each with a photo;
	 * returns the visit's details after submission.
	 */
	JsonNode submittedVisit(MockMvc mvc, String username, long unitId, String kind, String... failedClauses)
			throws Exception {
		ApiSession session = signIn(mvc, username);
		JsonNode created = json(newVisit(session, unitId, kind));
		long id = created.path("visit").path("id").asLong();
		session.put("/api/v1/inspections/{id}/answers", allAnswers(created, "问题", failedClauses), id)
			.andExpect(status().isOk());
		for (String clause : failedClauses) {
			photograph(session, id, itemId(created, clause));
		}
		return json(session.post("/api/v1/inspections/{id}/submit", "", id)
			.andExpect(status().isOk())
			.andReturn().getResponse().getContentAsString());
	}

	String newVisit(ApiSession session, long unitId, String kind) throws Exception {
		return session.post("/api/v1/inspections", """
				{"unitId":%d,"standardId":%d,"kind":"%s","plannedDate":"2026-11-23"}""".formatted(unitId, standardId, kind))
			.andExpect(status().isCreated())
			.andReturn().getResponse().getContentAsString();
	}
}
