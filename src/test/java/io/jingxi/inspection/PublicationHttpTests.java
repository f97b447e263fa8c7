package io.jingxi.inspection;

import static io.jingxi.inspection.InspectionFixture.allAnswers;
import static io.jingxi.inspection.InspectionFixture.items;
import static io.jingxi.inspection.InspectionFixture.json;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

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
import io.jingxi.shared.ApiSession;
import io.jingxi.shared.EntityChanged;
import tools.jackson.databind.JsonNode;

/**
 * Publishing hidden results: a hidden visit's {@link InspectionSubmitted} and {@link FindingRecorded}s
 * are raised when its result is published, not when it is submitted; publishing is all or none and
 * refuses what is not a hidden submitted unpublished visit, changing nothing.
 */
@SpringBootTest
@AutoConfigureMockMvc
@ActiveProfiles("test")
@RecordApplicationEvents
class PublicationHttpTests {

	@Autowired
	MockMvc mvc;

	@Autowired
	OrganizationApi organization;

	@Autowired
	IdentityApi identity;

	long submitted(ApiSession session, JsonNode visit, String... failed) throws Exception {
		long id = visit.path("visit").path("id").asLong();
		session.put("/api/v1/inspections/{id}/answers", allAnswers(visit, "问题", failed), id).andExpect(status().isOk());
		for (String clause : failed) {
			InspectionFixture.photograph(session, id, InspectionFixture.itemId(visit, clause));
		}
		session.post("/api/v1/inspections/{id}/submit", "", id).andExpect(status().isOk());
		return id;
	}

	@Test
	void aHiddenVisitsEventsAreRaisedWhenItsResultIsPublishedNotWhenItIsSubmitted(ApplicationEvents events)
			throws Exception {
		var fx = InspectionFixture.create(mvc, organization, identity);
		ApiSession shopper = fx.signIn(mvc, fx.shopper());
		JsonNode visit = json(fx.assignedVisit(mvc, fx.shopper(), fx.units().unitA(), "MYSTERY_SHOPPER"));
		String first = items(visit).get(0).path("clause").asString();
		String second = items(visit).get(1).path("clause").asString();
		long id = submitted(shopper, visit, first, second);
		assertThat(events.stream(InspectionSubmitted.class).filter(e -> e.visitId() == id)).isEmpty();
		assertThat(events.stream(FindingRecorded.class).filter(e -> e.visitId() == id)).isEmpty();

		String published = fx.signIn(mvc, fx.qualityManager())
			.post("/api/v1/inspections/publish", "{\"visitIds\":[" + id + "]}")
			.andExpect(status().isOk())
			.andExpect(jsonPath("$[0].publishedAt").exists())
			.andReturn().getResponse().getContentAsString();
		// its findings count (and their notices' deadlines run) from the publication, not the submission
		java.time.Instant publishedAt = java.time.Instant
			.parse(json(published).get(0).path("publishedAt").asString());
		assertThat(events.stream(FindingRecorded.class).filter(e -> e.visitId() == id))
			.allSatisfy(e -> assertThat(e.recordedAt()).isEqualTo(publishedAt));
		assertThat(events.stream(InspectionSubmitted.class).filter(e -> e.visitId() == id)).singleElement()
			.satisfies(event -> {
				assertThat(event.kind()).isEqualTo(InspectionKind.MYSTERY_SHOPPER);
				assertThat(event.unitId()).isEqualTo(fx.units().unitA());
			});
		assertThat(events.stream(FindingRecorded.class).filter(e -> e.visitId() == id))
			.extracting(FindingRecorded::clause)
			.containsExactlyInAnyOrder(first, second);
		assertThat(events.stream(EntityChanged.class)
			.filter(change -> change.entityType().equals("Inspection") && change.entityId().equals(String.valueOf(id))))
			.extracting(EntityChanged::action)
			.containsExactly("GENERATED", "ANSWERED", "SUBMITTED", "PUBLISHED");
	}

	@Test
	void publishingRefusesWhatIsNotAHiddenSubmittedResultAllOrNoneAndOnlyForQualityManagers() throws Exception {
		var fx = InspectionFixture.create(mvc, organization, identity);
		ApiSession quality = fx.signIn(mvc, fx.qualityManager()).inEnglish();
		ApiSession shopper = fx.signIn(mvc, fx.shopper());
		long hidden = submitted(shopper, json(fx.assignedVisit(mvc, fx.shopper(), fx.units().unitA(),
				"MYSTERY_SHOPPER")));
		long draft = json(fx.assignedVisit(mvc, fx.shopper(), fx.units().unitB(), "MYSTERY_SHOPPER")).path("visit")
			.path("id").asLong();
		ApiSession inspector = fx.signIn(mvc, fx.inspectorA());
		long announced = submitted(inspector, json(fx.newVisit(inspector, fx.units().unitA(), "SPOT_CHECK")));

		quality.post("/api/v1/inspections/publish", "{\"visitIds\":[" + hidden + "," + announced + "]}")
			.andExpect(status().isConflict())
			.andExpect(jsonPath("$.detail").value(containsString("was public when it was submitted")));
		quality.post("/api/v1/inspections/publish", "{\"visitIds\":[" + hidden + "," + draft + "]}")
			.andExpect(status().isConflict())
			.andExpect(jsonPath("$.detail").value(containsString("has not been submitted")));
		quality.post("/api/v1/inspections/publish", "{\"visitIds\":[" + hidden + ",987654321]}")
			.andExpect(status().isNotFound());
		quality.post("/api/v1/inspections/publish", "{\"visitIds\":[]}").andExpect(status().isBadRequest());
		inspector.post("/api/v1/inspections/publish", "{\"visitIds\":[" + hidden + "]}")
			.andExpect(status().isForbidden());
		shopper.post("/api/v1/inspections/publish", "{\"visitIds\":[" + hidden + "]}")
			.andExpect(status().isForbidden());
		// none of it published anything
		quality.get("/api/v1/inspections/{id}", hidden).andExpect(jsonPath("$.visit.publishedAt").doesNotExist());
		fx.signIn(mvc, fx.units().userA()).get("/api/v1/inspections/{id}", hidden).andExpect(status().isNotFound());

		quality.post("/api/v1/inspections/publish", "{\"visitIds\":[" + hidden + "]}").andExpect(status().isOk());
		quality.post("/api/v1/inspections/publish", "{\"visitIds\":[" + hidden + "]}")
			.andExpect(status().isConflict())
			.andExpect(jsonPath("$.detail").value(containsString("already been published")));
		fx.signIn(mvc, fx.units().userA()).get("/api/v1/inspections/{id}", hidden).andExpect(status().isOk());
	}

	@Test
	void anAmendmentBeforePublicationTellsNoOneAndPublicationAnnouncesTheResultAsItThenStands(ApplicationEvents events)
			throws Exception {
		var fx = InspectionFixture.create(mvc, organization, identity);
		ApiSession shopper = fx.signIn(mvc, fx.shopper());
		JsonNode visit = json(fx.assignedVisit(mvc, fx.shopper(), fx.units().unitA(), "MYSTERY_SHOPPER"));
		String first = items(visit).get(0).path("clause").asString();
		String second = items(visit).get(1).path("clause").asString();
		long id = submitted(shopper, visit, first, second);

		// the quality manager corrects the first lapse before the unit may see anything
		fx.signIn(mvc, fx.qualityManager()).post("/api/v1/inspections/{id}/amend",
				"{\"reason\":\"复核录像\",\"answers\":[{\"itemId\":" + InspectionFixture.itemId(visit, first)
						+ ",\"compliant\":true}]}", id)
			.andExpect(status().isCreated());
		assertThat(events.stream(FindingOverturned.class).filter(e -> e.visitId() == id)).isEmpty();
		assertThat(events.stream(InspectionScoreChanged.class).filter(e -> e.visitId() == id)).isEmpty();
		assertThat(events.stream(FindingRecorded.class).filter(e -> e.visitId() == id)).isEmpty();
		fx.signIn(mvc, fx.units().userA()).get("/api/v1/inspections/{id}", id).andExpect(status().isNotFound());

		fx.publish(mvc, id);
		JsonNode published = json(fx.signIn(mvc, fx.qualityManager()).get("/api/v1/inspections/{id}", id)
			.andReturn().getResponse().getContentAsString());
		assertThat(events.stream(InspectionSubmitted.class).filter(e -> e.visitId() == id)).singleElement()
			.satisfies(event -> assertThat(event.total())
				.isEqualByComparingTo(published.path("visit").path("total").decimalValue()));
		assertThat(events.stream(FindingRecorded.class).filter(e -> e.visitId() == id))
			.extracting(FindingRecorded::clause)
			.containsExactly(second);
	}
}
