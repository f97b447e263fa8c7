package io.jingxi.rectification;

import static org.awaitility.Awaitility.await;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.UUID;

import org.springframework.mock.web.MockMultipartFile;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.MockMvcRequestBuilders;

import io.jingxi.identity.IdentityApi;
import io.jingxi.inspection.FindingSummary;
import io.jingxi.inspection.InspectionApi;
import io.jingxi.organization.OrganizationApi;
import io.jingxi.organization.PersonStatus;
import io.jingxi.organization.UnitRole;
import io.jingxi.shared.ApiSession;
import io.jingxi.shared.AsSystem;
import io.jingxi.shared.TwoUnits;
import io.jingxi.shared.files.TestImages;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * What the rectification HTTP tests share, driven through the real inspection API: two sibling units
 * A and B ({@link TwoUnits}, whose users are unit managers without a person record), a manager person
 * in each with an account of their own, the visit's inspector and a second inspector in A, an
 * inspector in B, a mystery shopper of the root unit, and a quality manager who adopted and published
 * the business-hall mystery-shopper checklist.
 */
record RectificationFixture(TwoUnits units, String managerA, String managerNameA, long managerPersonA,
		String managerB, String inspectorA, String otherInspectorA, String inspectorB, String shopper,
		String shopperName, long shopperUserId, String qualityManager, long standardId, String tag) {

	static final String PASSWORD = TwoUnits.PASSWORD;

	static final JsonMapper JSON = JsonMapper.builder().build();

	static RectificationFixture create(MockMvc mvc, OrganizationApi organization, IdentityApi identity)
			throws Exception {
		TwoUnits units = TwoUnits.create(organization, identity, "UNIT_MANAGER");
		String tag = UUID.randomUUID().toString().substring(0, 8);
		String managerA = "ma-" + tag;
		String managerB = "mb-" + tag;
		String managerNameA = "甲厅经理" + tag;
		String shopper = "ms-" + tag;
		String shopperName = "暗访员" + tag;
		String qualityManager = "qm-" + tag;
		long[] ids = AsSystem.call(() -> {
			long personA = organization.createPerson(new OrganizationApi.NewPerson("MA" + tag, managerNameA, null,
					units.unitA(), List.of("厅经理"), UnitRole.MANAGER, PersonStatus.ACTIVE, null));
			long personB = organization.createPerson(new OrganizationApi.NewPerson("MB" + tag, "乙厅经理" + tag, null,
					units.unitB(), List.of("厅经理"), UnitRole.MANAGER, PersonStatus.ACTIVE, null));
			identity.createAccount(new IdentityApi.NewAccount(managerA, managerNameA, PASSWORD, units.unitA(), personA,
					Set.of("UNIT_MANAGER"), false));
			identity.createAccount(new IdentityApi.NewAccount(managerB, "乙厅经理", PASSWORD, units.unitB(), personB,
					Set.of("UNIT_MANAGER"), false));
			identity.createAccount(new IdentityApi.NewAccount("ia-" + tag, "甲检查员", PASSWORD, units.unitA(), null,
					Set.of("INSPECTOR"), false));
			identity.createAccount(new IdentityApi.NewAccount("ia2-" + tag, "甲另一检查员", PASSWORD, units.unitA(), null,
					Set.of("INSPECTOR"), false));
			identity.createAccount(new IdentityApi.NewAccount("ib-" + tag, "乙检查员", PASSWORD, units.unitB(), null,
					Set.of("INSPECTOR"), false));
			long shopperPerson = organization.createPerson(new OrganizationApi.NewPerson("MS" + tag, shopperName, null,
					units.rootId(), List.of("暗访员"), UnitRole.MEMBER, PersonStatus.ACTIVE, null));
			long shopperUser = identity.createAccount(new IdentityApi.NewAccount(shopper, shopperName, PASSWORD,
					units.rootId(), shopperPerson, Set.of("MYSTERY_SHOPPER"), false));
			identity.createAccount(new IdentityApi.NewAccount(qualityManager, "质量经理", PASSWORD, null, null,
					Set.of("QUALITY_MANAGER"), false));
			return new long[] { personA, shopperUser };
		});
		var quality = ApiSession.signIn(mvc, qualityManager, PASSWORD);
		String adopted = quality.post("/api/v1/standards/templates/business-hall/mystery-shopper/adopt",
				"{\"code\":\"RZ-" + tag + "\",\"name\":\"营业厅整改" + tag + "\"}")
			.andExpect(status().isCreated())
			.andReturn().getResponse().getContentAsString();
		long standardId = JSON.readTree(adopted).path("standard").path("id").asLong();
		quality.post("/api/v1/standards/{id}/versions/1/publish", "", standardId).andExpect(status().isOk());
		return new RectificationFixture(units, managerA, managerNameA, ids[0], managerB, "ia-" + tag, "ia2-" + tag,
				"ib-" + tag, shopper, shopperName, ids[1], qualityManager, standardId, tag);
	}

	ApiSession signIn(MockMvc mvc, String username) throws Exception {
		return ApiSession.signIn(mvc, username, PASSWORD);
	}

	static JsonNode json(String body) {
		return JSON.readTree(body);
	}

	/**
	 * Creates a visit of the unit, answers every item, failing the first {@code failures} yes/no items
	 * with a note and a photo, and submits it; returns the visit's id.
	 */
	long failedVisit(ApiSession inspector, long unitId, String kind, String note, int failures) throws Exception {
		JsonNode created = json(inspector.post("/api/v1/inspections", """
				{"unitId":%d,"standardId":%d,"kind":"%s","plannedDate":"2026-11-23"}""".formatted(unitId, standardId, kind))
			.andExpect(status().isCreated())
			.andReturn().getResponse().getContentAsString());
		answerAndSubmit(inspector, created, note, failures);
		return created.path("visit").path("id").asLong();
	}

	/**
	 * A mystery shopper's visit of the unit failing {@code failures} yes/no items: planned once by the
	 * quality manager and assigned to the shopper, conducted, submitted and published (its findings
	 * count, and open notices, only from publication). Returns the visit's id.
	 */
	long failedShopperVisit(MockMvc mvc, long unitId, String note, int failures) throws Exception {
		ApiSession quality = signIn(mvc, qualityManager);
		java.time.LocalDate today = java.time.LocalDate.now(java.time.ZoneId.of("Asia/Shanghai"));
		String plan = quality.post("/api/v1/inspection-plans", """
				{"name":"暗访%s","kind":"MYSTERY_SHOPPER","standardId":%d,"recurrence":"ONCE","startDate":"%s",
				 "endDate":"%s","dueRule":"LAST_WORKING_DAY","assigneeRule":"NAMED","assigneeUserId":%d,"unitIds":[%d]}"""
			.formatted(UUID.randomUUID().toString().substring(0, 6), standardId, today, today.plusDays(21),
					shopperUserId, unitId))
			.andExpect(status().isCreated())
			.andReturn().getResponse().getContentAsString();
		long visitId = json(quality.post("/api/v1/inspection-plans/{id}/generate", "", json(plan).path("id").asLong())
			.andExpect(status().isOk())
			.andReturn().getResponse().getContentAsString()).path("visitIds").get(0).asLong();
		ApiSession shopperSession = signIn(mvc, shopper);
		JsonNode created = json(shopperSession.get("/api/v1/inspections/{id}", visitId)
			.andExpect(status().isOk())
			.andReturn().getResponse().getContentAsString());
		answerAndSubmit(shopperSession, created, note, failures);
		quality.post("/api/v1/inspections/publish", "{\"visitIds\":[" + visitId + "]}").andExpect(status().isOk());
		return visitId;
	}

	private static void answerAndSubmit(ApiSession inspector, JsonNode created, String note, int failures)
			throws Exception {
		long visitId = created.path("visit").path("id").asLong();
		List<String> answers = new ArrayList<>();
		List<Long> failedItems = new ArrayList<>();
		int failed = 0;
		for (JsonNode section : created.path("version").path("sections")) {
			for (JsonNode item : section.path("items")) {
				String type = item.path("answerType").asString();
				boolean fails = type.equals("YES_NO") && failed < failures;
				if (fails) {
					failed++;
					failedItems.add(item.path("id").asLong());
				}
				String answer = switch (type) {
					case "YES_NO" -> "\"compliant\":" + !fails;
					case "POINTS" -> "\"value\":" + item.path("points").asString();
					default -> "\"value\":22";
				};
				answers.add("{\"itemId\":" + item.path("id").asLong() + "," + answer
						+ (fails ? ",\"note\":\"" + note + "\"" : "") + "}");
			}
		}
		inspector.put("/api/v1/inspections/{id}/answers", "{\"answers\":[" + String.join(",", answers) + "]}", visitId)
			.andExpect(status().isOk());
		// a failed item may require a photo: every failure gets one
		for (long itemId : failedItems) {
			inspector.perform(MockMvcRequestBuilders.multipart("/api/v1/inspections/{id}/photos", visitId)
				.file(new MockMultipartFile("file", "photo.jpg", "image/jpeg", TestImages.jpeg(640, 480)))
				.param("itemId", String.valueOf(itemId)))
				.andExpect(status().isCreated());
		}
		inspector.post("/api/v1/inspections/{id}/submit", "", visitId).andExpect(status().isOk());
	}

	/** The notices the visit's findings opened, once the listener has run (after the inspection's commit). */
	static List<RectificationSummary> noticesOf(long visitId, InspectionApi inspections, RectificationApi notices) {
		List<FindingSummary> findings = inspections.findingsOfVisit(visitId);
		List<RectificationSummary> opened = new ArrayList<>();
		await().atMost(Duration.ofSeconds(20)).untilAsserted(() -> {
			opened.clear();
			for (FindingSummary finding : findings) {
				opened.add(notices.noticeOfFinding(finding.id()).orElseThrow(
						() -> new AssertionError("No notice yet for finding " + finding.id())));
			}
		});
		if (opened.isEmpty()) {
			throw new AssertionError("Visit " + visitId + " recorded no finding");
		}
		return opened;
	}
}
