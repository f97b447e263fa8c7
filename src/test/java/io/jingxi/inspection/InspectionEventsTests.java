package io.jingxi.inspection;

import static io.jingxi.inspection.InspectionFixture.allAnswers;
import static io.jingxi.inspection.InspectionFixture.items;
import static io.jingxi.inspection.InspectionFixture.json;
import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.util.List;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.test.context.ActiveProfiles;
import org.springframework.test.context.event.ApplicationEvents;
import org.springframework.test.context.event.RecordApplicationEvents;
import org.springframework.test.web.servlet.MockMvc;

import io.jingxi.identity.IdentityApi;
import io.jingxi.organization.OrganizationApi;
import io.jingxi.shared.EntityChanged;
import tools.jackson.databind.JsonNode;

/** Submitting publishes what rectification and the audit log listen for. */
@SpringBootTest
@AutoConfigureMockMvc
@ActiveProfiles("test")
@RecordApplicationEvents
class InspectionEventsTests {

	@Autowired
	MockMvc mvc;

	@Autowired
	OrganizationApi organization;

	@Autowired
	IdentityApi identity;

	@Autowired
	InspectionApi inspections;

	@Test
	void submittingPublishesInspectionSubmittedAndOneFindingRecordedPerFailedItem(ApplicationEvents events)
			throws Exception {
		var fx = InspectionFixture.create(mvc, organization, identity);
		var inspector = fx.signIn(mvc, fx.inspectorA());
		JsonNode created = json(fx.newVisit(inspector, fx.units().unitA(), "SPOT_CHECK"));
		long id = created.path("visit").path("id").asLong();
		List<JsonNode> items = items(created);
		String first = items.get(0).path("clause").asString();
		String third = items.get(2).path("clause").asString();
		inspector.put("/api/v1/inspections/{id}/answers", allAnswers(created, "问题", first, third), id)
			.andExpect(status().isOk());
		InspectionFixture.photograph(inspector, id, items.get(0).path("id").asLong());
		InspectionFixture.photograph(inspector, id, items.get(2).path("id").asLong());
		assertThat(events.stream(InspectionSubmitted.class)).isEmpty();
		assertThat(events.stream(FindingRecorded.class)).isEmpty();

		JsonNode submitted = json(inspector.post("/api/v1/inspections/{id}/submit", "", id)
			.andExpect(status().isOk()).andReturn().getResponse().getContentAsString());

		List<InspectionSubmitted> submissions = events.stream(InspectionSubmitted.class).toList();
		assertThat(submissions).hasSize(1);
		InspectionSubmitted submission = submissions.get(0);
		assertThat(submission.visitId()).isEqualTo(id);
		assertThat(submission.unitId()).isEqualTo(fx.units().unitA());
		assertThat(submission.kind()).isEqualTo(InspectionKind.SPOT_CHECK);
		assertThat(submission.versionId()).isEqualTo(submitted.path("visit").path("versionId").asLong());
		assertThat(submission.total()).isEqualByComparingTo(submitted.path("visit").path("total").decimalValue());
		assertThat(submission.standardId()).isEqualTo(submitted.path("visit").path("standardId").asLong());
		assertThat(submission.sections()).isNotEmpty()
			.allSatisfy(section -> assertThat(section.name()).isNotBlank());
		assertThat(submission.sections().stream().mapToInt(InspectionSubmitted.SectionResult::failedItems).sum())
			.isEqualTo(2);

		List<FindingRecorded> findings = events.stream(FindingRecorded.class).toList();
		assertThat(findings).extracting(FindingRecorded::clause).containsExactlyInAnyOrder(first, third);
		assertThat(findings).allSatisfy(finding -> {
			assertThat(finding.visitId()).isEqualTo(id);
			assertThat(finding.unitId()).isEqualTo(fx.units().unitA());
			assertThat(finding.pointsLost()).isPositive();
			assertThat(finding.kind()).isEqualTo(InspectionKind.SPOT_CHECK);
			assertThat(finding.itemText()).isNotBlank();
			assertThat(finding.note()).isEqualTo("问题");
			assertThat(finding.inspectorUserId()).isEqualTo(submitted.path("visit").path("inspectorId").asLong());
			assertThat(inspections.finding(finding.findingId())).hasValueSatisfying(summary -> {
				assertThat(summary.clause()).isEqualTo(finding.clause());
				assertThat(summary.note()).isEqualTo("问题");
			});
		});
		assertThat(inspections.findingsOfVisit(id)).hasSize(2);
		assertThat(events.stream(EntityChanged.class)
			.filter(change -> change.entityType().equals("Inspection") && change.entityId().equals(String.valueOf(id))))
			.extracting(EntityChanged::action)
			.containsExactly("CREATED", "ANSWERED", "SUBMITTED");

		// a second submit publishes nothing more
		inspector.post("/api/v1/inspections/{id}/submit", "", id).andExpect(status().isConflict());
		assertThat(events.stream(InspectionSubmitted.class)).hasSize(1);
		assertThat(events.stream(FindingRecorded.class)).hasSize(2);
	}
}
