package io.jingxi.rectification;

import static io.jingxi.rectification.RectificationFixture.json;
import static org.awaitility.Awaitility.await;
import static io.jingxi.rectification.RectificationFixture.noticesOf;
import static io.jingxi.rectification.UnitTreeFixture.DEFAULT_POLICY;
import static io.jingxi.rectification.UnitTreeFixture.usePolicy;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.matchesPattern;
import static org.hamcrest.Matchers.not;
import static org.hamcrest.Matchers.startsWith;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.asyncDispatch;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.header;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.request;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.io.ByteArrayInputStream;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;

import org.apache.poi.ss.usermodel.DataFormatter;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.test.context.ActiveProfiles;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.MvcResult;

import io.jingxi.calendar.CalendarApi;
import io.jingxi.calendar.WorkingDuration;
import io.jingxi.identity.IdentityApi;
import io.jingxi.inspection.FindingSummary;
import io.jingxi.inspection.InspectionApi;
import io.jingxi.organization.OrganizationApi;
import io.jingxi.shared.ApiSession;
import tools.jackson.databind.JsonNode;

/**
 * The rectification loop over HTTP with real sign-ins, driven from a real inspection: the notice
 * appears for the unit's manager, the fix is submitted, rejected once and accepted; only the visit's
 * inspector or a quality manager verifies; bad inputs change nothing; unit B never sees unit A's
 * notices; a mystery shopper never appears on a notice.
 */
@SpringBootTest
@AutoConfigureMockMvc
@ActiveProfiles("test")
class RectificationHttpTests {

	static final String BASE = "/api/v1/rectifications";

	@Autowired
	MockMvc mvc;

	@Autowired
	OrganizationApi organization;

	@Autowired
	IdentityApi identity;

	@Autowired
	InspectionApi inspections;

	@Autowired
	RectificationApi rectifications;

	@Autowired
	PolicyService policies;

	@Autowired
	CalendarApi calendar;

	RectificationFixture fx;

	@BeforeEach
	void twoUnitsTheirManagersInspectorsAShopperAndAPublishedChecklist() throws Exception {
		usePolicy(policies, DEFAULT_POLICY);
		fx = RectificationFixture.create(mvc, organization, identity);
	}

	@AfterEach
	void defaultPolicyAgain() {
		usePolicy(policies, DEFAULT_POLICY);
	}

	/** A visit of unit A by its inspector with one failed item, and the notice it opened. */
	RectificationSummary oneNoticeInUnitA() throws Exception {
		long visit = fx.failedVisit(fx.signIn(mvc, fx.inspectorA()), fx.units().unitA(), "SPOT_CHECK", "门口有小广告", 1);
		List<RectificationSummary> notices = noticesOf(visit, inspections, rectifications);
		assertThat(notices).hasSize(1);
		return notices.get(0);
	}

	JsonNode details(ApiSession session, long id) throws Exception {
		return json(session.get(BASE + "/{id}", id).andExpect(status().isOk()).andReturn().getResponse()
			.getContentAsString());
	}

	static List<String> actions(JsonNode details) {
		List<String> actions = new ArrayList<>();
		details.path("timeline").forEach(entry -> actions.add(entry.path("action").asString()));
		return actions;
	}

	@Test
	void aFailedItemOpensANoticeForTheUnitManagerWhoseFixIsRejectedOnceThenAccepted() throws Exception {
		RectificationSummary notice = oneNoticeInUnitA();
		long id = notice.id();
		ApiSession manager = fx.signIn(mvc, fx.managerA());
		manager.get(BASE + "?mine=true&size=200")
			.andExpect(status().isOk())
			.andExpect(jsonPath("$.items[*].id", hasItem((int) id)));
		JsonNode opened = details(manager, id);
		assertThat(opened.path("notice").path("number").asString()).matches("ZG-\\d{4}-\\d{6}");
		assertThat(opened.path("notice").path("status").asString()).isEqualTo("OPEN");
		assertThat(opened.path("notice").path("responsibleName").asString()).isEqualTo(fx.managerNameA());
		assertThat(opened.path("notice").path("responsiblePersonId").asLong()).isEqualTo(fx.managerPersonA());
		assertThat(opened.path("notice").path("unitId").asLong()).isEqualTo(fx.units().unitA());
		assertThat(opened.path("notice").path("clause").asString()).isNotBlank();
		assertThat(opened.path("notice").path("itemText").asString()).isNotBlank();
		assertThat(opened.path("findingNote").asString()).isEqualTo("门口有小广告");
		assertThat(opened.path("organisationName").asString()).startsWith("测试公司");
		assertThat(opened.path("canSubmit").asBoolean()).isTrue();
		assertThat(opened.path("canVerify").asBoolean()).isFalse();
		assertThat(actions(opened)).containsExactly("OPENED");
		// the end of the third working day after the finding, in the unit's calendar
		assertThat(Instant.parse(opened.path("notice").path("deadline").asString())).isEqualTo(calendar
			.deadline(fx.units().unitA(), Instant.parse(opened.path("recordedAt").asString()), WorkingDuration.workingDays(3)));

		manager.post(BASE + "/{id}/submit", "{\"description\":\"已清理门口小广告\"}", id)
			.andExpect(status().isOk())
			.andExpect(jsonPath("$.notice.status").value("SUBMITTED"))
			.andExpect(jsonPath("$.canSubmit").value(false));

		ApiSession inspector = fx.signIn(mvc, fx.inspectorA());
		inspector.get(BASE + "?mine=true&size=200").andExpect(jsonPath("$.items[*].id", hasItem((int) id)));
		assertThat(details(inspector, id).path("canVerify").asBoolean()).isTrue();
		inspector.post(BASE + "/{id}/reject", "{\"reason\":\"照片看不出已清理\"}", id)
			.andExpect(status().isOk())
			.andExpect(jsonPath("$.notice.status").value("OPEN"))
			.andExpect(jsonPath("$.notice.rejections").value(1));

		manager.post(BASE + "/{id}/submit", "{\"description\":\"重新清理并拍照\"}", id).andExpect(status().isOk());
		inspector.post(BASE + "/{id}/accept", "{}", id)
			.andExpect(status().isOk())
			.andExpect(jsonPath("$.notice.status").value("CLOSED"));

		JsonNode closed = details(manager, id);
		assertThat(actions(closed)).containsExactly("OPENED", "SUBMITTED", "REJECTED", "SUBMITTED", "ACCEPTED");
		assertThat(closed.path("timeline").get(1).path("actorName").asString()).isEqualTo(fx.managerNameA());
		assertThat(closed.path("timeline").get(2).path("note").asString()).isEqualTo("照片看不出已清理");
		assertThat(closed.path("timeline").get(2).path("actorName").asString()).isEqualTo(fx.inspectorA());
		assertThat(closed.path("fixDescription").asString()).isEqualTo("重新清理并拍照");
		assertThat(closed.path("submissions").asInt()).isEqualTo(2);
		assertThat(rectifications.notice(id)).hasValueSatisfying(summary -> {
			assertThat(summary.status()).isEqualTo(RectificationStatus.CLOSED);
			assertThat(summary.rejections()).isEqualTo(1);
		});
		manager.get(BASE + "?active=true&unitId={u}", fx.units().unitA()).andExpect(jsonPath("$.total").value(0));
		manager.get(BASE + "?status=CLOSED&unitId={u}", fx.units().unitA()).andExpect(jsonPath("$.total").value(1));
		assertThat(rectifications.countsByUnit(List.of(fx.units().unitA(), fx.units().unitB())))
			.containsExactly(new UnitRectificationCounts(fx.units().unitA(), 0, 0),
					new UnitRectificationCounts(fx.units().unitB(), 0, 0));
	}

	@Test
	void aFindingAmendedTheMomentItWasRecordedKeepsOneNoticeThatShowsTheAmendedNoteAndPoints() throws Exception {
		long visit = fx.failedVisit(fx.signIn(mvc, fx.inspectorA()), fx.units().unitA(), "SPOT_CHECK", "门口有小广告", 1);
		FindingSummary finding = inspections.findingsOfVisit(visit).get(0);
		// amended at once: both announcements of the finding reach rectification together
		fx.signIn(mvc, fx.qualityManager()).post("/api/v1/inspections/{id}/amend", """
				{"reason":"补充问题描述","answers":[{"itemId":%d,"compliant":false,"note":"门口张贴小广告三处"}]}"""
			.formatted(finding.itemId()), visit)
			.andExpect(status().isCreated());

		ApiSession manager = fx.signIn(mvc, fx.managerA());
		long id = noticesOf(visit, inspections, rectifications).get(0).id();
		await().atMost(Duration.ofSeconds(20))
			.untilAsserted(() -> assertThat(details(manager, id).path("findingNote").asString()).isEqualTo("门口张贴小广告三处"));
		assertThat(rectifications.noticeOfFinding(finding.id())).hasValueSatisfying(n -> assertThat(n.id()).isEqualTo(id));
		manager.get(BASE + "?unitId={u}", fx.units().unitA()).andExpect(jsonPath("$.total").value(1));
	}

	@Test
	void onlyTheVisitsInspectorOrAQualityManagerVerifiesAnyoneElseGetsA403AndNothingChanges() throws Exception {
		long id = oneNoticeInUnitA().id();
		ApiSession manager = fx.signIn(mvc, fx.managerA());
		// an inspector may read the unit's notices but not submit the owner's fix
		fx.signIn(mvc, fx.otherInspectorA()).post(BASE + "/{id}/submit", "{\"description\":\"我来交\"}", id)
			.andExpect(status().isForbidden());
		manager.post(BASE + "/{id}/submit", "{\"description\":\"已清理\"}", id).andExpect(status().isOk());

		manager.post(BASE + "/{id}/accept", "{}", id)
			.andExpect(status().isForbidden())
			.andExpect(jsonPath("$.detail", startsWith("只有本次检查的检查人或质量经理")));
		manager.inEnglish().post(BASE + "/{id}/reject", "{\"reason\":\"no\"}", id)
			.andExpect(status().isForbidden())
			.andExpect(jsonPath("$.detail", startsWith("Only the visit's inspector or a quality manager")));
		ApiSession otherInspector = fx.signIn(mvc, fx.otherInspectorA());
		assertThat(details(otherInspector, id).path("canVerify").asBoolean()).isFalse();
		otherInspector.post(BASE + "/{id}/accept", "{}", id).andExpect(status().isForbidden());
		otherInspector.post(BASE + "/{id}/reject", "{\"reason\":\"不行\"}", id).andExpect(status().isForbidden());
		// unit B's inspector does not even see it
		fx.signIn(mvc, fx.inspectorB()).post(BASE + "/{id}/accept", "{}", id).andExpect(status().isNotFound());

		JsonNode unchanged = details(manager, id);
		assertThat(unchanged.path("notice").path("status").asString()).isEqualTo("SUBMITTED");
		assertThat(actions(unchanged)).containsExactly("OPENED", "SUBMITTED");

		ApiSession quality = fx.signIn(mvc, fx.qualityManager());
		assertThat(details(quality, id).path("canVerify").asBoolean()).isTrue();
		quality.post(BASE + "/{id}/accept", "{\"note\":\"复查合格\"}", id)
			.andExpect(status().isOk())
			.andExpect(jsonPath("$.notice.status").value("CLOSED"))
			.andExpect(jsonPath("$.timeline[2].note").value("复查合格"));
	}

	@Test
	void badInputsGetClearLocalizedErrorsAndChangeNothing() throws Exception {
		long id = oneNoticeInUnitA().id();
		ApiSession manager = fx.signIn(mvc, fx.managerA());
		ApiSession inspector = fx.signIn(mvc, fx.inspectorA());

		manager.post(BASE + "/{id}/submit", "{\"description\":\"   \"}", id)
			.andExpect(status().isBadRequest())
			.andExpect(jsonPath("$.errors[0].field").value("description"))
			.andExpect(jsonPath("$.errors[0].message").value("请填写整改情况。"));
		manager.inEnglish().post(BASE + "/{id}/submit", "{}", id)
			.andExpect(status().isBadRequest())
			.andExpect(jsonPath("$.errors[0].message").value("Please describe what was done."));
		// nothing to verify yet
		inspector.post(BASE + "/{id}/accept", "{}", id)
			.andExpect(status().isConflict())
			.andExpect(jsonPath("$.code").value("rectification.notSubmitted"));
		assertThat(actions(details(manager, id))).containsExactly("OPENED");

		manager.post(BASE + "/{id}/submit", "{\"description\":\"已清理\"}", id).andExpect(status().isOk());
		manager.post(BASE + "/{id}/submit", "{\"description\":\"再交一次\"}", id)
			.andExpect(status().isConflict())
			.andExpect(jsonPath("$.code").value("rectification.notOpen"));
		inspector.post(BASE + "/{id}/reject", "{\"reason\":\"\"}", id)
			.andExpect(status().isBadRequest())
			.andExpect(jsonPath("$.errors[0].field").value("reason"))
			.andExpect(jsonPath("$.errors[0].message").value("请填写驳回理由。"));
		inspector.post(BASE + "/{id}/reject", "{\"reason\":\"" + "长".repeat(2001) + "\"}", id)
			.andExpect(status().isBadRequest())
			.andExpect(jsonPath("$.errors[0].field").value("reason"));
		JsonNode stillSubmitted = details(manager, id);
		assertThat(stillSubmitted.path("notice").path("status").asString()).isEqualTo("SUBMITTED");
		assertThat(stillSubmitted.path("notice").path("rejections").asInt()).isZero();

		inspector.post(BASE + "/{id}/accept", "{}", id).andExpect(status().isOk());
		manager.post(BASE + "/{id}/submit", "{\"description\":\"关闭了还交\"}", id)
			.andExpect(status().isConflict())
			.andExpect(jsonPath("$.detail", matchesPattern("整改通知单 ZG-\\d{4}-\\d{6} 不在待整改状态，不能进行此操作。")));
		inspector.post(BASE + "/{id}/reject", "{\"reason\":\"再驳回\"}", id).andExpect(status().isConflict());
		assertThat(actions(details(manager, id))).containsExactly("OPENED", "SUBMITTED", "ACCEPTED");

		manager.get(BASE + "/{id}", Long.MAX_VALUE).andExpect(status().isNotFound());
		manager.get(BASE + "?size=500").andExpect(status().isBadRequest());
		manager.get(BASE + "?status=DONE").andExpect(status().isBadRequest())
			.andExpect(jsonPath("$.errors[0].field").value("status"));
	}

	@Test
	void aManagerWhoInspectedTheirOwnUnitAndFixedTheLapseDoesNotVerifyTheFix() throws Exception {
		ApiSession manager = fx.signIn(mvc, fx.managerA());
		long visit = fx.failedVisit(manager, fx.units().unitA(), "SELF", "灭火器过期", 1);
		long id = noticesOf(visit, inspections, rectifications).get(0).id();
		manager.post(BASE + "/{id}/submit", "{\"description\":\"已更换灭火器\"}", id).andExpect(status().isOk());
		manager.get(BASE + "/{id}", id).andExpect(jsonPath("$.canVerify").value(false));
		manager.inEnglish().post(BASE + "/{id}/accept", "{}", id)
			.andExpect(status().isForbidden())
			.andExpect(jsonPath("$.detail").value(containsString("You submitted this fix")));
		assertThat(rectifications.notice(id).orElseThrow().status()).isEqualTo(RectificationStatus.SUBMITTED);
		fx.signIn(mvc, fx.qualityManager()).post(BASE + "/{id}/accept", "{}", id).andExpect(status().isOk());
	}

	@Test
	void unitBsManagerCanNeitherReadNorSubmitNorExportUnitAsNotice() throws Exception {
		RectificationSummary notice = oneNoticeInUnitA();
		long id = notice.id();
		for (String user : List.of(fx.units().userB(), fx.managerB())) {
			ApiSession b = fx.signIn(mvc, user);
			b.get(BASE + "/{id}", id).andExpect(status().isNotFound());
			b.post(BASE + "/{id}/submit", "{\"description\":\"越权提交\"}", id).andExpect(status().isNotFound());
			b.get(BASE + "?size=200").andExpect(jsonPath("$.items[*].id", not(hasItem((int) id))));
			b.get(BASE + "?unitId={u}", fx.units().unitA()).andExpect(jsonPath("$.total").value(0));
			assertThat(exportedNumbers(b)).doesNotContain(notice.number());
		}
		assertThat(rectifications.notice(id).orElseThrow().status()).isEqualTo(RectificationStatus.OPEN);

		// unit A's own manager account without a person record is the owner side too
		ApiSession a = fx.signIn(mvc, fx.units().userA());
		assertThat(exportedNumbers(a)).contains(notice.number());
		// in the reader's language
		try (var workbook = new XSSFWorkbook(new ByteArrayInputStream(download(a.inEnglish(), BASE + "/export")))) {
			var sheet = workbook.getSheetAt(0);
			var formatter = new DataFormatter();
			assertThat(workbook.getSheetName(0)).isEqualTo("Rectification notices");
			assertThat(formatter.formatCellValue(sheet.getRow(0).getCell(0))).isEqualTo("Notice no.");
			assertThat(formatter.formatCellValue(sheet.getRow(0).getCell(6))).isEqualTo("Status");
			for (int r = 1; r <= sheet.getLastRowNum(); r++) {
				if (formatter.formatCellValue(sheet.getRow(r).getCell(0)).equals(notice.number())) {
					assertThat(formatter.formatCellValue(sheet.getRow(r).getCell(6))).isEqualTo("To fix");
					assertThat(formatter.formatCellValue(sheet.getRow(r).getCell(14)))
						.isIn("Corrected on the spot", "Violation notice", "Penalty under the assessment rules");
				}
			}
		}
		a.post(BASE + "/{id}/submit", "{\"description\":\"已整改\"}", id).andExpect(status().isOk());
	}

	List<String> exportedNumbers(ApiSession session) throws Exception {
		byte[] file = download(session, BASE + "/export");
		List<String> numbers = new ArrayList<>();
		try (var workbook = new XSSFWorkbook(new ByteArrayInputStream(file))) {
			var sheet = workbook.getSheetAt(0);
			var formatter = new DataFormatter();
			assertThat(formatter.formatCellValue(sheet.getRow(0).getCell(0))).isEqualTo("通知单号");
			for (int r = 1; r <= sheet.getLastRowNum(); r++) {
				numbers.add(formatter.formatCellValue(sheet.getRow(r).getCell(0)));
			}
		}
		return numbers;
	}

	/** A streamed download: the request starts it, the async dispatch writes it. */
	byte[] download(ApiSession session, String url) throws Exception {
		MvcResult started = session.get(url).andExpect(request().asyncStarted()).andReturn();
		return mvc.perform(asyncDispatch(started))
			.andExpect(status().isOk())
			.andExpect(header().string("Content-Type",
					"application/vnd.openxmlformats-officedocument.spreadsheetml.sheet"))
			.andReturn().getResponse().getContentAsByteArray();
	}

	static void fieldNames(JsonNode node, List<String> names) {
		if (node.isObject()) {
			for (var entry : node.properties()) {
				names.add(entry.getKey());
				fieldNames(entry.getValue(), names);
			}
		}
		else if (node.isArray()) {
			node.forEach(child -> fieldNames(child, names));
		}
	}

	@Test
	void aMysteryShoppersNoticeNeverShowsTheShopperAndOnlyAQualityManagerVerifiesIt() throws Exception {
		long visit = fx.failedShopperVisit(mvc, fx.units().unitA(), "无人迎候", 1);
		RectificationSummary notice = noticesOf(visit, inspections, rectifications).get(0);
		long id = notice.id();
		ApiSession manager = fx.signIn(mvc, fx.managerA());
		manager.post(BASE + "/{id}/submit", "{\"description\":\"已培训迎候用语\"}", id).andExpect(status().isOk());

		// the shopper cannot even read notices; the unit's own inspector did not do this visit
		ApiSession shopper = fx.signIn(mvc, fx.shopper());
		shopper.get(BASE + "/{id}", id).andExpect(status().isForbidden());
		shopper.post(BASE + "/{id}/accept", "{}", id).andExpect(status().isForbidden());
		fx.signIn(mvc, fx.inspectorA()).post(BASE + "/{id}/accept", "{}", id).andExpect(status().isForbidden());
		ApiSession quality = fx.signIn(mvc, fx.qualityManager());
		quality.post(BASE + "/{id}/reject", "{\"reason\":\"请补充培训记录\"}", id).andExpect(status().isOk());
		manager.post(BASE + "/{id}/submit", "{\"description\":\"已补充培训记录\"}", id).andExpect(status().isOk());
		quality.post(BASE + "/{id}/accept", "{}", id).andExpect(status().isOk());

		List<String> bodies = new ArrayList<>();
		for (ApiSession reader : List.of(manager, manager.inEnglish(), quality, fx.signIn(mvc, fx.inspectorA()))) {
			bodies.add(reader.get(BASE + "?unitId={u}&size=200", fx.units().unitA()).andReturn().getResponse()
				.getContentAsString());
			bodies.add(reader.get(BASE + "?mine=true&size=200").andReturn().getResponse().getContentAsString());
			bodies.add(reader.get(BASE + "/{id}", id).andReturn().getResponse().getContentAsString());
			byte[] export = download(reader, BASE + "/export");
			StringBuilder cells = new StringBuilder();
			try (var workbook = new XSSFWorkbook(new ByteArrayInputStream(export))) {
				workbook.getSheetAt(0).forEach(row -> row.forEach(cell -> cells.append(cell.toString()).append('|')));
			}
			bodies.add(cells.toString());
		}
		for (String body : bodies) {
			assertThat(body).doesNotContain(fx.shopper()).doesNotContain(fx.shopperName());
		}
		List<String> names = new ArrayList<>();
		fieldNames(json(bodies.get(2)), names);
		assertThat(names).isNotEmpty().noneMatch(name -> name.toLowerCase().contains("inspector"))
			.noneMatch(name -> name.toLowerCase().contains("user"));
		assertThat(bodies.get(3)).contains(notice.number());
		JsonNode details = json(bodies.get(2));
		assertThat(details.path("notice").path("kind").asString()).isEqualTo("MYSTERY_SHOPPER");
		assertThat(actions(details)).containsExactly("OPENED", "SUBMITTED", "REJECTED", "SUBMITTED", "ACCEPTED");
		assertThat(details.path("timeline").get(2).path("actorName").asString()).isEqualTo(fx.qualityManager());
	}

	@Test
	void theQualityManagerSavesThePolicyAsANewVersionWhichNewNoticesRecord() throws Exception {
		ApiSession quality = fx.signIn(mvc, fx.qualityManager());
		JsonNode current = json(quality.get(BASE + "/policy").andExpect(status().isOk()).andReturn().getResponse()
			.getContentAsString());
		int version = current.path("policy").path("version").asInt();
		String body = """
				{"name":"营业厅整改规则","selection":"ALL_FAILED","minPointsLost":null,"deadlineDays":5,
				 "criticalDeadlineDays":2,"warningHours":8,"escalationDays":3,"ladderWindowDays":60,
				 "violationNoticeFrom":2,"penaltyFrom":4}""";
		fx.signIn(mvc, fx.managerA()).put(BASE + "/policy", body).andExpect(status().isForbidden());
		fx.signIn(mvc, fx.managerA()).get(BASE + "/policy").andExpect(status().isOk());
		quality.put(BASE + "/policy", body.replace("\"deadlineDays\":5", "\"deadlineDays\":0"))
			.andExpect(status().isBadRequest())
			.andExpect(jsonPath("$.errors[0].field").value("deadlineDays"))
			.andExpect(jsonPath("$.errors[0].message").value("须为 1 到 60 之间的整数。"));
		quality.put(BASE + "/policy", body.replace("\"penaltyFrom\":4", "\"penaltyFrom\":null"))
			.andExpect(status().isBadRequest())
			.andExpect(jsonPath("$.errors[0].field").value("penaltyFrom"));
		quality.get(BASE + "/policy").andExpect(jsonPath("$.policy.version").value(version));

		quality.put(BASE + "/policy", body)
			.andExpect(status().isOk())
			.andExpect(jsonPath("$.policy.version").value(version + 1))
			.andExpect(jsonPath("$.policy.deadlineDays").value(5))
			.andExpect(jsonPath("$.changedBy").value(fx.qualityManager()));

		long id = oneNoticeInUnitA().id();
		JsonNode details = details(quality, id);
		assertThat(details.path("policyVersion").asInt()).isEqualTo(version + 1);
		assertThat(Instant.parse(details.path("notice").path("deadline").asString())).isEqualTo(calendar
			.deadline(fx.units().unitA(), Instant.parse(details.path("recordedAt").asString()),
					WorkingDuration.workingDays(5)));
	}
}
